import zlib from 'node:zlib';

/**
 * One entry of a ZIP archive (a .docx or .xlsx), read with the central directory: enough for the
 * tests to open `word/document.xml` of a generated report without a tool outside Node.
 */
export function readZipEntry(zip: Buffer, name: string): Buffer {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      return method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data);
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`no ${name} in the archive`);
}

/** The text of a Word document's paragraphs, one string a paragraph (table cells are paragraphs). */
export function docxParagraphs(docx: Buffer): string[] {
  const xml = readZipEntry(docx, 'word/document.xml').toString('utf8');
  const out: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1] ?? '')
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
    out.push(text);
  }
  return out;
}

/** The rows of the Word table whose caption (the paragraph before it) is `title`, as cell text. */
export function docxTable(docx: Buffer, title: string): string[][] {
  const xml = readZipEntry(docx, 'word/document.xml').toString('utf8');
  const at = xml.indexOf(`>${title}</w:t>`);
  if (at < 0) throw new Error(`no table ${title}`);
  const start = xml.indexOf('<w:tbl>', at);
  const end = xml.indexOf('</w:tbl>', start);
  const tbl = xml.slice(start, end);
  return (tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((tr) =>
    (tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) =>
      [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(''),
    ),
  );
}
