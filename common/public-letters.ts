/**
 * 给群众的公开信 on the citizens' site (issue 12 §3): a published open letter as anyone may read
 * it — its text, its author's name and post, the unit, the day it was published. Nothing else:
 * no phone, no e-mail, no state, no reviewer, no comment. Only `state = 'published'` letters are
 * ever answered (server/modules/public-letters). The citizens' site takes these types by
 * `import type` only (web/public/letters.ts), never zod.
 */
import { listOf, ZDateTimeSchema, ZPageQuerySchema } from './paging.ts';
import { z } from './zod.ts';

export const ZPublicLetterSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  /** the letter in the small markup of common/markup.ts, as stored: render its blocks, never HTML */
  body: z.string(),
  /** the cadre who wrote it, by name and post: 张三（局长） */
  author: z.string(),
  /** the unit the letter was written in */
  orgName: z.string(),
  publishedAt: ZDateTimeSchema,
});
export type TPublicLetter = z.infer<typeof ZPublicLetterSchema>;

/** GET /api/public/letters: newest first, `q` in the title or the text. */
export const ZPublicLetterQuerySchema = ZPageQuerySchema;
export type TPublicLetterQuery = z.infer<typeof ZPublicLetterQuerySchema>;

export const ZPublicLetterListSchema = listOf(ZPublicLetterSchema);
