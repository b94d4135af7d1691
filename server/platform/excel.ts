import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { AppError, type ErrorDetail } from './errors.ts';
import { text } from './i18n/zh-CN.ts';
import { zipStream } from './zip.ts';

export type Column<T> = {
  header: string;
  width?: number;
  value: (row: T) => Cell;
};

type Cell = string | number | boolean | null;

/** One sheet with a bold header row; every list export and import template goes through here. */
export async function buildSheet<T>(
  sheetName: string,
  columns: Column<T>[],
  rows: T[],
): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of streamSheet(sheetName, columns, [rows])) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/**
 * The same sheet, streamed: rows arrive in batches (e.g. pages of a keyset query) and are written
 * out as sheet XML in pieces of about 64 KB, zipped as they come (platform/zip.ts), so memory
 * stays flat whatever the number of rows and the client pulls the pace (a Readable from an async
 * generator reads the next batch only when the previous piece was taken). Plain SpreadsheetML with
 * inline strings — one bold header row frozen at the top, the columns' widths — written directly
 * rather than through exceljs' cell objects, which cost 3.6 s of the 50,000-row ledger
 * (docs/performance.md). An error while reading rows destroys the stream with that error (the
 * response is cut off, not a half-valid file). Reading uploaded sheets stays with exceljs
 * (`readSheet`).
 */
export function streamSheet<T>(
  sheetName: string,
  columns: Column<T>[],
  batches: AsyncIterable<T[]> | Iterable<T[]>,
): Readable {
  return streamWorkbook([{ name: sheetName, pieces: sheetXml(columns, batches) }]);
}

/** One sheet of a workbook with several (`buildWorkbook`), its rows typed where it is made. */
export type WorkbookSheet = { name: string; pieces: () => AsyncIterable<string> };

export function workbookSheet<T>(name: string, columns: Column<T>[], rows: T[]): WorkbookSheet {
  return { name, pieces: () => sheetXml(columns, [rows]) };
}

/**
 * A workbook of several small sheets (the dashboard's tables, one sheet each), written as
 * `buildSheet` writes one. Names are cut to Excel's 31 characters.
 */
export async function buildWorkbook(sheets: WorkbookSheet[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const stream = streamWorkbook(sheets.map((sh) => ({ name: sh.name, pieces: sh.pieces() })));
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

function streamWorkbook(sheets: { name: string; pieces: AsyncIterable<string> }[]): Readable {
  const named = sheets.map((sh, i) => ({ ...sh, name: sh.name.slice(0, 31), n: i + 1 }));
  return Readable.from(
    zipStream([
      { name: '[Content_Types].xml', pieces: [contentTypes(named.length)] },
      { name: '_rels/.rels', pieces: [ROOT_RELS] },
      { name: 'docProps/core.xml', pieces: [coreXml()] },
      { name: 'xl/workbook.xml', pieces: [workbookXml(named.map((sh) => sh.name))] },
      { name: 'xl/_rels/workbook.xml.rels', pieces: [workbookRels(named.length)] },
      { name: 'xl/styles.xml', pieces: [STYLES] },
      ...named.map((sh) => ({ name: `xl/worksheets/sheet${sh.n}.xml`, pieces: sh.pieces })),
    ]),
    { objectMode: false },
  );
}

const PIECE_CHARS = 32_768;

async function* sheetXml<T>(
  columns: Column<T>[],
  batches: AsyncIterable<T[]> | Iterable<T[]>,
): AsyncGenerator<string> {
  const refs = columns.map((_, i) => columnLetters(i));
  const cols = columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 16}" customWidth="1"/>`)
    .join('');
  let piece =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols><sheetData><row r="1">` +
    columns.map((c, i) => cellXml(`${refs[i]}1`, c.header, ' s="1"')).join('') +
    '</row>';
  let r = 1;
  for await (const batch of batches) {
    for (const row of batch) {
      r++;
      piece += `<row r="${r}">`;
      for (let i = 0; i < columns.length; i++)
        piece += cellXml(`${refs[i]}${r}`, (columns[i] as Column<T>).value(row), '');
      piece += '</row>';
      if (piece.length >= PIECE_CHARS) {
        yield piece;
        piece = '';
      }
    }
  }
  yield `${piece}</sheetData></worksheet>`;
}

function cellXml(ref: string, v: Cell, style: string): string {
  if (v === null || v === '') return '';
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${style}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  const text = xmlText(String(v));
  const space = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space ? ' xml:space="preserve"' : ''}>${text}</t></is></c>`;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 cannot carry
const UNSAFE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 cannot carry
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/**
 * Escaped for XML; characters XML 1.0 cannot carry (control characters but tab and newlines)
 * dropped. Most cells need neither: one test, and the text as it is.
 */
function xmlText(s: string): string {
  if (!UNSAFE.test(s)) return s;
  return s.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => XML_ESCAPES[c] as string);
}

/** 0 → A, 25 → Z, 26 → AA */
function columnLetters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const contentTypes = (sheets: number) =>
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  Array.from(
    { length: sheets },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('') +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';
const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>';
/** sheet i is rId i; the styles come after them */
const workbookRels = (sheets: number) =>
  `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
  Array.from(
    { length: sheets },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('') +
  `<Relationship Id="rId${sheets + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  '</Relationships>';
/** Style 0: the default font; style 1: bold (the header row). */
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="等线"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function workbookXml(sheetNames: string[]): string {
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
    sheetNames
      .map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('') +
    '</sheets></workbook>'
  );
}

function coreXml(): string {
  const now = `${new Date().toISOString().slice(0, 19)}Z`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:creator>Tiexin 贴心人</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function sendXlsx(reply: FastifyReply, filename: string, body: Buffer | Readable) {
  return (
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header(
        'content-disposition',
        `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      )
      // personal data: not kept in the browser's cache after logout
      .header('cache-control', 'no-store')
      .send(body)
  );
}

export type SheetRow = { row: number; cells: Record<string, string> };

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return String(v.result ?? '');
    return '';
  }
  return String(v);
}

/**
 * Reads the first sheet of an uploaded workbook into rows keyed by header text. Missing required
 * headers are an import error naming them; blank rows are skipped.
 */
export async function readSheet(data: Buffer, requiredHeaders: string[]): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_FILE');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('IMPORT_FILE');
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col] = cellText(cell.value).replace(/\*$/, '').trim();
  });
  const missing = requiredHeaders.filter((h) => !headers.includes(h));
  if (missing.length) {
    const details: ErrorDetail[] = missing.map((h) => ({
      row: 1,
      field: h,
      message: text('IMPORT_INVALID.missingColumn', { column: h }),
    }));
    throw new AppError('IMPORT_INVALID', undefined, details);
  }
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    let any = false;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const h = headers[col];
      if (!h) return;
      const text = cellText(cell.value).trim();
      if (text) any = true;
      cells[h] = text;
    });
    if (any) rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** Reverse lookup of a label table ("县级" → "county"). */
export function fromLabel<K extends string>(
  table: Record<K, string>,
  label: string,
): K | undefined {
  return (Object.keys(table) as K[]).find((k) => table[k] === label);
}
