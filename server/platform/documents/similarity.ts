import { markupToPlainText } from '../../../common/markup.ts';

/**
 * 材料雷同 — how close two cadres' materials are (issue 13 §4: copied and ghost-written materials are
 * the failure the 2014 guidance warns about). Pure functions, no I/O.
 *
 * A text is reduced to its letters and digits (punctuation, whitespace and markup go, Latin letters
 * lower-cased), then to the set of its character 3-grams (shingles: 「理想信」「想信念」…). Chinese
 * has no spaces, so character n-grams stand in for words without a segmenter; 3-grams rather than
 * 2-grams because two reports on the same five standards share most of their bigrams (信念, 群众,
 * 作风 …) but few runs of three characters unless one copies the other.
 *
 * The score of a pair is the containment of the smaller set in the larger, |A ∩ B| / min(|A|, |B|):
 * a copy padded with paragraphs of one's own, or a short reflection lifted whole into a longer
 * report, still scores high, where Jaccard would be diluted by the padding. Texts too short to
 * judge (fewer than MIN_SHINGLES 3-grams) score 0.
 */

/** n of the character n-grams */
export const SHINGLE_SIZE = 3;
/** below this many distinct 3-grams (~30 characters) a text is not compared */
export const MIN_SHINGLES = 30;

/** Letters and digits only, Latin lower-cased: 「一、坚定 信念！」 → 「一坚定信念」. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The distinct character n-grams of a normalized text (code points, not UTF-16 units). */
export function shingles(text: string, size = SHINGLE_SIZE): Set<string> {
  const chars = Array.from(normalize(text));
  const out = new Set<string>();
  for (let i = 0; i + size <= chars.length; i++) out.add(chars.slice(i, i + size).join(''));
  return out;
}

/** Every string inside a value (a document's details: its sections, measures …), in key order. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** What is compared of a document: its body as plain text and the texts of its details. */
export function documentText(body: string, details: unknown): string {
  return [markupToPlainText(body), ...stringsOf(details)].join('\n');
}

/** |A ∩ B| / min(|A|, |B|), 0 when either is too short to judge. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_SHINGLES) return 0;
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}

/** How similar two texts are, 0–1. */
export function similarity(a: string, b: string): number {
  return containment(shingles(a), shingles(b));
}

/**
 * The candidates scoring at least `threshold` against `text`, highest first. Each candidate's
 * shingles are made once here; the cost is linear in the total length of the texts.
 */
export function similarAbove<T extends { text: string }>(
  text: string,
  candidates: readonly T[],
  threshold: number,
): (T & { score: number })[] {
  const mine = shingles(text);
  if (mine.size < MIN_SHINGLES) return [];
  return candidates
    .map((c) => ({ ...c, score: containment(mine, shingles(c.text)) }))
    .filter((c) => c.score >= threshold)
    .sort((x, y) => y.score - x.score);
}
