import { text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { z } from './zod.ts';

/** The largest page a list answers; a larger pageSize is refused. */
export const MAX_PAGE_SIZE = 200;

/** Every list takes page (1-based), pageSize and a free-text q. */
export const ZPageQuerySchema = z.object({
  page: z.coerce.number().int().min(1, '页码不能小于 1').default(1).describe('页码，从 1 开始'),
  // above the maximum is refused (400), never lowered to it (docs/CONVENTIONS.md, rule 16)
  pageSize: z.coerce
    .number()
    .int()
    .min(1, '每页条数不能小于 1')
    .max(MAX_PAGE_SIZE, `每页条数不能超过 ${MAX_PAGE_SIZE}`)
    .default(20)
    .describe(`每页条数，最多 ${MAX_PAGE_SIZE}；超过则拒绝（400），不会悄悄改小`),
  q: text('搜索关键词', MAX_LEN.search).optional().describe('搜索关键词'),
});
export type TPageQuery = z.infer<typeof ZPageQuerySchema>;

/** Every list answers { items, total }. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

/** "true" / "false" in a query string. */
export const ZQueryBoolSchema = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A timestamp: a Date in the server, an ISO 8601 string on the wire. */
export const ZDateTimeSchema = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (s) => new Date(s),
  encode: (d) => d.toISOString(),
});

export const ZIdParamsSchema = z.object({ id: z.uuid('无效的编号') });

/** A calendar date, YYYY-MM-DD. */
export const ZDateSchema = z.iso.date('日期不存在或格式不对（应为 YYYY-MM-DD）');
/** A month, YYYY-MM. */
export const ZMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM，例如 2014-05');
