import {
  buildWorkbook,
  type Column,
  type WorkbookSheet,
  workbookSheet,
} from '../../platform/excel.ts';
import type { Cell, ReportContent, ReportTable } from './content.ts';

/**
 * The same figures as a workbook (platform/excel.ts `buildWorkbook`): the first sheet the title,
 * the period and the prose, then one sheet per table of the report, named and headed from the
 * report catalog (reports.zh-CN.ts) as the Word document's tables are.
 */
export function renderXlsx(content: ReportContent, overviewSheet: string): Promise<Buffer> {
  const lines: string[] = [content.title, ...content.meta];
  const tables: ReportTable[] = [];
  for (const section of content.sections) {
    lines.push('', section.heading);
    for (const block of section.blocks) {
      if ('text' in block) lines.push(block.text);
      else tables.push(block);
    }
  }
  const [title = '', ...rest] = lines;
  const sheets: WorkbookSheet[] = [
    workbookSheet(overviewSheet, [{ header: title, width: 120, value: (l: string) => l }], rest),
  ];
  const used = new Set<string>([overviewSheet]);
  for (const t of tables) {
    let name = t.sheet.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    for (let n = 2; used.has(name); n++) name = `${t.sheet.slice(0, 27)}(${n})`;
    used.add(name);
    const columns: Column<Cell[]>[] = t.columns.map((header, i) => ({
      header,
      width: i === 0 ? 28 : 14,
      value: (row) => row[i] ?? null,
    }));
    sheets.push(workbookSheet(name, columns, t.rows));
  }
  return buildWorkbook(sheets);
}
