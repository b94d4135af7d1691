import { dateRange, requiredText, text } from '../../../common/fields.ts';
import { ZAssistanceSchema } from '../../../common/households.ts';
import { MAX_LEN } from '../../../common/limits.ts';
import { listOf, ZDateSchema, ZMonthSchema, ZPageQuerySchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';
import { text as message } from '../../platform/i18n/zh-CN.ts';

export { ZAssistanceSchema } from '../../../common/households.ts';

const measure = requiredText('帮扶措施', MAX_LEN.note);
const result = text('帮扶成效', MAX_LEN.note);

export const ZAssistanceCreateSchema = z.object({
  householdId: z.uuid(message('VALIDATION.householdRequired')),
  cadreId: z
    .uuid(message('VALIDATION.cadreRequired'))
    .optional()
    .describe('不填则为本人（干部账号关联的干部）'),
  date: ZDateSchema.describe('帮扶日期'),
  measure,
  result: result.default(''),
});
export type TAssistanceCreate = z.infer<typeof ZAssistanceCreateSchema>;

export const ZAssistanceUpdateSchema = z.object({
  date: ZDateSchema.optional(),
  measure: measure.optional(),
  result: result.optional(),
});
export type TAssistanceUpdate = z.infer<typeof ZAssistanceUpdateSchema>;

export const ZAssistanceFilterSchema = z
  .object({
    q: ZPageQuerySchema.shape.q.describe('住户、干部姓名或措施'),
    householdId: z.uuid().optional(),
    cadreId: z.uuid().optional(),
    orgId: z.uuid().optional().describe('干部所在单位（含下级单位）'),
    from: ZMonthSchema.optional().describe('起始月份 YYYY-MM'),
    to: ZMonthSchema.optional().describe('截止月份 YYYY-MM（含）'),
  })
  .superRefine(dateRange('from', 'to'));
export type TAssistanceFilter = z.infer<typeof ZAssistanceFilterSchema>;
export const ZAssistanceListQuerySchema = ZPageQuerySchema.extend(
  ZAssistanceFilterSchema.shape,
).superRefine(dateRange('from', 'to'));
export type TAssistanceListQuery = z.infer<typeof ZAssistanceListQuerySchema>;
export const ZAssistanceListSchema = listOf(ZAssistanceSchema);
