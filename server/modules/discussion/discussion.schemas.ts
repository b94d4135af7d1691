import { DISCUSSION_AUDIENCES } from '../../../common/discussion-terms.ts';
import { ZPageQuerySchema, ZQueryBoolSchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export {
  ZDiscussionLimitsSchema,
  ZDiscussionModerationSchema,
  ZDiscussionPostListSchema,
  ZDiscussionPostSchema,
  ZDiscussionPostUpdateSchema,
  ZDiscussionReplyCreateSchema,
  ZDiscussionReportCreateSchema,
  ZDiscussionReportResultSchema,
  ZDiscussionThreadCreateSchema,
  ZDiscussionThreadListSchema,
  ZDiscussionThreadSchema,
} from '../../../common/discussion.ts';

export const ZThreadFilterSchema = z.object({
  q: ZPageQuerySchema.shape.q,
  orgId: z.uuid().optional().describe('主题所在单位（含下级单位）'),
  campaignId: z.uuid().optional(),
  audience: z.enum(DISCUSSION_AUDIENCES).optional().describe('范围：unit 本单位，bureau 全局'),
  mine: ZQueryBoolSchema.optional().describe('只看我发起的'),
});
export type TThreadFilter = z.infer<typeof ZThreadFilterSchema>;
export const ZThreadListQuerySchema = ZPageQuerySchema.extend(ZThreadFilterSchema.shape);
export type TThreadListQuery = z.infer<typeof ZThreadListQuerySchema>;

export const ZRepliesQuerySchema = ZPageQuerySchema.omit({ q: true });
export type TRepliesQuery = z.infer<typeof ZRepliesQuerySchema>;
export const ZModerationQuerySchema = ZPageQuerySchema.omit({ q: true });
export type TModerationQuery = z.infer<typeof ZModerationQuerySchema>;
export const ZEmptyQuerySchema = z.object({});
