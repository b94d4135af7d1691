import { describe, expect, it } from 'vitest';
import { DATE_RANGE_REVERSED, dateRange, requiredText, text, tooLong } from './fields.ts';
import { z } from './zod.ts';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('text', () => {
  it('accepts up to the limit (trimmed) and refuses one more, naming the field and limit', () => {
    const name = text('活动名称', 5);
    expect(name.parse('  五个字正好  ')).toBe('五个字正好');
    expect(messages(name.safeParse('六个字太长了'))).toEqual(['活动名称不能超过 5 个字']);
    expect(tooLong('住址', 200)).toBe('住址不能超过 200 个字');
  });

  it('requiredText refuses an empty or blank value with 请填写…', () => {
    const name = requiredText('姓名', 50);
    expect(messages(name.safeParse('   '))).toEqual(['请填写姓名']);
    expect(messages(requiredText('名称', 5, '请填写名称，如“春节”').safeParse(''))).toEqual([
      '请填写名称，如“春节”',
    ]);
  });
});

describe('dateRange', () => {
  const period = z
    .object({ from: z.string().optional(), to: z.string().optional() })
    .superRefine(dateRange('from', 'to'));

  it('refuses an end before the start on the end field, and does not swap', () => {
    const r = period.safeParse({ from: '2014-05-02', to: '2014-05-01' });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ path: ['to'], message: DATE_RANGE_REVERSED }),
    ]);
  });

  it('accepts the same day, an open end and months in order', () => {
    expect(period.parse({ from: '2014-05-01', to: '2014-05-01' })).toEqual({
      from: '2014-05-01',
      to: '2014-05-01',
    });
    expect(period.safeParse({ from: '2014-05-01' }).success).toBe(true);
    expect(period.safeParse({ to: '2014-05-01' }).success).toBe(true);
    expect(period.safeParse({ from: '2014-05', to: '2014-06' }).success).toBe(true);
    expect(period.safeParse({ from: '2014-06', to: '2014-05' }).success).toBe(false);
  });

  it('compares moments, not their text', () => {
    const moments = z
      .object({ from: z.coerce.date(), to: z.coerce.date() })
      .superRefine(dateRange('from', 'to'));
    // 10:00 in +08:00 is before 03:00 UTC the same day; as text it would sort after
    expect(
      moments.safeParse({ from: '2014-05-01T10:00:00+08:00', to: '2014-05-01T03:00:00Z' }).success,
    ).toBe(true);
    expect(
      moments.safeParse({ from: '2014-05-01T03:00:00Z', to: '2014-05-01T10:00:00+08:00' }).success,
    ).toBe(false);
  });
});

describe('zod messages', () => {
  it('say a bare limit plainly instead of "数值过大：期望 string <=3 字符"', () => {
    expect(messages(z.string().max(3).safeParse('四个字了'))).toEqual(['不能超过 3 个字']);
    expect(messages(z.number().max(27).safeParse(28))).toEqual(['不能大于 27']);
    expect(messages(z.number().int().min(0).safeParse(-5))).toEqual(['不能小于 0']);
  });
});
