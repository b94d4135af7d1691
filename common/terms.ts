/**
 * The enumerations of the platform's records, each declared once, without zod: the schemas
 * (org.ts, campaigns.ts, households.ts, outbox.ts) build their `z.enum`s from these, the database
 * schema its column enums, and both web apps import them as values without a schema library in
 * the bundle. The words of a case are in ./case-terms.ts, the audit log's in ./audit.ts.
 */

/** 局 / 局机关科室 / 局属单位 / 党总支 / 党支部 */
export const ORG_KINDS = ['bureau', 'office', 'unit', 'general_branch', 'branch'] as const;
export type TOrgKind = (typeof ORG_KINDS)[number];

/** 县级 county-level, 科级 section-level, 一般 other */
export const RANKS = ['county', 'section', 'other'] as const;
export type TRank = (typeof RANKS)[number];

export const GENDERS = ['male', 'female'] as const;
export type TGender = (typeof GENDERS)[number];

/** 村 / 社区 */
export const CONTACT_POINT_KINDS = ['village', 'community'] as const;
export type TContactPointKind = (typeof CONTACT_POINT_KINDS)[number];

/** 草稿 draft, 进行中 active, 已结束 closed */
export const CAMPAIGN_STATUSES = ['draft', 'active', 'closed'] as const;
export type TCampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * What a campaign is, shown to users: 草稿 while a draft; once started, 未开始 / 进行中 / 已结束
 * by its dates (China's calendar day); 已结束 as soon as the office closes it, even early.
 */
export const CAMPAIGN_STATES = ['draft', 'not_started', 'ongoing', 'ended'] as const;
export type TCampaignState = (typeof CAMPAIGN_STATES)[number];

/** The module of Tiexin that carries an activity's work (the column enum of campaign_activities). */
export const ACTIVITY_MODULES = [
  'learning',
  'visits',
  'six_ones',
  'cases',
  'self_exam',
  'models',
  'publicity',
  'other',
] as const;
export type TActivityModule = (typeof ACTIVITY_MODULES)[number];

/** Built-in campaign templates (data in server/modules/campaigns/templates/). */
export const CAMPAIGN_TEMPLATES = ['gong-2014'] as const;
export type TCampaignTemplate = (typeof CAMPAIGN_TEMPLATES)[number];

/** 任务分解: 未开始 (0 %), 进行中, 已完成 (100 %) */
export const ASSIGNMENT_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type TAssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** A cadre's pairings against his range: 少于下限 below / 在范围内 ok / 多于上限 above */
export const QUOTA_STATUSES = ['below', 'ok', 'above'] as const;
export type TQuotaStatus = (typeof QUOTA_STATUSES)[number];

/** 邮件 / 短信 */
export const OUTBOX_KINDS = ['email', 'sms'] as const;
export type TOutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * 待发送 → 已发送 | 发送失败 (after the retries) | 已保留 (no relay / gateway configured);
 * 超出上限未发送: a receipt over a daily cap (系统设置), kept with its reason, never sent
 */
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'kept', 'capped'] as const;
export type TOutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** What an in-app notification is about: 指标提醒, 任务逾期, 诉求件升级, 其他, 六个一提醒 */
export const NOTIFICATION_KINDS = [
  'quota_reminder',
  'assignment_overdue',
  'case_escalated',
  'info',
  'six_ones_reminder',
  // 学习资料签收提醒 (issue 13 §1)
  'material_reminder',
  // 月报已生成 (issue 14 §2): the job's report of the month, to the office accounts
  'report_ready',
] as const;
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number];
