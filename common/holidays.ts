import { text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZDateSchema } from './paging.ts';
import { z } from './zod.ts';

/** 节假日 — a public holiday, or (workday) a weekend day that is worked (调休上班). */
export const ZHolidaySchema = z.object({
  date: ZDateSchema,
  name: z.string(),
  workday: z.boolean(),
});
export type THoliday = z.infer<typeof ZHolidaySchema>;

export const ZHolidayListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, '年份不正确').max(2100, '年份不正确'),
});

export const ZHolidayListSchema = z.object({ items: z.array(ZHolidaySchema) });

export const ZHolidayPutSchema = z.strictObject({
  name: text('名称', MAX_LEN.shortName).min(1, '请填写名称，如“春节”'),
  workday: z.boolean().default(false),
});
export type THolidayPut = z.infer<typeof ZHolidayPutSchema>;

export const ZHolidayParamsSchema = z.object({ date: ZDateSchema });
