import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportContent, ReportTable } from './content.ts';

/**
 * The report as a Word document, in the form a bureau files one: the title in 宋体, the body in
 * 仿宋 (三号), the headings in 黑体, tables with a bold header row. The fonts are named for East
 * Asian text (w:eastAsia) so Word and WPS pick them for the Chinese characters.
 */
const BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const HEADING = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const TITLE = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

/** A table with its caption (none when the section's heading already says it). */
function tableOf(t: ReportTable, caption = true): (Paragraph | Table)[] {
  const cell = (text: string | number, bold = false) =>
    new TableCell({
      borders,
      children: [
        new Paragraph({
          alignment: typeof text === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: String(text), bold, size: 21, font: BODY })],
        }),
      ],
    });
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 60 },
    children: [new TextRun({ text: t.title, bold: true, size: 24, font: HEADING })],
  });
  return [
    ...(caption ? [title] : []),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c, true)) }),
        ...t.rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
      ],
    }),
  ];
}

export async function renderDocx(content: ReportContent): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: content.title, bold: true, size: 40, font: TITLE })],
    }),
    ...content.meta.map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: line, size: 24, font: BODY })],
        }),
    ),
  ];
  for (const section of content.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240, after: 120 },
        children: [new TextRun({ text: section.heading, size: 32, font: HEADING })],
      }),
    );
    for (const block of section.blocks) {
      if ('text' in block)
        children.push(
          new Paragraph({
            indent: { firstLine: 640 },
            spacing: { line: 560 },
            children: [new TextRun({ text: block.text, size: 32, font: BODY })],
          }),
        );
      else if (block.rows.length) children.push(...tableOf(block, block.title !== section.heading));
    }
  }
  const doc = new Document({
    creator: 'Tiexin 贴心人',
    title: content.title,
    styles: {
      default: { document: { run: { font: BODY, size: 32 } } },
      paragraphStyles: [
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: HEADING, size: 32, color: '000000' },
        },
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: TITLE, size: 40, color: '000000' },
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
