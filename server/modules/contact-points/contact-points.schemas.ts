import { ZContactPointSchema } from '../../../common/org.ts';
import { listOf, ZPageQuerySchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export {
  ZContactPointCreateSchema,
  ZContactPointSchema,
  ZContactPointUpdateSchema,
} from '../../../common/org.ts';
export const ZContactPointListQuerySchema = ZPageQuerySchema.extend({
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
});
export type TContactPointListQuery = z.infer<typeof ZContactPointListQuerySchema>;
export const ZContactPointFilterSchema = ZContactPointListQuerySchema.omit({
  page: true,
  pageSize: true,
});
export type TContactPointFilter = z.infer<typeof ZContactPointFilterSchema>;
export const ZContactPointListSchema = listOf(ZContactPointSchema);
