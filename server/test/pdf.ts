import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQRModule from 'jsqr';

/**
 * Reading a PDF back as a person would, with tools that share nothing with the code that wrote
 * it: poppler's pdftotext and pdftoppm (Debian's poppler-utils, installed by .ci/run) for the
 * text and the picture, and jsQR (pure JavaScript) for the QR code on the picture.
 */
const run = promisify(execFile);

// jsqr is a CommonJS bundle whose types declare an ES default export: under Node's ESM the
// function is the module itself, under a bundler's interop it is `.default`
type Decode = typeof jsQRModule.default;
const jsQR: Decode =
  typeof jsQRModule === 'function' ? (jsQRModule as unknown as Decode) : jsQRModule.default;

async function withFile<T>(pdf: Buffer, use: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return await use(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every page (pdftotext, in reading order). */
export function pdfToText(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (file) => (await run('pdftotext', ['-layout', file, '-'])).stdout);
}

/** Page count and the first page's size in millimetres (pdfinfo). */
export function pdfInfo(
  pdf: Buffer,
): Promise<{ pages: number; widthMm: number; heightMm: number }> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
    const mm = (pt: string | undefined) => Math.round((Number(pt) * 25.4) / 72);
    return { pages, widthMm: mm(size?.[1]), heightMm: mm(size?.[2]) };
  });
}

/** A binary PGM (P5), as `pdftoppm -gray` writes it, as the RGBA pixels jsQR reads. */
export function pgmToRgba(pgm: Buffer): { data: Uint8ClampedArray; width: number; height: number } {
  const fields: string[] = [];
  let pos = 0;
  const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
  while (fields.length < 4) {
    while (isSpace(pgm[pos])) pos++;
    const start = pos;
    while (pos < pgm.length && !isSpace(pgm[pos])) pos++;
    fields.push(pgm.subarray(start, pos).toString('ascii'));
  }
  pos++; // the one white space after the maximum value
  const [magic, w, h, max] = fields;
  if (magic !== 'P5' || max !== '255') throw new Error(`not an 8-bit PGM: ${fields.join(' ')}`);
  const width = Number(w);
  const height = Number(h);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = pgm[pos + i] ?? 255;
    data[i * 4] = v;
    data[i * 4 + 1] = v;
    data[i * 4 + 2] = v;
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

/**
 * The QR code on a page, decoded from the page rendered at `dpi` (optionally only the area
 * `crop`, in millimetres from the top-left corner); null when none is found.
 */
export function decodeQr(
  pdf: Buffer,
  o: { page?: number; dpi?: number; crop?: { x: number; y: number; w: number; h: number } } = {},
): Promise<string | null> {
  const dpi = o.dpi ?? 150;
  const page = String(o.page ?? 1);
  const px = (mm: number) => String(Math.round((mm * dpi) / 25.4));
  const crop = o.crop
    ? ['-x', px(o.crop.x), '-y', px(o.crop.y), '-W', px(o.crop.w), '-H', px(o.crop.h)]
    : [];
  return withFile(pdf, async (file) => {
    const { stdout } = await run(
      'pdftoppm',
      ['-gray', '-r', String(dpi), '-f', page, '-l', page, ...crop, file],
      { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
    );
    const image = pgmToRgba(stdout);
    return jsQR(image.data, image.width, image.height)?.data ?? null;
  });
}
