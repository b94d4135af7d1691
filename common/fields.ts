import { z } from './zod.ts';

/** "活动名称不能超过 100 个字": the field and its limit, said to the user. */
export const tooLong = (label: string, max: number) => `${label}不能超过 ${max} 个字`;

/** The one answer to a period whose end is before its start (never swapped, never emptied). */
export const DATE_RANGE_REVERSED = '结束日期不能早于开始日期';

/** A text a user types (trimmed), at most `max` characters, refused in words naming the field. */
export function text(label: string, max: number) {
  return z.string().trim().max(max, tooLong(label, max));
}

/** A text that must be filled in: "请填写{label}" when empty. */
export function requiredText(label: string, max: number, emptyMessage = `请填写${label}`) {
  return text(label, max).min(1, emptyMessage);
}

type Day = string | Date | null | undefined;

/**
 * For `.superRefine(dateRange('from', 'to'))` on an object: when both ends are given and the end
 * is before the start, an issue on the end field. Works for YYYY-MM-DD, YYYY-MM and Dates.
 */
export function dateRange<K extends string>(from: K, to: K, message = DATE_RANGE_REVERSED) {
  return (v: { [P in K]?: Day }, ctx: z.RefinementCtx) => {
    const start = v[from];
    const end = v[to];
    if (start == null || end == null) return;
    const reversed =
      start instanceof Date || end instanceof Date
        ? new Date(end).getTime() < new Date(start).getTime()
        : end < start;
    if (reversed) ctx.addIssue({ code: 'custom', path: [to], message });
  };
}
