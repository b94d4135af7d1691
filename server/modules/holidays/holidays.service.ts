import { addDays } from '../../../common/dates.ts';
import type { THoliday, THolidayPut } from '../../../common/holidays.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import type { RequestContext } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { deleteHoliday, findHoliday, listHolidaysBetween, upsertHoliday } from './holidays.repo.ts';
import { addWorkingDays, type WorkCalendar } from './working-days.ts';

export async function listYear(ctx: RequestContext, year: number): Promise<{ items: THoliday[] }> {
  return { items: await listHolidaysBetween(ctx.db, `${year}-01-01`, `${year}-12-31`) };
}

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

export async function put(
  ctx: RequestContext,
  date: string,
  input: THolidayPut,
): Promise<THoliday> {
  // 调休上班 only makes sense on a weekend; a holiday on a weekend changes nothing
  if (input.workday && !isWeekend(date)) {
    throw new AppError('VALIDATION.workdayWeekend', {}, [{ field: 'workday' }]);
  }
  const row = { date, name: input.name, workday: input.workday };
  await inTransaction(ctx.db, async (tx) => {
    const before = await findHoliday(tx, date);
    await upsertHoliday(tx, row);
    await audit(tx, ctx, {
      action: before ? 'update' : 'create',
      entity: 'holiday',
      entityId: date,
      summary: auditText.holiday.save(date, input.name, input.workday, Boolean(before)),
      before,
      after: row,
    });
  });
  return row;
}

export async function remove(ctx: RequestContext, date: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const before = await findHoliday(tx, date);
    if (!before || (await deleteHoliday(tx, date)) === 0) throw notFound();
    await audit(tx, ctx, {
      action: 'delete',
      entity: 'holiday',
      entityId: date,
      summary: auditText.holiday.delete(date, before.name),
      before,
    });
  });
}

/**
 * The date `days` working days after `start` by the holiday calendar in the database. Reads
 * generously ahead (a time limit of N working days never spans more than 2N + 30 calendar days).
 */
export async function dueDateAfter(db: DbOrTx, start: string, days: number): Promise<string> {
  const rows = await listHolidaysBetween(db, start, addDays(start, days * 2 + 30));
  const calendar: WorkCalendar = new Map(rows.map((h) => [h.date, h.workday]));
  return addWorkingDays(start, days, calendar);
}
