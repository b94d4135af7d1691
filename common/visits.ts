import { ZAttachmentIdsSchema, ZAttachmentSchema } from './attachments.ts';
import { dateRange, text, tooLong } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZDateSchema, ZDateTimeSchema } from './paging.ts';
import { patchOf, z } from './zod.ts';

export { MAX_VISIT_DAYS } from './limits.ts';

export const ZVisitSchema = z.object({
  id: z.uuid(),
  cadreId: z.uuid(),
  cadreName: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  contactPointId: z.uuid(),
  contactPointName: z.string(),
  startDate: ZDateSchema,
  endDate: ZDateSchema,
  days: z.number().int(),
  heard: z.string(),
  done: z.string(),
  households: z.array(z.object({ id: z.uuid(), headName: z.string() })),
  photos: z.array(ZAttachmentSchema),
  createdAt: ZDateTimeSchema,
});
export type TVisit = z.infer<typeof ZVisitSchema>;

const ZVisitFieldsSchema = z.object({
  /** defaults to the cadre of the logged-in account */
  cadreId: z.uuid().optional(),
  contactPointId: z.uuid('请选择联系点'),
  startDate: ZDateSchema,
  /** the last day of a stay of several days; defaults to startDate */
  endDate: ZDateSchema.optional(),
  householdIds: z.array(z.uuid()).max(50).default([]),
  heard: text('“听到了什么”', MAX_LEN.longText).default(''),
  done: text('“做了什么”', MAX_LEN.longText).default(''),
  attachmentIds: ZAttachmentIdsSchema,
  /** the phone's own id for this log, so a retried upload is not stored twice */
  clientId: z.string().trim().min(8).max(64, tooLong('clientId', 64)).optional(),
});
export const ZVisitCreateSchema = ZVisitFieldsSchema.superRefine(dateRange('startDate', 'endDate'));
export type TVisitCreate = z.infer<typeof ZVisitCreateSchema>;

export const ZVisitUpdateSchema = patchOf(
  ZVisitFieldsSchema.omit({
    cadreId: true,
    clientId: true,
  }),
).superRefine(dateRange('startDate', 'endDate'));
export type TVisitUpdate = z.infer<typeof ZVisitUpdateSchema>;
