import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './working-days.ts';

describe('addWorkingDays without holidays', () => {
  it.each([
    // Monday 2014-03-03 + 1 → Tuesday; Friday + 1 → Monday; 15 working days = 3 weeks
    ['2014-03-03', 1, '2014-03-04'],
    ['2014-03-07', 1, '2014-03-10'],
    ['2014-03-03', 15, '2014-03-24'],
    ['2014-03-07', 5, '2014-03-14'],
    // a weekend start counts from the Monday after
    ['2014-03-08', 1, '2014-03-11'],
    ['2014-03-09', 0, '2014-03-10'],
    ['2014-03-05', 0, '2014-03-05'],
    // across a month end
    ['2014-02-27', 3, '2014-03-04'],
  ])('%s + %i working days = %s', (start, days, due) => {
    expect(addWorkingDays(start, days)).toBe(due);
  });
});

describe('addWorkingDays with the holiday calendar', () => {
  // 2014 国庆: 10-01…10-07 off, Sunday 09-28 and Saturday 10-11 worked
  const calendar = new Map<string, boolean>([
    ['2014-09-28', true],
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2014-10-${d}`, false] as const),
    ['2014-10-11', true],
  ]);
  it.each([
    // Friday 09-26 + 1 → the worked Sunday 09-28
    ['2014-09-26', 1, '2014-09-28'],
    // Tuesday 09-30 + 1 → skips the whole week → Wednesday 10-08
    ['2014-09-30', 1, '2014-10-08'],
    // 10-08 Wed, 09 Thu, 10 Fri, 11 Sat (worked), 13 Mon
    ['2014-10-08', 3, '2014-10-11'],
    ['2014-10-08', 4, '2014-10-13'],
    // received during the holiday: counts from the first working day after it
    ['2014-10-03', 0, '2014-10-08'],
    ['2014-10-03', 1, '2014-10-09'],
  ])('%s + %i working days = %s', (start, days, due) => {
    expect(addWorkingDays(start, days, calendar)).toBe(due);
  });
});
