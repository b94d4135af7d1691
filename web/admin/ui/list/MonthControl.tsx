import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { ControlProps } from './fields';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month asked for (the address's `?month=`) when it is one, else `fallback`. */
export const monthOr = <F,>(asked: unknown, fallback: F): string | F =>
  typeof asked === 'string' && MONTH.test(asked) ? asked : fallback;

/**
 * One month as `YYYY-MM`, for a `custom` field: `control: (p) => <MonthControl {...p} />`. With
 * `fallback` it is never empty (the month shown until another is chosen).
 */
export function MonthControl({
  value,
  onChange,
  fallback,
  ...props
}: ControlProps & { fallback?: string }) {
  const month = monthOr(value, fallback);
  return (
    <DatePicker
      {...props}
      picker="month"
      inputReadOnly
      allowClear={fallback === undefined}
      value={month ? dayjs(`${month}-01`) : null}
      onChange={(v) => {
        if (v || fallback === undefined) onChange?.(v ? v.format('YYYY-MM') : undefined);
      }}
    />
  );
}
