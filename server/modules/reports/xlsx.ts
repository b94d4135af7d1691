import ExcelJS from 'exceljs';
import type { ReportContent, ReportTable } from './content.ts';

/**
 * The same figures as a workbook: one sheet per table of the report (names from the report
 * catalog), the first sheet the title, the period and the prose lines. Small (a report's tables
 * are tens of rows), so exceljs writes it whole.
 */
export async function renderXlsx(content: ReportContent, overviewSheet: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tiexin 贴心人';
  const overview = wb.addWorksheet(overviewSheet);
  overview.getColumn(1).width = 120;
  overview.addRow([content.title]).font = { bold: true, size: 14 };
  for (const line of content.meta) overview.addRow([line]);
  const used = new Set<string>([overviewSheet]);
  const tables: ReportTable[] = [];
  for (const section of content.sections) {
    overview.addRow([]);
    overview.addRow([section.heading]).font = { bold: true };
    for (const block of section.blocks) {
      if ('text' in block) overview.addRow([block.text]);
      else tables.push(block);
    }
  }
  for (const t of tables) {
    let name = t.sheet.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    for (let n = 2; used.has(name); n++) name = `${t.sheet.slice(0, 28)}(${n})`;
    used.add(name);
    const ws = wb.addWorksheet(name);
    const header = ws.addRow(t.columns);
    header.font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    t.columns.forEach((_, i) => {
      ws.getColumn(i + 1).width = i === 0 ? 28 : 14;
    });
    for (const r of t.rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
