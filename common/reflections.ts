import { documentSchemas } from './document-api.ts';
import { text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { z } from './zod.ts';

/**
 * 心得体会 — what a cadre learnt from the campaign's study (issue 13 §4): many per cadre and
 * campaign, reviewed and rated by his unit (优秀/良好/一般/较差), the best featured by the office
 * and published on the citizens' site. Compared with the campaign's other materials for copied
 * text (platform/documents/similarity.ts).
 */
export const ZReflectionDetailsSchema = z.object({
  /** 学习内容: what it reflects on, e.g. 观看《本色》、《龚全珍日记选》 */
  source: text('学习内容', MAX_LEN.name).default('').describe('学习内容，如观看《本色》'),
});
export type TReflectionDetails = z.infer<typeof ZReflectionDetailsSchema>;

export const reflectionSchemas = documentSchemas(ZReflectionDetailsSchema);
export const ZReflectionSchema = reflectionSchemas.answer;
export type TReflection = z.infer<typeof ZReflectionSchema>;
export const ZReflectionCreateSchema = reflectionSchemas.create;
export type TReflectionCreate = z.infer<typeof ZReflectionCreateSchema>;
export const ZReflectionUpdateSchema = reflectionSchemas.update;
export type TReflectionUpdate = z.infer<typeof ZReflectionUpdateSchema>;
