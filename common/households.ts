import { requiredText } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZRankSchema } from './org.ts';
import { ZDateTimeSchema } from './paging.ts';
import { ZPhoneSchema } from './phone-schema.ts';
import { HOUSEHOLD_CATEGORY_CODES } from './terms.ts';
import { z } from './zod.ts';

/** 贫困户 poor, 舆情户 public opinion, 老党员户 old party member, 产业大户 large producer, 其他 other */
export const HOUSEHOLD_CATEGORIES = HOUSEHOLD_CATEGORY_CODES;
export const ZHouseholdCategorySchema = z.enum(HOUSEHOLD_CATEGORIES);
export type THouseholdCategory = z.infer<typeof ZHouseholdCategorySchema>;

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
