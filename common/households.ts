import { requiredText } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZRankSchema } from './org.ts';
import { ZDateTimeSchema } from './paging.ts';
import { ZPhoneSchema } from './phone-schema.ts';
import { z } from './zod.ts';

/**
 * 住户类别 are data: rows of `household_categories`, seeded with the 2014 plan's 贫困户 (poor),
 * 舆情户 (opinion), 老党员户 (old_member), 产业大户 (large_producer) and 其他 (other) — migration 0021;
 * the admin adds, renames, orders and retires them and flags which count as poor (`countsAsPoor`).
 */
/** A household category's code (a row of `household_categories`): lower-case letters, digits, _. */
export const ZHouseholdCategorySchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,31}$/,
    '类别代码须以小写字母开头，只含小写字母、数字和下划线，最多 32 个字符',
  );
export type THouseholdCategory = z.infer<typeof ZHouseholdCategorySchema>;

/** How many categories one household may carry. */
export const MAX_CATEGORIES_PER_HOUSEHOLD = 10;

/** 住户类别 — a category of households, as the admin keeps them (系统设置 → 住户类别). */
export const ZHouseholdCategoryItemSchema = z.object({
  code: ZHouseholdCategorySchema,
  label: z.string().describe('中文名称，如“贫困户”'),
  sortOrder: z.number().int().describe('排序（小的在前）'),
  active: z.boolean().describe('false = 停用：不能再给住户选，已有住户保留'),
  countsAsPoor: z.boolean().describe('计为贫困户：结对概况和达标情况的“帮扶贫困户”按此统计'),
  updatedAt: ZDateTimeSchema,
});
export type THouseholdCategoryItem = z.infer<typeof ZHouseholdCategoryItemSchema>;
export const ZHouseholdCategoryListSchema = z.object({
  items: z.array(ZHouseholdCategoryItemSchema),
});

const categoryFields = {
  label: requiredText('类别名称', MAX_LEN.shortName),
  sortOrder: z
    .number('排序须为 0 至 999 之间的整数')
    .int('排序须为 0 至 999 之间的整数')
    .min(0, '排序须为 0 至 999 之间的整数')
    .max(999, '排序须为 0 至 999 之间的整数'),
  active: z.boolean(),
  countsAsPoor: z.boolean(),
};
export const ZHouseholdCategoryCreateSchema = z.strictObject({
  code: ZHouseholdCategorySchema,
  ...categoryFields,
  sortOrder: categoryFields.sortOrder.default(0),
  active: categoryFields.active.default(true),
  countsAsPoor: categoryFields.countsAsPoor.default(false),
});
export type THouseholdCategoryCreate = z.infer<typeof ZHouseholdCategoryCreateSchema>;
export const ZHouseholdCategoryUpdateSchema = z.strictObject(categoryFields).partial();
export type THouseholdCategoryUpdate = z.infer<typeof ZHouseholdCategoryUpdateSchema>;
export const ZHouseholdCategoryParamsSchema = z.object({ code: ZHouseholdCategorySchema });

export { LANDLINE_RE, MOBILE_RE } from './phone.ts';

/** the one phone rule (common/phone.ts) */
export const ZHouseholdPhoneSchema = ZPhoneSchema;

/** 家庭成员 */
export const ZHouseholdMemberSchema = z.object({
  name: requiredText('成员姓名', MAX_LEN.personName),
  relation: requiredText('与户主关系', MAX_LEN.relation),
});
export type THouseholdMember = z.infer<typeof ZHouseholdMemberSchema>;

/**
 * 户 — as lists and exports show it: `idNumber` and `phone` are masked (PIPL) unless the reader
 * asked for them with `reveal=true` and may see them (`revealed: true`).
 */
export const ZHouseholdSchema = z.object({
  id: z.uuid(),
  contactPointId: z.uuid(),
  contactPointName: z.string(),
  orgId: z.uuid().describe('联系点所属单位'),
  orgName: z.string(),
  headName: z.string(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string(),
  members: z.array(z.object({ name: z.string(), relation: z.string() })),
  categories: z.array(ZHouseholdCategorySchema),
  notes: z.string(),
  active: z.boolean(),
  pairedCadres: z.array(z.string()).describe('当前结对干部'),
  revealed: z.boolean().describe('身份证号、电话为完整值（否则已脱敏）'),
  createdAt: ZDateTimeSchema,
  updatedAt: ZDateTimeSchema,
});
export type THousehold = z.infer<typeof ZHouseholdSchema>;

/** 结对 — a cadre paired with a household; `endDate` null while it lasts. */
export const ZPairingSchema = z.object({
  id: z.uuid(),
  cadreId: z.uuid(),
  cadreName: z.string(),
  cadreRank: ZRankSchema,
  cadreOrgId: z.uuid(),
  cadreOrgName: z.string(),
  householdId: z.uuid(),
  householdHeadName: z.string(),
  householdCategories: z.array(ZHouseholdCategorySchema),
  contactPointId: z.uuid(),
  contactPointName: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
  active: z.boolean(),
  createdAt: ZDateTimeSchema,
});
export type TPairing = z.infer<typeof ZPairingSchema>;

/** 帮扶 — a measure taken for a household and its result. */
export const ZAssistanceSchema = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  householdHeadName: z.string(),
  householdCategories: z.array(ZHouseholdCategorySchema),
  contactPointName: z.string(),
  cadreId: z.uuid(),
  cadreName: z.string(),
  orgId: z.uuid().describe('干部所在单位'),
  orgName: z.string(),
  date: z.string(),
  measure: z.string(),
  result: z.string(),
  editable: z.boolean().describe('当前用户可修改（干部只能修改本人的记录）'),
  createdAt: ZDateTimeSchema,
  updatedAt: ZDateTimeSchema,
});
export type TAssistance = z.infer<typeof ZAssistanceSchema>;
