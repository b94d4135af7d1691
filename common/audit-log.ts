import { ZDateTimeSchema } from './paging.ts';
import { z } from './zod.ts';

/** One entry of the audit log (审计日志) as GET /api/audit answers it; never editable. */
export const ZAuditItemSchema = z.object({
  id: z.uuid(),
  at: ZDateTimeSchema,
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  /** usually a TAuditAction, but older rows may hold kinds this version no longer writes */
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  object: z
    .object({
      name: z.string().nullable().describe('对象的名称；null 表示对象已删除'),
      campaignId: z
        .uuid()
        .nullable()
        .describe('活动的组成部分（阶段、项目、任务、规则）所属的活动'),
      search: z
        .string()
        .nullable()
        .describe('只在列表中显示的对象（干部、账号、联系点）在其列表中的查找词'),
    })
    .nullable()
    .describe('日志所涉对象；无对象编号或该类对象无表时为 null'),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});
export type TAuditItem = z.infer<typeof ZAuditItemSchema>;
