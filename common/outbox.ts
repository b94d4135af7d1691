import { MAX_CASE_CONTENT } from './case-terms.ts';
import { text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZDateTimeSchema, ZPageQuerySchema } from './paging.ts';
import { OUTBOX_KINDS, OUTBOX_STATUSES, type TOutboxKind, type TOutboxStatus } from './terms.ts';
import { z } from './zod.ts';

export { OUTBOX_KINDS, OUTBOX_STATUSES, type TOutboxKind, type TOutboxStatus } from './terms.ts';

export const outboxKindLabels: Record<TOutboxKind, string> = { email: '邮件', sms: '短信' };
export const outboxStatusLabels: Record<TOutboxStatus, string> = {
  pending: '待发送',
  sent: '已发送',
  failed: '发送失败',
  kept: '已保留（未配置发送通道）',
  capped: '超出上限未发送',
};

/** Attempts after which a message is `failed` (the admin may retry it). */
export const OUTBOX_MAX_ATTEMPTS = 5;

export const ZOutboxFilterSchema = z.object({
  kind: z.enum(OUTBOX_KINDS, '类型应为 email 或 sms').optional().describe('邮件或短信'),
  status: z.enum(OUTBOX_STATUSES, '状态无效').optional().describe('发送状态'),
  q: text('搜索关键词', MAX_LEN.search).optional().describe('收件人、主题、正文或查询码'),
});
export type TOutboxFilter = z.infer<typeof ZOutboxFilterSchema>;
export const ZOutboxListQuerySchema = ZPageQuerySchema.extend(ZOutboxFilterSchema.shape);
export type TOutboxListQuery = z.infer<typeof ZOutboxListQuerySchema>;

/** One message of the 发件箱. */
export const ZOutboxItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(OUTBOX_KINDS),
  recipient: z.string(),
  subject: z.string(),
  body: z.string(),
  caseId: z.uuid().nullable(),
  trackingCode: z.string().nullable(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  /** why a `capped` message was not sent */
  cappedReason: z.string().nullable(),
  sentAt: ZDateTimeSchema.nullable(),
  createdAt: ZDateTimeSchema,
});
export type TOutboxItem = z.infer<typeof ZOutboxItemSchema>;

/** What an SMS gateway posts to /api/channels/sms/inbound (signed with SMS_WEBHOOK_SECRET). */
export const ZSmsInboundSchema = z.strictObject({
  from: z
    .string()
    .trim()
    .regex(/^\+?[0-9]{5,20}$/, '发信号码格式不对'),
  // the gateway is told (400) rather than the text cut: an SMS is kept whole (channels/sms.service.ts)
  text: text('短信内容', MAX_CASE_CONTENT).min(1, '短信内容为空'),
  messageId: text('messageId', 200).min(1, '缺少 messageId'),
  receivedAt: z.iso.datetime({ offset: true }).optional(),
});
export type TSmsInbound = z.infer<typeof ZSmsInboundSchema>;
