import { documentSchemas } from './document-api.ts';
import { text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZDateSchema, ZDateTimeSchema } from './paging.ts';
import { z } from './zod.ts';

/**
 * 给群众的公开信 — a leading cadre's open letter (SPEC §5.4): written, reviewed, published on the
 * citizens' site, printed and delivered (寄发) to contact points and households.
 */
export const ZLetterDetailsSchema = z.object({
  /** 称呼, e.g. 亲爱的乡亲们 */
  salutation: text('称呼', MAX_LEN.name).default(''),
});
export type TLetterDetails = z.infer<typeof ZLetterDetailsSchema>;

export const letterSchemas = documentSchemas(ZLetterDetailsSchema);
export const ZLetterSchema = letterSchemas.answer;
export type TLetter = z.infer<typeof ZLetterSchema>;
export const ZLetterCreateSchema = letterSchemas.create;
export type TLetterCreate = z.infer<typeof ZLetterCreateSchema>;
export const ZLetterUpdateSchema = letterSchemas.update;
export type TLetterUpdate = z.infer<typeof ZLetterUpdateSchema>;

/** 寄发 — one delivery of the letter. */
export const ZLetterDeliverySchema = z.object({
  id: z.uuid(),
  contactPointId: z.uuid().nullable(),
  contactPointName: z.string().nullable(),
  recipients: z.string(),
  households: z.number().int(),
  copies: z.number().int(),
  deliveredOn: ZDateSchema,
  note: z.string(),
  createdAt: ZDateTimeSchema,
});
export type TLetterDelivery = z.infer<typeof ZLetterDeliverySchema>;

export const ZLetterDeliveryCreateSchema = z
  .strictObject({
    contactPointId: z.uuid('无效的联系点').nullable().default(null),
    recipients: text('寄发对象', MAX_LEN.address).default(''),
    households: z.number().int().min(0, '户数不能为负').max(100000).default(0),
    copies: z.number().int().min(1, '份数至少为 1').max(100000, '份数不能超过 100000'),
    deliveredOn: ZDateSchema,
    note: text('备注', MAX_LEN.note).default(''),
  })
  .refine((d) => d.contactPointId !== null || d.recipients !== '', {
    message: '请选择联系点或填写寄发对象',
    path: ['contactPointId'],
  });
export type TLetterDeliveryCreate = z.infer<typeof ZLetterDeliveryCreateSchema>;
