import { ZMaterialDistributionSchema, ZMaterialSchema } from '../../../common/materials.ts';
import { MATERIAL_KINDS } from '../../../common/materials-terms.ts';
import {
  listOf,
  ZIdParamsSchema,
  ZPageQuerySchema,
  ZQueryBoolSchema,
} from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export {
  ZMaterialCreateSchema,
  ZMaterialDistributionSchema,
  ZMaterialReceiptSchema,
  ZMaterialReminderResultSchema,
  ZMaterialReminderSchema,
  ZMaterialSchema,
  ZMaterialSendSchema,
  ZMaterialUpdateSchema,
  ZMaterialViewSchema,
} from '../../../common/materials.ts';

export const ZMaterialFilterSchema = z.object({
  q: ZPageQuerySchema.shape.q,
  kind: z.enum(MATERIAL_KINDS).optional().describe('类别'),
  campaignId: z.uuid().optional().describe('活动'),
  orgId: z.uuid().optional().describe('单位（含下级单位）：发放到该单位的资料，统计也只算该单位'),
  pending: ZQueryBoolSchema.optional().describe('true：只看本人管辖范围内有未签收发放的资料'),
});
export type TMaterialFilter = z.infer<typeof ZMaterialFilterSchema>;
export const ZMaterialListQuerySchema = ZPageQuerySchema.extend(ZMaterialFilterSchema.shape);
export type TMaterialListQuery = z.infer<typeof ZMaterialListQuerySchema>;
export const ZMaterialListSchema = listOf(ZMaterialSchema);

export const ZDistributionListQuerySchema = ZPageQuerySchema.extend({
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  received: ZQueryBoolSchema.optional().describe('false：只看未签收的；true：只看已签收的'),
});
export type TDistributionListQuery = z.infer<typeof ZDistributionListQuerySchema>;
export const ZDistributionListSchema = listOf(ZMaterialDistributionSchema);

export const ZDistributionParamsSchema = ZIdParamsSchema.extend({
  childId: ZIdParamsSchema.shape.id,
});
