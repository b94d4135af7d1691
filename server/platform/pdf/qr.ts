import QRCode from 'qrcode';

/**
 * A QR code drawn as vector squares (sharp at any print size), error correction M (15 %: a
 * creased or smudged card still reads). Each row's run of dark modules is one rectangle, so no
 * hairline seams appear between modules. The caller leaves white space around it (the quiet zone).
 */
export function drawQr(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  size: number,
): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const cell = size / n;
  doc.save();
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && modules.get(r, c)) c++;
      // a hair taller than the cell: rows overlap instead of leaving a seam
      doc.rect(x + start * cell, y + r * cell, (c - start) * cell, cell + 0.05);
    }
  }
  doc.fillColor('#000000').fill();
  doc.restore();
}
