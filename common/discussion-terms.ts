// No zod here: the admin app imports these lists as values. The answers: ./discussion.ts.

/** 讨论范围: 本单位 (the author's unit and the units below it) or 全局 (everyone). */
export const DISCUSSION_AUDIENCES = ['unit', 'bureau'] as const;
export type TDiscussionAudience = (typeof DISCUSSION_AUDIENCES)[number];
export const DISCUSSION_AUDIENCE_LABELS: Record<TDiscussionAudience, string> = {
  unit: '本单位',
  bureau: '全局',
};

/**
 * A post's moderation state (the workflow kind `discussion_post`): 正常, 待审核 (hidden after
 * reports, as Decidim hides at its threshold), 已删除 (removed by a moderator with a reason).
 */
export const DISCUSSION_POST_STATES = ['visible', 'hidden', 'removed'] as const;
export type TDiscussionPostState = (typeof DISCUSSION_POST_STATES)[number];
export const DISCUSSION_POST_STATE_LABELS: Record<TDiscussionPostState, string> = {
  visible: '正常',
  hidden: '待审核',
  removed: '已删除',
};

/** 举报理由 */
export const DISCUSSION_REPORT_REASONS = ['spam', 'offensive', 'off_topic'] as const;
export type TDiscussionReportReason = (typeof DISCUSSION_REPORT_REASONS)[number];
export const DISCUSSION_REPORT_REASON_LABELS: Record<TDiscussionReportReason, string> = {
  spam: '广告灌水',
  offensive: '人身攻击/不文明',
  off_topic: '与主题无关',
};

/** The hard ceilings behind the settings (a setting may lower the limit, never raise it above). */
export const DISCUSSION_MAX = { title: 200, body: 10_000 } as const;
