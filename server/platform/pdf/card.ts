import { pdfText } from '../i18n/zh-CN.ts';
import { A4, fitted, GREY, hardWrap, INK, line, MM, newPdf, pdfBuffer, RED } from './pdf.ts';
import { drawQr } from './qr.ts';

/**
 * What a connection card (干群连心卡) prints, already chosen: a phone the cadre does not want
 * printed is null here. The cards module builds it (`cards.service#pdfCardFor`).
 */
export type TPdfCard = {
  name: string;
  post: string;
  orgName: string;
  officePhone: string | null;
  mobile: string | null;
  email: string | null;
  contactPoint: string | null;
  /** the campaign's pledge ('' for none) */
  pledge: string;
  campaignName: string | null;
  /** what the QR code opens: the citizens' form addressed to the cadre */
  qrUrl: string;
};

/**
 * The card is business-card size, 90 × 54 mm (the Chinese 名片 standard), not A6: a citizen keeps
 * it in a wallet or a phone case and cadres hand out many, and ten fit on an A4 sheet (2 × 5, the
 * layout of ready-perforated card paper) against four A6. At this size the QR code is 22 mm wide,
 * about 0.5 mm a module for the submit address (version 5–6) — well above what a phone camera
 * reads at arm's length.
 */
export const CARD = { width: 90 * MM, height: 54 * MM } as const;
/** the white margin inside the cut line: nothing is printed there, so a cut a little off loses nothing */
const PAD = 4 * MM;
const QR_COLUMN = 25 * MM;
const QR_SIZE = 23 * MM;
const GAP = 3 * MM;

/** The detail lines of a card (label, value), the chosen ones only. */
export function cardDetailLines(card: TPdfCard): [string, string][] {
  const T = pdfText.card;
  const lines: [string, string | null][] = [
    [T.officePhone, card.officePhone],
    [T.mobile, card.mobile],
    [T.email, card.email],
    [T.contactPoint, card.contactPoint],
  ];
  return lines.filter((l): l is [string, string] => Boolean(l[1]));
}

/** The QR code with 扫码… and the address it encodes printed small beneath it. */
export function drawQrBlock(
  doc: PDFKit.PDFDocument,
  url: string,
  x: number,
  y: number,
  o: { size: number; width: number; caption: string; textSize?: number },
): void {
  const textSize = o.textSize ?? 4.2;
  drawQr(doc, url, x + (o.width - o.size) / 2, y, o.size);
  let at = y + o.size + 1.5 * MM;
  const caption = { size: textSize * 1.3, width: o.width, align: 'center', color: RED } as const;
  at += line(doc, o.caption, x, at, caption);
  doc.fontSize(textSize).fillColor(GREY);
  for (const part of hardWrap(doc, url, o.width)) {
    doc.text(part, x, at, { width: o.width, align: 'center', lineBreak: false });
    at += textSize * 1.2;
  }
}

/** One card with its top-left corner at (x, y). */
export function drawCard(doc: PDFKit.PDFDocument, card: TPdfCard, x: number, y: number): void {
  const T = pdfText.card;
  const inner = CARD.width - 2 * PAD;
  const left = x + PAD;
  const textWidth = inner - QR_COLUMN - GAP;
  let at = y + PAD;

  // the heading: 干群连心卡 and the campaign, over a red rule
  line(doc, T.title, left, at, { size: 8, width: 30 * MM, color: RED, bold: true });
  if (card.campaignName) {
    const w = inner - 32 * MM;
    line(doc, card.campaignName, left + inner - w, at + 2, {
      size: 5.5,
      width: w,
      align: 'right',
      color: GREY,
    });
  }
  at += 11;
  doc
    .moveTo(left, at)
    .lineTo(left + inner, at)
    .lineWidth(0.8)
    .strokeColor(RED)
    .stroke();
  at += 4;

  const top = at;
  drawQrBlock(doc, card.qrUrl, left + inner - QR_COLUMN, top, {
    size: QR_SIZE,
    width: QR_COLUMN,
    caption: T.scan,
  });

  at += line(doc, card.name, left, at, { size: 14, width: textWidth, bold: true }) + 1;
  if (card.post) at += line(doc, card.post, left, at, { size: 7.5, width: textWidth });
  at += line(doc, card.orgName, left, at, { size: 7, width: textWidth, color: GREY }) + 3;
  const labelWidth = 12 * MM;
  for (const [label, value] of cardDetailLines(card)) {
    line(doc, label, left, at, { size: 6.6, width: labelWidth, color: GREY });
    at += line(doc, value, left + labelWidth, at, { size: 6.6, width: textWidth - labelWidth }) + 1;
  }

  // the pledge stands at the foot of the text column; a long one starts higher and is cut with …
  if (card.pledge) {
    const bottom = y + CARD.height - PAD;
    const options = { width: textWidth, lineGap: 0.8 };
    doc.fontSize(6).fillColor(INK);
    const top = Math.max(at + 3, bottom - doc.heightOfString(card.pledge, options));
    if (bottom - top > 6) {
      doc.text(card.pledge, left, top, { ...options, height: bottom - top, ellipsis: true });
    }
  }
}

