/**
 * 干群连心卡 — the connection card of a leading cadre (SPEC §5, plan item 3): what it prints, the
 * choices the cadre makes (which phones, the office line, the contact point) and the records of
 * cards printed (印制) and handed out (发放). The web imports the types (`import type`).
 */

import { CARD_RECORD_KINDS, MAX_CARD_COUNT } from './card-terms.ts';
import { todayInChina } from './dates.ts';
import { text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZDateSchema, ZDateTimeSchema } from './paging.ts';
import { ZPhoneSchema } from './phone-schema.ts';
import { z } from './zod.ts';

export {
  CARD_RECORD_KIND_LABELS,
  CARD_RECORD_KINDS,
  MAX_CARD_COUNT,
  type TCardRecordKind,
} from './card-terms.ts';

const ZCampaignRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** The card as it prints: the cadre's details, his choices, the campaign's pledge and the QR's address. */
export const ZCadreCardSchema = z.object({
  cadreId: z.uuid(),
  name: z.string(),
  post: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  /** 办公电话, as the cadre keeps it for his card ('' when none) */
  officePhone: z.string(),
  showOfficePhone: z.boolean(),
  /** 手机: the cadre's work mobile (cadres.phone); printed only when `showMobile` */
  mobile: z.string().nullable(),
  showMobile: z.boolean(),
  /** 电子信箱: the cadre's mailbox address (cadres.email) */
  email: z.string().nullable(),
  contactPoint: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** the campaign whose pledge is printed: the one asked for, or the current active one */
  campaign: ZCampaignRefSchema.nullable(),
  /** 承诺: the campaign's pledge printed on every card ('' when none) */
  pledge: z.string(),
  /** what the QR code opens: the citizens' form addressed to this cadre */
  qrUrl: z.string(),
  /** when the cadre last saved his choices; null while he has not */
  updatedAt: ZDateTimeSchema.nullable(),
});
export type TCadreCard = z.infer<typeof ZCadreCardSchema>;

/** 保存连心卡内容: which phones to print, the office line, the contact point. */
export const ZCadreCardUpdateSchema = z
  .object({
    officePhone: z.union([z.literal(''), ZPhoneSchema]).describe('办公电话，可为空'),
    showOfficePhone: z.boolean(),
    showMobile: z.boolean(),
    contactPointId: z.uuid('请选择联系点').nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.showOfficePhone && v.officePhone === '')
      ctx.addIssue({
        code: 'custom',
        path: ['officePhone'],
        message: '请填写办公电话，或选择不印办公电话',
      });
  });
export type TCadreCardUpdate = z.infer<typeof ZCadreCardUpdateSchema>;

/** `?campaignId=`: the campaign of a card, its PDF or its records (default: the current one). */
export const ZCardCampaignQuerySchema = z.object({
  campaignId: z.uuid('无效的活动编号').optional().describe('活动（默认：当前进行中的活动）'),
});
export type TCardCampaignQuery = z.infer<typeof ZCardCampaignQuerySchema>;

export const ZCardRecordSchema = z.object({
  id: z.uuid(),
  cadreId: z.uuid(),
  campaignId: z.uuid(),
  kind: z.enum(CARD_RECORD_KINDS),
  count: z.number().int(),
  on: ZDateSchema,
  contactPoint: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  note: z.string(),
  createdByName: z.string().nullable(),
  createdAt: ZDateTimeSchema,
});
export type TCardRecord = z.infer<typeof ZCardRecordSchema>;

export const ZCardRecordListSchema = z.object({
  items: z.array(ZCardRecordSchema),
  total: z.number().int(),
  campaign: ZCampaignRefSchema.nullable(),
  /** cards printed and handed out in the campaign, summed */
  printed: z.number().int(),
  handedOut: z.number().int(),
});
export type TCardRecordList = z.infer<typeof ZCardRecordListSchema>;

/** 登记印制或发放: a handout names the contact point where the cards went. */
export const ZCardRecordCreateSchema = z
  .object({
    kind: z.enum(CARD_RECORD_KINDS, '请选择印制或发放'),
    count: z
      .number('请填写张数')
      .int('张数须为整数')
      .min(1, '张数至少为 1')
      .max(MAX_CARD_COUNT, `张数不能超过 ${MAX_CARD_COUNT}`),
    on: ZDateSchema.refine((d) => d <= todayInChina(), '日期不能晚于今天'),
    contactPointId: z.uuid('请选择联系点').nullable().optional(),
    note: text('备注', MAX_LEN.note).default(''),
    /** default: the current active campaign */
    campaignId: z.uuid('无效的活动编号').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'handed_out' && !v.contactPointId)
      ctx.addIssue({ code: 'custom', path: ['contactPointId'], message: '发放须选择联系点' });
  });
export type TCardRecordCreate = z.infer<typeof ZCardRecordCreateSchema>;
