import { ZPageQuerySchema, ZQueryBoolSchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export {
  ZCadreSixOnesSchema,
  ZSixOnesBoardSchema,
  ZSixOnesReminderResultSchema,
  ZSixOnesReminderSchema,
  ZSixOnesSettingsSchema,
} from '../../../common/six-ones.ts';

export const ZSixOnesCadreQuerySchema = z.object({
  campaignId: z.uuid().optional().describe('默认：当前进行中的活动'),
});
export type TSixOnesCadreQuery = z.infer<typeof ZSixOnesCadreQuerySchema>;

export const ZSixOnesBoardQuerySchema = ZPageQuerySchema.extend({
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  campaignId: z.uuid().optional().describe('默认：当前进行中的活动'),
  leadingOnly: ZQueryBoolSchema.optional().describe(
    '只看领导干部（带头示范），默认 true；false 列出全部在职干部',
  ),
});
export type TSixOnesBoardQuery = z.infer<typeof ZSixOnesBoardQuerySchema>;

/** The export takes the board's filters, without paging. */
export const ZSixOnesFilterSchema = ZSixOnesBoardQuerySchema.omit({ page: true, pageSize: true });
export type TSixOnesFilter = z.infer<typeof ZSixOnesFilterSchema>;
