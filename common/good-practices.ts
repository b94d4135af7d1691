import { requiredText } from './fields.ts';
import {
  GOOD_PRACTICE_DOCUMENT_KINDS,
  GOOD_PRACTICE_KINDS,
  GOOD_PRACTICE_NOTE_MAX,
} from './good-practices-terms.ts';
import { listOf, ZDateTimeSchema, ZPageQuerySchema } from './paging.ts';
import { z } from './zod.ts';

/** 经验做法 (plan item 9): a report, reflection or case marked for a campaign, with a note. */
export {
  GOOD_PRACTICE_DOCUMENT_KINDS,
  GOOD_PRACTICE_KINDS,
  GOOD_PRACTICE_SUBJECT_LABELS,
  type TGoodPracticeKind,
} from './good-practices-terms.ts';

export const ZGoodPracticeSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  campaignName: z.string(),
  kind: z.enum(GOOD_PRACTICE_KINDS),
  subjectId: z.uuid(),
  /** research / reflection for a document; null for a case */
  documentKind: z.enum(GOOD_PRACTICE_DOCUMENT_KINDS).nullable(),
  /** the subject's title when it was marked */
  title: z.string(),
  note: z.string(),
  /** a reference carried by a campaign's copy: the campaign it was marked in; null otherwise */
  sourceCampaignId: z.uuid().nullable(),
  sourceCampaignName: z.string().nullable(),
  markedByName: z.string().nullable(),
  createdAt: ZDateTimeSchema,
});
export type TGoodPractice = z.infer<typeof ZGoodPracticeSchema>;

export const ZGoodPracticeListSchema = listOf(ZGoodPracticeSchema);

export const ZGoodPracticeFilterSchema = z.object({
  q: ZPageQuerySchema.shape.q,
  campaignId: z.uuid().optional().describe('活动'),
  kind: z.enum(GOOD_PRACTICE_KINDS).optional().describe('类别：case 诉求件，document 文书'),
});
export type TGoodPracticeFilter = z.infer<typeof ZGoodPracticeFilterSchema>;

export const ZGoodPracticeListQuerySchema = ZPageQuerySchema.extend(
  ZGoodPracticeFilterSchema.shape,
);
export type TGoodPracticeListQuery = z.infer<typeof ZGoodPracticeListQuerySchema>;

/** 标为经验做法: the subject, the campaign (a document's own by default) and a short note. */
export const ZGoodPracticeCreateSchema = z.object({
  kind: z.enum(GOOD_PRACTICE_KINDS, '请选择类别'),
  subjectId: z.uuid('无效的编号'),
  campaignId: z.uuid('请选择活动').optional(),
  note: requiredText('说明', GOOD_PRACTICE_NOTE_MAX),
});
export type TGoodPracticeCreate = z.infer<typeof ZGoodPracticeCreateSchema>;
