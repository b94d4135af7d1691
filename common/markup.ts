/**
 * 正文标记 — the small markup a cadre's documents are written in (调研报告, 公开信 …): paragraphs
 * separated by a blank line, `# ` and `## ` headings, `- ` and `1. ` lists, `**bold**`. Nothing
 * else has a meaning: `<script>` or any other HTML stays text. Parsed into blocks here once; the
 * admin app, the citizens' site and the PDFs each render the blocks as their own elements (never as
 * HTML strings), so stored text can never run as markup.
 */

/** A run of text, bold or not. */
export type TMarkupSpan = { text: string; bold: boolean };
/** A line of spans. */
export type TMarkupLine = TMarkupSpan[];

export type TMarkupBlock =
  | { type: 'heading'; level: 1 | 2; line: TMarkupLine }
  | { type: 'paragraph'; lines: TMarkupLine[] }
  | { type: 'list'; ordered: boolean; items: TMarkupLine[] };

/** `**bold**` spans of one line; an unmatched `**` is text. */
export function parseSpans(line: string): TMarkupLine {
  const spans: TMarkupSpan[] = [];
  const parts = line.split('**');
  // an even number of parts means an odd number of markers: the last one is text
  const closed = parts.length % 2 === 1;
  parts.forEach((part, i) => {
    const bold = i % 2 === 1 && (closed || i < parts.length - 1);
    const text = i % 2 === 1 && !bold ? `**${part}` : part;
    if (text === '') return;
    const last = spans[spans.length - 1];
    if (last && last.bold === bold) last.text += text;
    else spans.push({ text, bold });
  });
  return spans;
}

const HEADING = /^(#{1,2})\s+(.*)$/;
const BULLET = /^[-*•]\s+(.*)$/;
const NUMBERED = /^\d{1,3}[.、)]\s*(.*)$/;

/** The blocks of a text. Lines are trimmed at the end; blank lines end a block. */
export function parseMarkup(source: string): TMarkupBlock[] {
  const blocks: TMarkupBlock[] = [];
  // the block being filled is always the last one; `open` says whether lines may still join it
  let open = false;
  const last = () => (open ? blocks[blocks.length - 1] : undefined);
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      open = false;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = (heading[1] as string).length === 1 ? 1 : 2;
      blocks.push({ type: 'heading', level, line: parseSpans(heading[2] as string) });
      open = false;
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    const block = last();
    if (item) {
      const ordered = numbered !== null;
      const spans = parseSpans(item[1] as string);
      if (block?.type === 'list' && block.ordered === ordered) block.items.push(spans);
      else blocks.push({ type: 'list', ordered, items: [spans] });
    } else if (block?.type === 'paragraph') block.lines.push(parseSpans(line));
    else blocks.push({ type: 'paragraph', lines: [parseSpans(line)] });
    open = true;
  }
  return blocks;
}

/** The text without its markers (an excerpt, a search, a plain-text mail). */
export function markupToPlainText(source: string): string {
  const line = (l: TMarkupLine) => l.map((s) => s.text).join('');
  return parseMarkup(source)
    .map((b) =>
      b.type === 'heading'
        ? line(b.line)
        : b.type === 'paragraph'
          ? b.lines.map(line).join('\n')
          : b.items.map((it, i) => `${b.ordered ? `${i + 1}.` : '·'} ${line(it)}`).join('\n'),
    )
    .join('\n\n');
}
