import { text } from './fields.ts';
import { ZDateTimeSchema } from './paging.ts';
import { z } from './zod.ts';

/** A setting's value as stored (jsonb): the rules so far are numbers, flags or short texts. */
export const ZSettingValueSchema = z.union([z.number(), z.boolean(), text('设置值', 2000)]);
export type TSettingValue = z.infer<typeof ZSettingValueSchema>;

/** How the admin page edits a value (the server's schema decides; this is the form's hint). */
export const ZSettingInputSchema = z.object({
  kind: z.enum(['integer', 'boolean', 'text']),
  min: z.number().optional(),
  max: z.number().optional(),
});
export type TSettingInput = z.infer<typeof ZSettingInputSchema>;

/** 系统设置 — one rule users may change, with what it means and who changed it last. */
export const ZSettingSchema = z.object({
  key: z.string().describe('设置项标识，如 receipts.perRecipientPerDay'),
  label: z.string(),
  description: z.string(),
  unit: z.string().describe('单位，如“条/日”；无单位为空'),
  value: ZSettingValueSchema,
  defaultValue: ZSettingValueSchema.describe('初始值（2014 年方案的取值）'),
  input: ZSettingInputSchema,
  updatedAt: ZDateTimeSchema.nullable(),
  /** null: never changed since it was seeded */
  updatedByName: z.string().nullable(),
});
export type TSetting = z.infer<typeof ZSettingSchema>;

export const ZSettingListSchema = z.object({ items: z.array(ZSettingSchema) });

export const ZSettingPutSchema = z.strictObject({ value: ZSettingValueSchema });
export type TSettingPut = z.infer<typeof ZSettingPutSchema>;

export const ZSettingParamsSchema = z.object({
  key: z
    .string()
    .regex(/^[a-zA-Z0-9.]{1,100}$/, '设置项标识无效')
    .describe('设置项标识'),
});

/** A setting as the web app receives it (times as ISO strings). */
export type TSettingJson = z.input<typeof ZSettingSchema>;
