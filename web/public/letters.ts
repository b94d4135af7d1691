/**
 * 给群众的公开信 as the citizens' site needs it. The answer's type is the server's schema
 * (`common/public-letters.ts`) taken with `import type` only, so zod stays out of the bundle;
 * `letters.test.ts` checks a real answer of the schema against what the pages use.
 */
import { markupToPlainText } from '../../common/markup.ts';
import type { ZPublicLetterSchema } from '../../common/public-letters.ts';
import type { TJson } from '../../common/zod.ts';

/** GET /api/public/letters (paged) and /api/public/letters/{id}: published letters only. */
export type TPublicLetter = TJson<typeof ZPublicLetterSchema>;

/** Letters a page of the list shows. */
export const LETTERS_PAGE_SIZE = 10;

/**
 * The beginning of a letter for the list: its text without markers, on one line, cut at `max`
 * characters (whole characters, not UTF-16 halves) with an ellipsis.
 */
export function letterExcerpt(body: string, max = 80): string {
  const flat = markupToPlainText(body).replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max).join('').trimEnd()}…`;
}
