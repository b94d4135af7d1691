import fs from 'node:fs';
import type { FastifyReply } from 'fastify';
import PDFDocument from 'pdfkit';
import { AppError } from '../errors.ts';

/**
 * The Chinese font of every PDF: 文泉驿微米黑 (WenQuanYi Micro Hei) from Debian's package
 * fonts-wqy-microhei (Apache 2.0 / GPLv3 with font exception), which `.ci/run` installs; pdfkit
 * embeds only the glyphs a document uses. It has Latin letters and digits too, so one font serves.
 */
export const PDF_FONT_PATH = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
/** the face of the collection (.ttc) that is used: the proportional one, not "Mono" */
const PDF_FONT_FACE = 'WenQuanYiMicroHei';
/** the name the documents select the font by */
export const FONT = 'zh';

export const MM = 72 / 25.4;
/** A4 in points */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Colours: the ink of the text, the grey of labels and meta lines, the red of the titles. */
export const INK = '#1a1a1a';
export const GREY = '#666666';
export const RED = '#b71c1c';

const fonts = new Map<string, Buffer>();

/**
 * The font file, read once. A missing file is the operator's to fix: a 500 whose message says
 * which package to install (the log has the path), never a PDF of empty boxes.
 */
export function loadPdfFont(path = PDF_FONT_PATH): Buffer {
  const cached = fonts.get(path);
  if (cached) return cached;
  let data: Buffer;
  try {
    data = fs.readFileSync(path);
  } catch (cause) {
    // the cause (ENOENT …) names the path in the log
    throw Object.assign(new AppError('INTERNAL.pdfFont'), { cause });
  }
  fonts.set(path, data);
  return data;
}

/** A new document with the Chinese font selected; pages are kept until `pdfBuffer` for page numbers. */
export function newPdf(options: {
  size: [number, number];
  margin?: number;
  margins?: { top: number; bottom: number; left: number; right: number };
  title: string;
}): PDFKit.PDFDocument {
  const font = loadPdfFont();
  const doc = new PDFDocument({
    size: options.size,
    ...(options.margins ? { margins: options.margins } : { margin: options.margin ?? 0 }),
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: options.title, Creator: 'Tiexin' },
    lang: 'zh-CN',
    displayTitle: true,
  });
  doc.registerFont(FONT, font, PDF_FONT_FACE);
  doc.font(FONT).fillColor(INK);
  return doc;
}

/** Ends the document and gives its bytes. */
export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * One line of text that never wraps: cut with "…" when wider than `width`. Returns the height used.
 * `bold` is drawn as fill and a thin stroke of the same colour (the font has no bold face).
 */
export function line(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  o: {
    size: number;
    width: number;
    color?: string;
    bold?: boolean;
    align?: 'left' | 'center' | 'right';
  },
): number {
  doc.fontSize(o.size).fillColor(o.color ?? INK);
  if (o.bold) doc.lineWidth(o.size / 28).strokeColor(o.color ?? INK);
  doc.text(fitted(doc, text, o.width), x, y, {
    width: o.width,
    align: o.align ?? 'left',
    lineBreak: false,
    ...(o.bold ? { fill: true, stroke: true } : {}),
  });
  return doc.currentLineHeight(true);
}

/** `text` cut to fit `width` at the current font size, with "…" when cut. */
export function fitted(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && doc.widthOfString(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * `text` broken into lines no wider than `width` — an address, which has no spaces: after the
 * last `/ ? & = -` of a line when there is one in its second half, else at any character.
 */
export function hardWrap(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest !== '') {
    let end = 0;
    while (end < rest.length && doc.widthOfString(rest.slice(0, end + 1)) <= width) end++;
    if (end >= rest.length) {
      lines.push(rest);
      break;
    }
    end = Math.max(end, 1);
    const soft = Math.max(...[...'/?&=-'].map((ch) => rest.lastIndexOf(ch, end - 1)));
    const cut = soft >= end / 2 ? soft + 1 : end;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return lines;
}

/**
 * Sends a PDF: shown in the browser's viewer when opened (inline), saved under `filename` when
 * downloaded; not kept in the browser's cache (a card carries work phones).
 */
export function sendPdf(reply: FastifyReply, filename: string, body: Buffer) {
  return reply
    .header('content-type', 'application/pdf')
    .header(
      'content-disposition',
      `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
    .header('cache-control', 'no-store')
    .send(body);
}
