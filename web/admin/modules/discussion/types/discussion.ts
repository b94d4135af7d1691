import type {
  ZDiscussionLimitsSchema,
  ZDiscussionModerationSchema,
  ZDiscussionPostSchema,
  ZDiscussionReportedPostSchema,
  ZDiscussionReportResultSchema,
  ZDiscussionThreadCreateSchema,
  ZDiscussionThreadSchema,
} from '../../../../../common/discussion.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/discussion.ts); type-only, so no zod in the bundle.
export type DiscussionThread = TJson<typeof ZDiscussionThreadSchema>;
export type DiscussionPost = TJson<typeof ZDiscussionPostSchema>;
export type DiscussionLimits = TJson<typeof ZDiscussionLimitsSchema>;
export type DiscussionModeration = TJson<typeof ZDiscussionModerationSchema>;
export type DiscussionReportedPost = TJson<typeof ZDiscussionReportedPostSchema>;
export type ThreadInput = TJson<typeof ZDiscussionThreadCreateSchema>;
export type DiscussionReportResult = TJson<typeof ZDiscussionReportResultSchema>;
export type {
  TDiscussionAudience as DiscussionAudience,
  TDiscussionReportReason as DiscussionReportReason,
} from '../../../../../common/discussion-terms.ts';
