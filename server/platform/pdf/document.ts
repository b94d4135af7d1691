import { parseMarkup, type TMarkupLine } from '../../../common/markup.ts';
import { pdfText } from '../i18n/zh-CN.ts';
import { cardDetailLines, drawQrBlock, type TPdfCard } from './card.ts';
import { A4, GREY, INK, line, MM, newPdf, pdfBuffer, RED } from './pdf.ts';

/** What an A4 document prints (公开信, 调研报告 …). */
export type TDocumentPdf = {
  title: string;
  /** small centred lines under the title: author, unit, date … */
  meta: readonly string[];
  /** the text in the markup of common/markup.ts: headings, paragraphs, lists, **bold** */
  body: string;
  /** the author's card details and QR code at the foot of the last page (an open letter's) */
  footer?: TPdfCard;
};

const MARGIN = { top: 25 * MM, bottom: 25 * MM, left: 25 * MM, right: 25 * MM };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;
const BODY = 11.5;
const LINE_GAP = 5;
const FOOTER_HEIGHT = 44 * MM;

type Doc = PDFKit.PDFDocument;

/**
 * One line of spans as one flowing text from the current position: bold spans are filled and
 * stroked (the font has no bold face). Never HTML: a `<script>` in the text is printed as text.
 */
function spans(
  doc: Doc,
  l: TMarkupLine,
  o: { size: number; x?: number; width?: number; indent?: number; gap?: number },
): void {
  const parts = l.length > 0 ? l : [{ text: ' ', bold: false }];
  doc
    .fontSize(o.size)
    .fillColor(INK)
    .strokeColor(INK)
    .lineWidth(o.size / 28);
  parts.forEach((s, i) => {
    const options = {
      width: o.width ?? WIDTH,
      lineGap: o.gap ?? LINE_GAP,
      continued: i < parts.length - 1,
      fill: true,
      stroke: s.bold,
      ...(i === 0 ? { indent: o.indent ?? 0 } : {}),
    };
    if (i === 0) doc.text(s.text, o.x ?? MARGIN.left, doc.y, options);
    else doc.text(s.text, options);
  });
}

/** A paragraph's own line that opens a letter ("尊敬的乡亲们：") is not indented; the rest are, by two characters. */
const isSalutation = (lines: TMarkupLine[]) =>
  lines.length === 1 && /[：:]$/.test((lines[0] ?? []).map((s) => s.text).join(''));

function drawBody(doc: Doc, body: string): void {
  for (const block of parseMarkup(body)) {
    if (block.type === 'heading') {
      const size = block.level === 1 ? 15 : 13;
      doc.moveDown(0.4);
      spans(
        doc,
        block.line.map((s) => ({ ...s, bold: true })),
        { size, gap: 3 },
      );
      doc.moveDown(0.3);
    } else if (block.type === 'paragraph') {
      const indent = isSalutation(block.lines) ? 0 : 2 * BODY;
      block.lines.forEach((l, i) => {
        spans(doc, l, { size: BODY, indent: i === 0 ? indent : 0 });
      });
      doc.moveDown(0.5);
    } else {
      const hang = 2 * BODY;
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${i + 1}.` : '•';
        const y = doc.y;
        doc.fontSize(BODY).fillColor(INK);
        doc.text(marker, MARGIN.left + BODY * 0.5, y, { width: hang, lineBreak: false });
        doc.y = y;
        spans(doc, item, { size: BODY, x: MARGIN.left + hang, width: WIDTH - hang });
      });
      doc.moveDown(0.5);
    }
  }
}

/** The author's card at the foot: a red rule, the details on the left, the QR code on the right. */
function drawFooter(doc: Doc, card: TPdfCard): void {
  const bottom = A4.height - MARGIN.bottom;
  if (doc.y + FOOTER_HEIGHT > bottom) doc.addPage();
  const top = bottom - FOOTER_HEIGHT;
  doc
    .moveTo(MARGIN.left, top)
    .lineTo(MARGIN.left + WIDTH, top)
    .lineWidth(0.8)
    .strokeColor(RED)
    .stroke();
  const qrWidth = 34 * MM;
  drawQrBlock(doc, card.qrUrl, MARGIN.left + WIDTH - qrWidth, top + 3 * MM, {
    size: 28 * MM,
    width: qrWidth,
    caption: pdfText.footer.scan,
    textSize: 6,
  });
  const textWidth = WIDTH - qrWidth - 6 * MM;
  let at = top + 3 * MM;
  at +=
    line(doc, pdfText.footer.heading, MARGIN.left, at, {
      size: 9,
      width: textWidth,
      color: RED,
      bold: true,
    }) + 2;
  at += line(doc, card.name, MARGIN.left, at, { size: 13, width: textWidth, bold: true }) + 1;
  const who = [card.post, card.orgName].filter(Boolean).join('　');
  at += line(doc, who, MARGIN.left, at, { size: 9, width: textWidth, color: GREY }) + 3;
  for (const [label, value] of cardDetailLines(card)) {
    line(doc, label, MARGIN.left, at, { size: 9, width: 18 * MM, color: GREY });
    at += line(doc, value, MARGIN.left + 18 * MM, at, { size: 9, width: textWidth - 18 * MM }) + 1;
  }
  if (card.pledge) {
    doc.fontSize(8.5).fillColor(INK);
    doc.text(card.pledge, MARGIN.left, at + 2, {
      width: textWidth,
      height: bottom - at - 2,
      ellipsis: true,
      lineGap: 1,
    });
  }
}

/** 第 n 页 / 共 N 页 at the foot of every page, once the pages are known. */
function numberPages(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // below the bottom margin: lift it for this line, or pdfkit would start a new page
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    line(doc, pdfText.page(i - start + 1, count), MARGIN.left, A4.height - 15 * MM, {
      size: 8,
      width: WIDTH,
      align: 'center',
      color: GREY,
    });
    doc.page.margins.bottom = margin;
  }
}

/**
 * An A4 document: the title, its meta lines, the body (common/markup.ts rendered as blocks:
 * headings, paragraphs with the first line indented, lists, bold), page numbers, and when
 * `footer` is given the author's card details with the QR code at the foot of the last page.
 */
export async function documentPdf(d: TDocumentPdf): Promise<Buffer> {
  const doc = newPdf({ size: [A4.width, A4.height], margins: MARGIN, title: d.title });
  doc
    .fontSize(19)
    .fillColor(INK)
    .strokeColor(INK)
    .lineWidth(19 / 28);
  doc.text(d.title, MARGIN.left, MARGIN.top, {
    width: WIDTH,
    align: 'center',
    fill: true,
    stroke: true,
    lineGap: 4,
  });
  doc.moveDown(0.4);
  doc.fontSize(9.5).fillColor(GREY);
  for (const m of d.meta) doc.text(m, MARGIN.left, doc.y, { width: WIDTH, align: 'center' });
  doc.moveDown(1.2);
  drawBody(doc, d.body);
  if (d.footer) drawFooter(doc, d.footer);
  numberPages(doc);
  return pdfBuffer(doc);
}
