import type { TSettingInput, TSettingValue } from '../../../common/settings.ts';
import { z } from '../../../common/zod.ts';
import { settingText } from '../../platform/i18n/zh-CN.ts';

/** What one setting is: its words (i18n), the values it takes, and its 2014 value. */
export type SettingDef<T extends TSettingValue> = {
  label: string;
  description: string;
  unit: string;
  schema: z.ZodType<T>;
  default: T;
  input: TSettingInput;
  /** the other half of a min/max pair: this value may not be above (or below) that setting's */
  bound?: { key: string; is: 'notAbove' | 'notBelow' };
};

function integerSetting(
  text: { label: string; description: string; unit: string },
  bounds: { min: number; max: number; default: number },
  bound?: SettingDef<number>['bound'],
): SettingDef<number> {
  const words = settingText.integerBetween(bounds.min, bounds.max);
  return {
    ...text,
    schema: z.number(words).int(words).min(bounds.min, words).max(bounds.max, words),
    default: bounds.default,
    input: { kind: 'integer', min: bounds.min, max: bounds.max },
    ...(bound ? { bound } : {}),
  };
}

/**
 * Every setting Tiexin knows. A row of `settings` holds the current value (seeded by a migration
 * with `default`); a key missing there (a setting added later, before its seed) reads as its
 * default. Add a key here, its words in i18n, and its seed row in a migration.
 */
export const settingsCatalog = {
  /** 回执上限（每个号码/邮箱） */
  'receipts.perRecipientPerDay': integerSetting(settingText['receipts.perRecipientPerDay'], {
    min: 1,
    max: 100,
    default: 3,
  }),
  /** 回执上限（每个提交地址） */
  'receipts.perSubmitterAddressPerDay': integerSetting(
    settingText['receipts.perSubmitterAddressPerDay'],
    { min: 1, max: 10_000, default: 10 },
  ),
  /** 结对户数下限（无活动指标时）: plan item 3 每人至少联系群众 3-5 户 */
  'pairings.minHouseholds': integerSetting(
    settingText['pairings.minHouseholds'],
    { min: 1, max: 50, default: 3 },
    { key: 'pairings.maxHouseholds', is: 'notAbove' },
  ),
  /** 结对户数上限（无活动指标时） */
  'pairings.maxHouseholds': integerSetting(
    settingText['pairings.maxHouseholds'],
    { min: 1, max: 50, default: 5 },
    { key: 'pairings.minHouseholds', is: 'notBelow' },
  ),
  /** 答复后自动销号天数: an answer left unrated this many days is signed off by the system */
  'cases.autoSignOffDays': integerSetting(settingText['cases.autoSignOffDays'], {
    min: 1,
    max: 90,
    default: 15,
  }),
  /** 默认办理时限: working days, for a category without a time limit of its own */
  'cases.defaultTimeLimitDays': integerSetting(settingText['cases.defaultTimeLimitDays'], {
    min: 1,
    max: 90,
    default: 15,
  }),
  // --- 学习座谈、观看 (issue 13 §2) ---
  /** 记录补登期限: attendance, minutes and attachments may be written until this many days after the end */
  'learning.recordWindowDays': integerSetting(settingText['learning.recordWindowDays'], {
    min: 0,
    max: 30,
    default: 3,
  }),
  /** 签到码刷新间隔: one QR code lasts this many seconds (and is accepted one period more) */
  'learning.checkinTokenSeconds': integerSetting(settingText['learning.checkinTokenSeconds'], {
    min: 30,
    max: 900,
    default: 120,
  }),
  /** 迟到界限: a check-in this many minutes after the start counts as late */
  'learning.lateAfterMinutes': integerSetting(settingText['learning.lateAfterMinutes'], {
    min: 0,
    max: 120,
    default: 15,
  }),
  /** 补录期限: an approved late entry stays open this many days from the approval */
  'learning.lateEntryDays': integerSetting(settingText['learning.lateEntryDays'], {
    min: 1,
    max: 30,
    default: 7,
  }),
  // --- 学习讨论 and 一线服务 (issue 13) ---
  /** 讨论主题标题字数上限 */
  'discussion.titleMaxLength': integerSetting(settingText['discussion.titleMaxLength'], {
    min: 10,
    max: 200,
    default: 60,
  }),
  /** 讨论帖正文字数上限 */
  'discussion.bodyMaxLength': integerSetting(settingText['discussion.bodyMaxLength'], {
    min: 50,
    max: 10_000,
    default: 2000,
  }),
  /** 举报多少次后隐藏待审核 (Decidim's max_reports_before_hiding, 3) */
  'discussion.hideAfterReports': integerSetting(settingText['discussion.hideAfterReports'], {
    min: 1,
    max: 50,
    default: 3,
  }),
  /** 发帖后可修改的分钟数 */
  'discussion.editWindowMinutes': integerSetting(settingText['discussion.editWindowMinutes'], {
    min: 0,
    max: 1440,
    default: 30,
  }),
  /** 每名干部志愿服务时长目标（每次活动） */
  'learning.volunteerHoursPerCadre': integerSetting(
    settingText['learning.volunteerHoursPerCadre'],
    { min: 0, max: 1000, default: 8 },
  ),
  /** 材料雷同提示阈值 (percent): similarity of two materials at or above it is flagged */
  'documents.similarityThreshold': integerSetting(settingText['documents.similarityThreshold'], {
    min: 10,
    max: 100,
    default: 60,
  }),
  /** 生活会到会比例: at least numerator/denominator of those due (the regulations: 2/3) */
  'meetings.quorumNumerator': integerSetting(
    settingText['meetings.quorumNumerator'],
    { min: 1, max: 100, default: 2 },
    { key: 'meetings.quorumDenominator', is: 'notAbove' },
  ),
  'meetings.quorumDenominator': integerSetting(
    settingText['meetings.quorumDenominator'],
    { min: 1, max: 100, default: 3 },
    { key: 'meetings.quorumNumerator', is: 'notBelow' },
  ),
  /** 生活会上报时限: the report to the level above within this many days of the meeting */
  'meetings.reportWithinDays': integerSetting(settingText['meetings.reportWithinDays'], {
    min: 1,
    max: 90,
    default: 15,
  }),
  /** 首页关注名单: reopened (不满意) this many times */
  'dashboard.watchReopened': integerSetting(settingText['dashboard.watchReopened'], {
    min: 1,
    max: 20,
    default: 3,
  }),
  /** 首页关注名单: passed through this many units (交办/转办) */
  'dashboard.watchUnits': integerSetting(settingText['dashboard.watchUnits'], {
    min: 2,
    max: 20,
    default: 3,
  }),
  /** 首页达标率走势: the months it shows */
  'dashboard.trendMonths': integerSetting(settingText['dashboard.trendMonths'], {
    min: 3,
    max: 12,
    default: 6,
  }),
} satisfies Record<string, SettingDef<TSettingValue>>;

export type SettingKey = keyof typeof settingsCatalog;
export type SettingValueOf<K extends SettingKey> = (typeof settingsCatalog)[K]['default'];
export const SETTING_KEYS = Object.keys(settingsCatalog) as SettingKey[];

export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(settingsCatalog, key);
