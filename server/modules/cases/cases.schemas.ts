import {
  CASE_CHANNELS,
  CASE_RATINGS,
  CASE_STATUSES,
  ZTrackingCodeSchema,
} from '../../../common/cases.ts';
import { dateRange } from '../../../common/fields.ts';
import { ZDateSchema, ZPageQuerySchema, ZQueryBoolSchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export const ZCaseFilterSchema = ZPageQuerySchema.pick({ q: true }).extend({
  status: z.enum(CASE_STATUSES).optional(),
  channel: z.enum(CASE_CHANNELS).optional(),
  categoryId: z.uuid().optional(),
  orgId: z.uuid().optional(),
  handlerCadreId: z.uuid().optional(),
  cadreId: z.uuid().optional().describe('致信或承办的干部（诉求清单）'),
  from: ZDateSchema.optional().describe('提交日期起'),
  to: ZDateSchema.optional().describe('提交日期止'),
  overdue: ZQueryBoolSchema.optional(),
  rating: z.enum(CASE_RATINGS).optional().describe('群众评价（满意、基本满意、不满意）'),
});
export type TCaseFilter = z.infer<typeof ZCaseFilterSchema>;
/** The export's query: the filter, a reversed period refused on `to`. */
export const ZCaseExportQuerySchema = ZCaseFilterSchema.superRefine(dateRange('from', 'to'));

export const ZCaseListQuerySchema = ZCaseFilterSchema.extend(
  ZPageQuerySchema.pick({ page: true, pageSize: true }).shape,
).superRefine(dateRange('from', 'to'));
export type TCaseListQuery = z.infer<typeof ZCaseListQuerySchema>;

export const ZTrackingParamsSchema = z.object({
  trackingCode: ZTrackingCodeSchema,
});

/** The addressee of a citizen's letter (写给：…) as the public site shows it: no phone, no rank. */
export const ZPublicCadreSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  post: z.string(),
  orgName: z.string(),
});
