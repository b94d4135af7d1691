import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildSheet, type Column, readSheet, streamSheet } from './excel.ts';

type Row = { n: number; text: string | null; ok: boolean | null };
const columns: Column<Row>[] = [
  { header: '序号', width: 6, value: (r) => r.n },
  { header: '内容', width: 40, value: (r) => r.text },
  { header: '是否', value: (r) => r.ok },
];

async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

async function load(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return { wb, ws };
}

describe('the xlsx writer (buildSheet / streamSheet)', () => {
  it('writes a sheet Excel readers open: name, bold frozen header, widths, typed cells', async () => {
    const data = await buildSheet('问题销号台账 & <台账>', columns, [
      { n: 1, text: '村里的机耕道坑洼不平', ok: true },
      { n: 2.5, text: null, ok: false },
      { n: 3, text: '', ok: null },
    ]);
    const { wb, ws } = await load(data);
    expect(wb.creator).toBe('Tiexin 贴心人');
    expect(ws.name).toBe('问题销号台账 & <台账>');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getColumn(3).width).toBe(16);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(ws.getRow(1).values).toEqual([undefined, '序号', '内容', '是否']);
    expect(ws.getRow(2).values).toEqual([undefined, 1, '村里的机耕道坑洼不平', true]);
    expect(ws.getRow(3).values).toEqual([undefined, 2.5, undefined, false]);
    expect(ws.getRow(4).values).toEqual([undefined, 3]);
  });

  it('keeps markup, quotes and formulas as text, keeps edge spaces, drops characters XML cannot carry', async () => {
    const text = ' <script>alert(1)</script> & "引号"\u0001\u000b换行\n ';
    const data = await buildSheet('s', columns, [
      { n: 1, text, ok: null },
      { n: 2, text: '=HYPERLINK("http://x","点我")', ok: null },
    ]);
    const { ws } = await load(data);
    expect(ws.getCell('B2').value).toBe(' <script>alert(1)</script> & "引号"换行\n ');
    expect(ws.getCell('B3').value).toBe('=HYPERLINK("http://x","点我")');
    expect(ws.getCell('B3').type).toBe(ExcelJS.ValueType.String);
  });

  it('reads back through readSheet, the importer', async () => {
    const data = await buildSheet('s', columns, [{ n: 7, text: '低保', ok: true }]);
    expect(await readSheet(data, ['序号', '内容'])).toEqual([
      { row: 2, cells: { 序号: '7', 内容: '低保', 是否: 'true' } },
    ]);
  });

  it('streams batches into one sheet: every row in order, far past one zip piece', async () => {
    async function* batches() {
      for (let b = 0; b < 12; b++)
        yield Array.from({ length: 1000 }, (_, i) => ({
          n: b * 1000 + i + 1,
          text: `第 ${b * 1000 + i + 1} 件：村道需要修缮，雨天积水。`,
          ok: i % 2 === 0,
        }));
    }
    const data = await collect(streamSheet('s', columns, batches()));
    const { ws } = await load(data);
    expect(ws.rowCount).toBe(12_001);
    expect(ws.getCell('A12001').value).toBe(12_000);
    expect(ws.getCell('B6001').value).toBe('第 6000 件：村道需要修缮，雨天积水。');
  });

  it('is a valid zip for unzip, entry by entry (CRC and sizes in the data descriptors)', async () => {
    const data = await buildSheet('s', columns, [{ n: 1, text: '一', ok: true }]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-')), 'a.xlsx');
    fs.writeFileSync(file, data);
    const test = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(test).toContain('No errors detected');
    for (const entry of [
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ])
      expect(test).toContain(entry);
  });

  it('ends the stream with the error when reading rows fails, not with a half-valid file', async () => {
    async function* failing() {
      yield [{ n: 1, text: 'a', ok: null }];
      throw new Error('database gone');
    }
    await expect(collect(streamSheet('s', columns, failing()))).rejects.toThrow('database gone');
  });
});
