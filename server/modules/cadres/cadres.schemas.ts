import { ZCadreSchema, ZRankSchema } from '../../../common/org.ts';
import { listOf, ZPageQuerySchema, ZQueryBoolSchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export { ZCadreCreateSchema, ZCadreSchema, ZCadreUpdateSchema } from '../../../common/org.ts';

export const ZCadreFilterSchema = z.object({
  q: ZPageQuerySchema.shape.q,
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  rank: ZRankSchema.optional(),
  leading: ZQueryBoolSchema.optional().describe('只看领导干部'),
  active: ZQueryBoolSchema.optional().describe('在职 true / 已停用 false'),
});
export const ZCadreListQuerySchema = ZPageQuerySchema.extend(ZCadreFilterSchema.shape);
export type TCadreListQuery = z.infer<typeof ZCadreListQuerySchema>;
export type TCadreFilter = z.infer<typeof ZCadreFilterSchema>;
export const ZCadreListSchema = listOf(ZCadreSchema);
