import { requiredText, text } from '../../../common/fields.ts';
import {
  MAX_CATEGORIES_PER_HOUSEHOLD,
  ZHouseholdCategorySchema,
  ZHouseholdMemberSchema,
  ZHouseholdPhoneSchema,
  ZHouseholdSchema,
} from '../../../common/households.ts';
import { MAX_LEN } from '../../../common/limits.ts';
import { listOf, ZPageQuerySchema, ZQueryBoolSchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';
import { text as message } from '../../platform/i18n/zh-CN.ts';
import { checkIdNumber, idNumberMessages } from '../../platform/idnumber.ts';

export { ZHouseholdSchema } from '../../../common/households.ts';

/** 身份证号 (GB 11643): 18 characters, a real birth date, the right check character. */
export const ZIdNumberSchema = text('身份证号', MAX_LEN.idNumber)
  .toUpperCase()
  .superRefine((v, ctx) => {
    const problem = checkIdNumber(v);
    if (problem) ctx.addIssue({ code: 'custom', message: idNumberMessages[problem] });
  });

const MAX_MEMBERS = 30;
const members = z
  .array(ZHouseholdMemberSchema)
  .max(MAX_MEMBERS, message('VALIDATION.membersMax', { max: MAX_MEMBERS }));
const categories = z
  .array(ZHouseholdCategorySchema)
  .max(
    MAX_CATEGORIES_PER_HOUSEHOLD,
    message('VALIDATION.categoriesMax', { max: MAX_CATEGORIES_PER_HOUSEHOLD }),
  );
const distinct = <T>(items: T[]) => [...new Set(items)];

export const ZHouseholdCreateSchema = z.object({
  contactPointId: z.uuid(message('VALIDATION.contactPointRequired')),
  headName: requiredText('户主姓名', MAX_LEN.personName),
  idNumber: ZIdNumberSchema.nullable().optional(),
  phone: ZHouseholdPhoneSchema.nullable().optional(),
  address: text('住址', MAX_LEN.address).default(''),
  members: members.default([]),
  categories: categories.default([]).transform(distinct),
  notes: text('情况备注', MAX_LEN.note).default(''),
});
export type THouseholdCreate = z.infer<typeof ZHouseholdCreateSchema>;

export const ZHouseholdUpdateSchema = z.object({
  ...ZHouseholdCreateSchema.partial().shape,
  address: text('住址', MAX_LEN.address).optional(),
  members: members.optional(),
  categories: categories.transform(distinct).optional(),
  notes: text('情况备注', MAX_LEN.note).optional(),
  active: z.boolean().optional().describe('false = 停用（迁出、销户）；停用时结束其结对'),
});
export type THouseholdUpdate = z.infer<typeof ZHouseholdUpdateSchema>;

export const ZHouseholdFilterSchema = z.object({
  q: ZPageQuerySchema.shape.q.describe(
    '户主姓名、住址、电话或身份证号（无权查看完整号码的，只匹配列表中显示的数字）',
  ),
  contactPointId: z.uuid().optional(),
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  category: ZHouseholdCategorySchema.optional(),
  active: ZQueryBoolSchema.optional(),
  duplicateIdNumber: ZQueryBoolSchema.optional().describe(
    '只列身份证号与其他住户重复的住户（跨单位重复登记，待活动办合并；限管理员、活动办）',
  ),
  pairableFor: z
    .uuid()
    .optional()
    .describe('可与该干部结对的住户：干部所在单位及上级单位联系点的在册住户，且尚未与其结对'),
});
export type THouseholdFilter = z.infer<typeof ZHouseholdFilterSchema>;
export const ZHouseholdListQuerySchema = ZPageQuerySchema.extend(ZHouseholdFilterSchema.shape);
export type THouseholdListQuery = z.infer<typeof ZHouseholdListQuerySchema>;
export const ZHouseholdListSchema = listOf(ZHouseholdSchema);

export const ZHouseholdGetQuerySchema = z.object({
  reveal: ZQueryBoolSchema.optional().describe('返回完整身份证号和电话（记入审计日志）'),
});
