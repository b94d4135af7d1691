import { dateRange } from '../../../common/fields.ts';
import { listOf, ZDateSchema, ZMonthSchema, ZPageQuerySchema } from '../../../common/paging.ts';
import { ZVisitSchema } from '../../../common/visits.ts';
import { z } from '../../../common/zod.ts';

export { ZVisitCreateSchema, ZVisitSchema, ZVisitUpdateSchema } from '../../../common/visits.ts';
export const ZVisitFilterSchema = z
  .object({
    cadreId: z.uuid().optional(),
    orgId: z.uuid().optional().describe('单位（含下级单位）'),
    contactPointId: z.uuid().optional(),
    month: ZMonthSchema.optional().describe('只看这个月的走访'),
    from: ZDateSchema.optional(),
    to: ZDateSchema.optional(),
  })
  .superRefine(dateRange('from', 'to'));
export type TVisitFilter = z.infer<typeof ZVisitFilterSchema>;
export const ZVisitListQuerySchema = ZPageQuerySchema.omit({ q: true })
  .extend(ZVisitFilterSchema.shape)
  .superRefine(dateRange('from', 'to'));
export type TVisitListQuery = z.infer<typeof ZVisitListQuerySchema>;
export const ZVisitListSchema = listOf(ZVisitSchema);