/** One card on a page of its own size (for a card printer or a print shop). */
export async function cardPdf(card: TPdfCard): Promise<Buffer> {
  const doc = newPdf({ size: [CARD.width, CARD.height], title: fittedTitle(card) });
  drawCard(doc, card, 0, 0);
  return pdfBuffer(doc);
}

const fittedTitle = (card: TPdfCard) => `${pdfText.card.title} · ${card.name}`;

/** Cards on an A4 sheet: 2 across and 5 down, butted, 15 mm and 13.5 mm from the edges. */
export const SHEET = { columns: 2, rows: 5 } as const;
const GRID = {
  width: SHEET.columns * CARD.width,
  height: SHEET.rows * CARD.height,
};
const ORIGIN = { x: (A4.width - GRID.width) / 2, y: (A4.height - GRID.height) / 2 };
/** cut marks: 6 mm long, starting 2 mm outside the cards, on every cut line */
const MARK = { offset: 2 * MM, length: 6 * MM };

function drawCutMarks(doc: PDFKit.PDFDocument): void {
  const { x, y } = ORIGIN;
  doc.save().lineWidth(0.3).strokeColor('#000000');
  for (let c = 0; c <= SHEET.columns; c++) {
    const cx = x + c * CARD.width;
    doc.moveTo(cx, y - MARK.offset - MARK.length).lineTo(cx, y - MARK.offset);
    doc
      .moveTo(cx, y + GRID.height + MARK.offset)
      .lineTo(cx, y + GRID.height + MARK.offset + MARK.length);
  }
  for (let r = 0; r <= SHEET.rows; r++) {
    const cy = y + r * CARD.height;
    doc.moveTo(x - MARK.offset - MARK.length, cy).lineTo(x - MARK.offset, cy);
    doc
      .moveTo(x + GRID.width + MARK.offset, cy)
      .lineTo(x + GRID.width + MARK.offset + MARK.length, cy);
  }
  doc.stroke().restore();
}

/**
 * The batch for a unit: its cards ten to an A4 sheet with cut marks on every cut line (a
 * guillotine or a ruler and knife follows them across the sheet), and at the head of each sheet
 * the unit and the page.
 */
export async function cardSheetPdf(title: string, cards: readonly TPdfCard[]): Promise<Buffer> {
  const doc = newPdf({ size: [A4.width, A4.height], title });
  const perPage = SHEET.columns * SHEET.rows;
  const pages = Math.max(1, Math.ceil(cards.length / perPage));
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    const heading = `${title}　${pdfText.page(p + 1, pages)}`;
    doc.fontSize(6).fillColor(GREY);
    doc.text(fitted(doc, heading, 70 * MM), ORIGIN.x + 10 * MM, 5 * MM, { lineBreak: false });
    drawCutMarks(doc);
    cards.slice(p * perPage, (p + 1) * perPage).forEach((card, i) => {
      const col = i % SHEET.columns;
      const row = Math.floor(i / SHEET.columns);
      drawCard(doc, card, ORIGIN.x + col * CARD.width, ORIGIN.y + row * CARD.height);
    });
  }
  return pdfBuffer(doc);
}
