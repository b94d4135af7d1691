import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { AppError, type ErrorDetail } from './errors.ts';

export type Column<T> = {
  header: string;
  width?: number;
  value: (row: T) => string | number | boolean | null;
};

/** One sheet with a bold header row; every list export and import template goes through here. */
export async function buildSheet<T>(
  sheetName: string,
  columns: Column<T>[],
  rows: T[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tiexin 贴心人';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(columns.map((c) => c.value(row)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The same sheet as `buildSheet`, streamed: rows arrive in batches (e.g. pages of a keyset query)
 * and each row is written out and dropped as soon as it is added (exceljs' streaming
 * WorkbookWriter), so memory stays flat whatever the number of rows. An error while reading rows
 * ends the stream with that error (the response is cut off, not a half-valid file).
 */
export function streamSheet<T>(
  sheetName: string,
  columns: Column<T>[],
  batches: AsyncIterable<T[]>,
): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Tiexin 贴心人';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.commit();
  (async () => {
    for await (const batch of batches) {
      for (const row of batch) ws.addRow(columns.map((c) => c.value(row))).commit();
      // let the zip stream drain to the client before reading the next batch
      if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
    }
    ws.commit();
    await wb.commit();
  })().catch((err: unknown) => out.destroy(err as Error));
  return out;
}

export function sendXlsx(reply: FastifyReply, filename: string, body: Buffer | Readable) {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header(
      'content-disposition',
      `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
    .send(body);
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
      message: `缺少列“${h}”`,
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
