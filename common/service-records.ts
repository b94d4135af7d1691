import { ZAttachmentIdsSchema, ZAttachmentSchema } from './attachments.ts';
import { requiredText, text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { listOf, ZDateSchema, ZDateTimeSchema } from './paging.ts';
import { SERVICE_RECORD_KINDS } from './service-record-terms.ts';
import { patchOf, z } from './zod.ts';

/** 选派一线 / 志愿服务: one record as the list and the form see it. */
export const ZServiceRecordSchema = z.object({
  id: z.uuid(),
  cadreId: z.uuid(),
  cadreName: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  campaignId: z.uuid().nullable(),
  campaignName: z.string().nullable(),
  kind: z.enum(SERVICE_RECORD_KINDS),
  startsOn: ZDateSchema,
  endsOn: ZDateSchema.nullable(),
  place: z.string(),
  task: z.string(),
  result: z.string().nullable(),
  hours: z.number().nullable(),
  evidence: z.array(ZAttachmentSchema),
  createdAt: ZDateTimeSchema,
});
export type TServiceRecord = z.infer<typeof ZServiceRecordSchema>;
export const ZServiceRecordListSchema = listOf(ZServiceRecordSchema);

const ZHoursSchema = z
  .number('服务时长须为数字')
  .gt(0, '服务时长须大于 0')
  .max(10_000, '服务时长过大')
  .refine((h) => Math.round(h * 10) === h * 10, '服务时长最多保留一位小数');

const ZServiceRecordFieldsSchema = z.object({
  /** defaults to the cadre of the logged-in account */
  cadreId: z.uuid().optional(),
  /** defaults to the campaign running on `startsOn` */
  campaignId: z.uuid().nullable().optional(),
  kind: z.enum(SERVICE_RECORD_KINDS, '请选择类型'),
  startsOn: ZDateSchema,
  /** a posting's last day (none: still there); a volunteer record is one day */
  endsOn: ZDateSchema.nullable().optional(),
  place: requiredText('地点', MAX_LEN.address),
  task: requiredText('任务或服务内容', MAX_LEN.note),
  result: text('成效', MAX_LEN.note).nullable().optional(),
  /** volunteer service only: more than 0, at most 24 a day */
  hours: ZHoursSchema.nullable().optional(),
  attachmentIds: ZAttachmentIdsSchema,
});
export const ZServiceRecordCreateSchema = ZServiceRecordFieldsSchema;
export type TServiceRecordCreate = z.infer<typeof ZServiceRecordCreateSchema>;
export const ZServiceRecordUpdateSchema = patchOf(
  ZServiceRecordFieldsSchema.omit({
    cadreId: true,
    kind: true,
  }),
);
export type TServiceRecordUpdate = z.infer<typeof ZServiceRecordUpdateSchema>;

/** 一线服务汇总: one unit (with the units below it) against its volunteer-hours target. */
export const ZServiceSummaryRowSchema = z.object({
  orgId: z.uuid(),
  orgName: z.string(),
  /** the unit's own cadres and records only (本级), beside its sub-units' rows */
  own: z.boolean(),
  cadres: z.number().int(),
  hours: z.number(),
  target: z.number(),
  /** hours / target, 0–1 and above; null without a target */
  rate: z.number().nullable(),
  volunteers: z.number().int(),
  frontline: z.number().int(),
});
export type TServiceSummaryRow = z.infer<typeof ZServiceSummaryRowSchema>;
export const ZServiceSummarySchema = z.object({
  campaignId: z.uuid().nullable(),
  campaignName: z.string().nullable(),
  hoursPerCadre: z.number(),
  items: z.array(ZServiceSummaryRowSchema),
  total: ZServiceSummaryRowSchema.omit({ orgId: true, own: true }).extend({
    orgId: z.uuid().nullable(),
  }),
});
export type TServiceSummary = z.infer<typeof ZServiceSummarySchema>;
