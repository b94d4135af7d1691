import { ZRoleSchema, ZUserSchema } from '../../../common/auth.ts';
import { listOf, ZPageQuerySchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export {
  ZPasswordChangeSchema,
  ZUserCreateSchema,
  ZUserSchema,
  ZUserUpdateSchema,
} from '../../../common/auth.ts';
export const ZUserListQuerySchema = ZPageQuerySchema.extend({
  role: ZRoleSchema.optional(),
  orgId: z.uuid().optional(),
});
export type TUserListQuery = z.infer<typeof ZUserListQuerySchema>;
export const ZUserListSchema = listOf(ZUserSchema);
