import {
  DISCUSSION_AUDIENCES,
  DISCUSSION_MAX,
  DISCUSSION_POST_STATES,
  DISCUSSION_REPORT_REASONS,
} from './discussion-terms.ts';
import { text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { listOf, ZDateTimeSchema } from './paging.ts';
import { z } from './zod.ts';

/**
 * 学习讨论: one post as a reader sees it. A post hidden after reports shows to everyone but the
 * moderators and its author without its text (`concealed: 'hidden'`: 该内容被多人举报，正在等待审核);
 * a removed one likewise (`concealed: 'removed'`).
 */
export const ZDiscussionPostSchema = z.object({
  id: z.uuid(),
  threadId: z.uuid().nullable(),
  campaignId: z.uuid().nullable(),
  audience: z.enum(DISCUSSION_AUDIENCES),
  orgId: z.uuid(),
  orgName: z.string(),
  authorUserId: z.uuid(),
  authorName: z.string(),
  title: z.string().nullable(),
  /** null when concealed from this reader */
  body: z.string().nullable(),
  concealed: z.enum(['hidden', 'removed']).nullable(),
  state: z.enum(DISCUSSION_POST_STATES),
  reportCount: z.number().int(),
  moderationReason: z.string().nullable(),
  createdAt: ZDateTimeSchema,
  editedAt: ZDateTimeSchema.nullable(),
  /** what this reader may do with it */
  mine: z.boolean(),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  reportedByMe: z.boolean(),
});
export type TDiscussionPost = z.infer<typeof ZDiscussionPostSchema>;

/** A thread: its opening post with its replies' count and the last reply's time. */
export const ZDiscussionThreadSchema = ZDiscussionPostSchema.extend({
  campaignName: z.string().nullable(),
  replyCount: z.number().int(),
  lastReplyAt: ZDateTimeSchema.nullable(),
});
export type TDiscussionThread = z.infer<typeof ZDiscussionThreadSchema>;
export const ZDiscussionThreadListSchema = listOf(ZDiscussionThreadSchema);
export const ZDiscussionPostListSchema = listOf(ZDiscussionPostSchema);

/** The limits a form shows (字数 n/max) and the rules it explains: settings, read by everyone. */
export const ZDiscussionLimitsSchema = z.object({
  titleMaxLength: z.number().int(),
  bodyMaxLength: z.number().int(),
  hideAfterReports: z.number().int(),
  editWindowMinutes: z.number().int(),
  /** whether this user moderates (恢复 / 删除) */
  moderator: z.boolean(),
});
export type TDiscussionLimits = z.infer<typeof ZDiscussionLimitsSchema>;

// the settings decide the real limits (refused in words by the service); these are the ceilings
const body = text('正文', DISCUSSION_MAX.body).min(1, '请填写正文');
const title = text('标题', DISCUSSION_MAX.title).min(1, '请填写标题');

export const ZDiscussionThreadCreateSchema = z.object({
  title,
  body,
  audience: z.enum(DISCUSSION_AUDIENCES, '请选择讨论范围'),
  /** defaults to the campaign running now */
  campaignId: z.uuid().optional(),
});
export type TDiscussionThreadCreate = z.infer<typeof ZDiscussionThreadCreateSchema>;

export const ZDiscussionPostUpdateSchema = z.object({
  title: title.optional(),
  body: body.optional(),
});
export type TDiscussionPostUpdate = z.infer<typeof ZDiscussionPostUpdateSchema>;

export const ZDiscussionReplyCreateSchema = z.object({ body });
export type TDiscussionReplyCreate = z.infer<typeof ZDiscussionReplyCreateSchema>;

export const ZDiscussionReportCreateSchema = z.object({
  reason: z.enum(DISCUSSION_REPORT_REASONS, '请选择举报理由'),
  note: text('补充说明', MAX_LEN.reason).default(''),
});
export type TDiscussionReportCreate = z.infer<typeof ZDiscussionReportCreateSchema>;

export const ZDiscussionReportResultSchema = z.object({
  reportCount: z.number().int(),
  /** whether this report hid the post pending a moderator */
  hidden: z.boolean(),
});

/** A reported post in the office's 待审核 list, its text in full, with the reasons given. */
export const ZDiscussionReportedPostSchema = ZDiscussionPostSchema.extend({
  threadTitle: z.string(),
  reasons: z.array(
    z.object({ reason: z.enum(DISCUSSION_REPORT_REASONS), count: z.number().int() }),
  ),
  lastReportedAt: ZDateTimeSchema.nullable(),
});
export type TDiscussionReportedPost = z.infer<typeof ZDiscussionReportedPostSchema>;

/** 审核概况: how many posts are reported, hidden pending review, restored, removed. */
export const ZDiscussionModerationCountsSchema = z.object({
  reported: z.number().int(),
  hidden: z.number().int(),
  restored: z.number().int(),
  removed: z.number().int(),
});
export const ZDiscussionModerationSchema = z.object({
  counts: ZDiscussionModerationCountsSchema,
  items: z.array(ZDiscussionReportedPostSchema),
  total: z.number().int(),
});
export type TDiscussionModeration = z.infer<typeof ZDiscussionModerationSchema>;
