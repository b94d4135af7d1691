import { and, asc, between, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { holidays } from '../../db/schema/index.ts';

export type HolidayRow = typeof holidays.$inferSelect;

export function listHolidaysBetween(db: DbOrTx, from: string, to: string): Promise<HolidayRow[]> {
  return db
    .select()
    .from(holidays)
    .where(between(holidays.date, from, to))
    .orderBy(asc(holidays.date));
}

export async function findHoliday(db: DbOrTx, date: string): Promise<HolidayRow | undefined> {
  const [row] = await db.select().from(holidays).where(eq(holidays.date, date));
  return row;
}

export async function upsertHoliday(db: DbOrTx, row: HolidayRow): Promise<void> {
  await db
    .insert(holidays)
    .values(row)
    .onConflictDoUpdate({
      target: holidays.date,
      set: { name: row.name, workday: row.workday },
    });
}

export async function deleteHoliday(db: DbOrTx, date: string): Promise<number> {
  const rows = await db
    .delete(holidays)
    .where(and(eq(holidays.date, date)))
    .returning({ date: holidays.date });
  return rows.length;
}
