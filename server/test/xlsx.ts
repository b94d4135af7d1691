import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/** A workbook with one sheet: the header row, then the rows. */
export async function xlsxOf(header: string[], rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The rows of the first sheet of an xlsx response, as arrays of cell text. */
export async function readXlsx(res: LightMyRequestResponse): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: string[][] = [];
  ws?.eachRow((row) => {
    const values = row.values as unknown[];
    out.push(values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return out;
}

/**
 * Expects a 200 answer holding a workbook whose first row is `header`; returns all its rows
 * (the header first), as `readXlsx` does.
 */
export async function expectSheet(
  res: LightMyRequestResponse,
  header: readonly string[],
): Promise<string[][]> {
  expect(res.statusCode, res.body).toBe(200);
  const rows = await readXlsx(res);
  expect(rows[0]).toEqual(header);
  return rows;
}

/** The cells of column `index` (from 0) of every row below the header. */
export function column(
  rows: readonly (readonly string[])[],
  index: number,
): (string | undefined)[] {
  return rows.slice(1).map((r) => r[index]);
}
