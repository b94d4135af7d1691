import { requiredText } from '../../../common/fields.ts';
import { ZPairingSchema } from '../../../common/households.ts';
import { MAX_LEN } from '../../../common/limits.ts';
import { listOf, ZDateSchema, ZPageQuerySchema, ZQueryBoolSchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';
import { text as message } from '../../platform/i18n/zh-CN.ts';

export { ZPairingSchema } from '../../../common/households.ts';

export const ZPairingCreateSchema = z.object({
  cadreId: z.uuid(message('VALIDATION.cadreRequired')),
  householdIds: z
    .array(z.uuid(message('VALIDATION.householdRequired')))
    .min(1, message('VALIDATION.householdsRequired'))
    .max(50, message('VALIDATION.householdsMax', { max: 50 }))
    .transform((ids) => [...new Set(ids)]),
  startDate: ZDateSchema.describe('结对开始日期'),
});
export type TPairingCreate = z.infer<typeof ZPairingCreateSchema>;

export const ZPairingEndSchema = z.object({
  endDate: ZDateSchema.describe('结对的最后一天'),
  reason: requiredText('结束原因', MAX_LEN.reason),
});
export type TPairingEnd = z.infer<typeof ZPairingEndSchema>;

export const ZPairingFilterSchema = z.object({
  cadreId: z.uuid().optional(),
  householdId: z.uuid().optional(),
  orgId: z.uuid().optional().describe('干部所在单位（含下级单位）'),
  active: ZQueryBoolSchema.optional().describe('true 进行中 / false 已结束'),
  mine: ZQueryBoolSchema.optional().describe('只看本人（干部账号）的结对'),
});
export type TPairingFilter = z.infer<typeof ZPairingFilterSchema>;
/** The export takes the overview page's search too (cadre's name). */
export const ZPairingExportQuerySchema = ZPairingFilterSchema.extend({
  q: ZPageQuerySchema.shape.q.describe('干部姓名'),
});
export type TPairingExportQuery = z.infer<typeof ZPairingExportQuerySchema>;
export const ZPairingListQuerySchema = ZPageQuerySchema.extend(ZPairingFilterSchema.shape);
export type TPairingListQuery = z.infer<typeof ZPairingListQuerySchema>;
export const ZPairingListSchema = listOf(ZPairingSchema);
export const ZPairingCreatedSchema = z.object({ items: z.array(ZPairingSchema) });

export const ZPairingOverviewQuerySchema = ZPageQuerySchema.extend({
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
});
export type TPairingOverviewQuery = z.infer<typeof ZPairingOverviewQuerySchema>;

export {
  type TPairingOverviewItem,
  ZPairingOverviewItemSchema,
  ZPairingOverviewSchema,
  ZQuotaStatusSchema,
} from '../../../common/pairings.ts';
