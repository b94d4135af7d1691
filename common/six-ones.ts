import { text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { z } from './zod.ts';

/**
 * 六个一 — the six things every leading cadre keeps (SPEC §5, plan item 3), in the plan's order,
 * and what counts as "done" for each: data per campaign (`campaigns.six_ones_rules` over
 * DEFAULT_SIX_ONES_RULES), edited by the office.
 */
export {
  SIX_ONES_KEYS,
  SIX_ONES_LABELS,
  type TSixOnesKey,
} from './six-ones-terms.ts';

import { SIX_ONES_KEYS } from './six-ones-terms.ts';

export const ZSixOnesRulesSchema = z.object({
  research: z.object({
    /** 已认领 / 已提交 / 报告已通过 / 已发布 */
    require: z.enum(['claimed', 'submitted', 'approved', 'published']),
  }),
  card: z.object({
    /** 已印制, or 已发放 at least `minHandedOut` cards */
    require: z.enum(['printed', 'handed_out']),
    minHandedOut: z.number().int().min(0).max(100000),
  }),
  mailbox: z.object({
    /** 已开通 (an address), or 已收信 (at least one mail this campaign) */
    require: z.enum(['address', 'received']),
  }),
  letter: z.object({
    /** 已通过 / 已发布 / 已发布并寄发 to at least `minContactPoints` contact points */
    require: z.enum(['approved', 'published', 'delivered']),
    minContactPoints: z.number().int().min(0).max(1000),
  }),
  demands: z.object({
    /** at least this many demands reached the cadre this campaign */
    minCount: z.number().int().min(0).max(100000),
  }),
  ledger: z.object({
    /** signed-off share of the cadre's cases, 0–1 (0: a ledger with any cases) */
    minSignedOffShare: z.number().min(0).max(1),
  }),
});
export type TSixOnesRules = z.infer<typeof ZSixOnesRulesSchema>;

export const DEFAULT_SIX_ONES_RULES: TSixOnesRules = {
  research: { require: 'approved' },
  card: { require: 'printed', minHandedOut: 0 },
  mailbox: { require: 'address' },
  letter: { require: 'delivered', minContactPoints: 1 },
  demands: { minCount: 1 },
  ledger: { minSignedOffShare: 0.5 },
};

/** One of the six for one cadre: whether it is done, and in words what there is or is missing. */
export const ZSixOnesItemSchema = z.object({
  key: z.enum(SIX_ONES_KEYS),
  label: z.string().describe('名称'),
  done: z.boolean(),
  detail: z.string().describe('现状或缺什么，如「报告已通过」「未认领」'),
  /** where in the admin app it is done */
  link: z.string().nullable(),
});
export type TSixOnesItem = z.infer<typeof ZSixOnesItemSchema>;

export const ZCadreSixOnesSchema = z.object({
  cadreId: z.uuid(),
  campaignId: z.uuid().nullable(),
  items: z.array(ZSixOnesItemSchema),
});
export type TCadreSixOnes = z.infer<typeof ZCadreSixOnesSchema>;

export const ZSixOnesBoardRowSchema = z.object({
  cadreId: z.uuid(),
  cadreName: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  post: z.string(),
  leading: z.boolean(),
  done: z.number().int().describe('已完成几项（共 6 项）'),
  items: z.array(ZSixOnesItemSchema),
});
export type TSixOnesBoardRow = z.infer<typeof ZSixOnesBoardRowSchema>;

// --- 六个一看板 (issue 12 §4): the board, the rules dialog, the reminders ---

/** The campaign a board is computed for (none: no active campaign and none asked for). */
export const ZSixOnesCampaignRefSchema = z
  .object({ id: z.uuid(), name: z.string(), startDate: z.string(), endDate: z.string() })
  .nullable();

export const ZSixOnesBoardSchema = z.object({
  items: z.array(ZSixOnesBoardRowSchema),
  total: z.number().int(),
  campaign: ZSixOnesCampaignRefSchema,
  /** of all `total` rows (not only this page): how many lack at least one of the six */
  incomplete: z.number().int(),
});
export type TSixOnesBoard = z.infer<typeof ZSixOnesBoardSchema>;

/** 完成标准 of a campaign: the rules and the pledge printed on its cards (GET and PUT). */
export const ZSixOnesSettingsSchema = z.object({
  rules: ZSixOnesRulesSchema,
  pledge: text('连心卡承诺', MAX_LEN.pledge),
});
export type TSixOnesSettings = z.infer<typeof ZSixOnesSettingsSchema>;

/** 发送提醒: the leading cadres (of a unit) missing any of `keys` (default: any of the six). */
export const ZSixOnesReminderSchema = z.object({
  orgId: z.uuid().optional().describe('单位（含下级单位）；默认本人管辖范围'),
  campaignId: z.uuid().optional().describe('默认：当前进行中的活动'),
  keys: z
    .array(z.enum(SIX_ONES_KEYS))
    .min(1, '请至少选择一项')
    .max(SIX_ONES_KEYS.length)
    .optional()
    .describe('只提醒缺这几项的；默认六项任缺一项'),
});
export type TSixOnesReminder = z.infer<typeof ZSixOnesReminderSchema>;

export const ZSixOnesReminderResultSchema = z.object({
  /** leading cadres missing at least one of the items asked about */
  missing: z.number().int(),
  /** notifications sent now (one already sent today for the campaign is not sent again) */
  sent: z.number().int(),
  /** missing cadres without an enabled account to notify */
  skippedNoAccount: z.number().int(),
});
export type TSixOnesReminderResult = z.infer<typeof ZSixOnesReminderResultSchema>;
