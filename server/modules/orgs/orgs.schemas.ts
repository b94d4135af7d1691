import { ZOrgSchema } from '../../../common/org.ts';
import { listOf, ZPageQuerySchema } from '../../../common/paging.ts';

export { ZOrgCreateSchema, ZOrgSchema, ZOrgUpdateSchema } from '../../../common/org.ts';
export const ZOrgListQuerySchema = ZPageQuerySchema.pick({ q: true });
export const ZOrgListSchema = listOf(ZOrgSchema);
