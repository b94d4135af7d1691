import { ZAssistanceSchema } from '../../../common/households.ts';
import { listOf, ZDateSchema, ZMonthSchema, ZPageQuerySchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export { ZAssistanceSchema } from '../../../common/households.ts';

const measure = z.string().trim().min(1, '请填写帮扶措施').max(2000, '帮扶措施不能超过 2000 个字');
const result = z.string().trim().max(2000, '帮扶成效不能超过 2000 个字');

export const ZAssistanceCreateSchema = z.object({
  householdId: z.uuid('请选择住户'),
  cadreId: z.uuid('请选择干部').optional().describe('不填则为本人（干部账号关联的干部）'),
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

export const ZAssistanceFilterSchema = z.object({
  q: ZPageQuerySchema.shape.q.describe('住户、干部姓名或措施'),
  householdId: z.uuid().optional(),
  cadreId: z.uuid().optional(),
  orgId: z.uuid().optional().describe('干部所在单位（含下级单位）'),
  from: ZMonthSchema.optional().describe('起始月份 YYYY-MM'),
  to: ZMonthSchema.optional().describe('截止月份 YYYY-MM（含）'),
});
export type TAssistanceFilter = z.infer<typeof ZAssistanceFilterSchema>;
export const ZAssistanceListQuerySchema = ZPageQuerySchema.extend(ZAssistanceFilterSchema.shape);
export type TAssistanceListQuery = z.infer<typeof ZAssistanceListQuerySchema>;
export const ZAssistanceListSchema = listOf(ZAssistanceSchema);
