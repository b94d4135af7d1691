import { ZAttachmentIdsSchema } from '../../../common/attachments.ts';
import {
  CASE_ACTIONS,
  CASE_CHANNELS,
  CASE_STATUSES,
  ZCaseCreateSchema,
} from '../../../common/cases.ts';
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
});
export type TCaseFilter = z.infer<typeof ZCaseFilterSchema>;

export const ZCaseListQuerySchema = ZCaseFilterSchema.extend(
  ZPageQuerySchema.pick({ page: true, pageSize: true }).shape,
);
export type TCaseListQuery = z.infer<typeof ZCaseListQuerySchema>;

export const ZTrackingParamsSchema = z.object({
  trackingCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[2-9A-HJ-NP-Z]{10}$/, '查询码应为 10 位字母或数字'),
});

/** Staff entry: the common fields plus uploads (a letter's scan) claimed by the new case. */
export const ZCaseStaffCreateSchema = ZCaseCreateSchema.extend({
  attachmentIds: ZAttachmentIdsSchema.describe(
    '先上传（POST /api/attachments）的附件 id，如信函扫描件',
  ),
});
export type TCaseStaffCreate = z.infer<typeof ZCaseStaffCreateSchema>;

/** A step the signed-in user may take on a case now, with the fields it needs. */
export const ZCaseActionOptionSchema = z.object({
  action: z.enum(CASE_ACTIONS),
  label: z.string(),
  needs: z.array(z.enum(['orgId', 'handlerCadreId', 'answer', 'reason', 'mergeIntoId'])),
});
