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
} satisfies Record<string, SettingDef<TSettingValue>>;

export type SettingKey = keyof typeof settingsCatalog;
export type SettingValueOf<K extends SettingKey> = (typeof settingsCatalog)[K]['default'];
export const SETTING_KEYS = Object.keys(settingsCatalog) as SettingKey[];

export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(settingsCatalog, key);
