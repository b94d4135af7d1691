import { text } from './fields.ts';
import { ZDateSchema, ZDateTimeSchema } from './paging.ts';
import { z } from './zod.ts';

/**
 * The contract of every workflow kind's API (server/platform/workflow): the steps a user may take
 * now (`GET …/{id}/actions`), the timeline (`GET …/{id}/events`) and the fields a step needs, as
 * specs the web's one step dialog renders. Kinds differ only in their data.
 */

/**
 * How the step dialog renders a field, and how the server checks it: text, a choice, a date, a
 * yes/no switch (`boolean`), or a picker whose value is an id — a unit (`org`), a cadre, a case
 * category (`case_category`), a case (`case`: typed as its tracking code, sent as its id).
 */
export const WORKFLOW_FIELD_TYPES = [
  'text',
  'textarea',
  'select',
  'date',
  'boolean',
  'org',
  'cadre',
  'case_category',
  'case',
] as const;
export type TWorkflowFieldType = (typeof WORKFLOW_FIELD_TYPES)[number];

/** One field a step asks for: declared once in the kind, named by its steps. */
export const ZWorkflowFieldSpecSchema = z.object({
  name: z.string().describe('字段名（请求体中的键）'),
  label: z.string().describe('字段名称（中文）'),
  type: z.enum(WORKFLOW_FIELD_TYPES).describe('控件类型'),
  required: z.boolean().describe('此步骤是否必填'),
  maxLength: z.number().int().optional().describe('文字的最大长度'),
  options: z
    .array(z.object({ value: z.string(), label: z.string() }))
    .optional()
    .describe('选择项（type 为 select 时）'),
});
export type TWorkflowFieldSpec = z.infer<typeof ZWorkflowFieldSpecSchema>;

/** A step the signed-in user may take on the record now. */
export const ZWorkflowStepOptionSchema = z.object({
  action: z.string().describe('步骤代码，POST …/events 的 action'),
  label: z.string().describe('步骤名称'),
  public: z.boolean().describe('是否在公开的办理过程中显示'),
  fields: z.array(ZWorkflowFieldSpecSchema).describe('此步骤要填写的内容'),
});
export type TWorkflowStepOption = z.infer<typeof ZWorkflowStepOptionSchema>;

/** One row of a record's timeline. */
export const ZWorkflowEventSchema = z.object({
  id: z.uuid(),
  action: z.string(),
  actionLabel: z.string().describe('步骤名称'),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  toStateLabel: z.string().nullable().describe('办理后的状态名称'),
  actorId: z.uuid().nullable().describe('办理人账号；系统或群众办理时为空'),
  actorName: z.string().nullable(),
  note: z.string(),
  /** what the step was given (reason, report …), by field name */
  fields: z.record(z.string(), z.unknown()),
  public: z.boolean(),
  at: ZDateTimeSchema,
});
export type TWorkflowEvent = z.infer<typeof ZWorkflowEventSchema>;

/** The zod check of one field's value, from its spec (the server validates with exactly this). */
export function zodOfField(
  spec: Pick<TWorkflowFieldSpec, 'type' | 'label' | 'maxLength' | 'options'>,
): z.ZodType {
  switch (spec.type) {
    case 'text':
    case 'textarea':
      return text(spec.label, spec.maxLength ?? (spec.type === 'text' ? 200 : 5000));
    case 'select': {
      const values = (spec.options ?? []).map((o) => o.value);
      return z.enum(values as [string, ...string[]], { message: '不是可选的值' });
    }
    case 'date':
      return ZDateSchema;
    case 'boolean':
      return z.boolean();
    case 'org':
    case 'cadre':
    case 'case_category':
    case 'case':
      return z.uuid('无效的编号');
  }
}
