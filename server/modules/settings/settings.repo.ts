import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { settings, users } from '../../db/schema/index.ts';

export type SettingRow = {
  key: string;
  value: unknown;
  updatedAt: Date;
  updatedBy: string | null;
  updatedByName: string | null;
};

export async function listSettingRows(db: DbOrTx, keys?: string[]): Promise<SettingRow[]> {
  return db
    .select({
      key: settings.key,
      value: settings.value,
      updatedAt: settings.updatedAt,
      updatedBy: settings.updatedBy,
      updatedByName: users.name,
    })
    .from(settings)
    .leftJoin(users, eq(users.id, settings.updatedBy))
    .where(keys ? inArray(settings.key, keys) : undefined);
}

/** The row, locked for this transaction, so two edits of one setting run one after the other. */
export async function lockSetting(db: DbOrTx, key: string) {
  const [row] = await db.select().from(settings).where(eq(settings.key, key)).for('update');
  return row;
}

export async function upsertSetting(db: DbOrTx, key: string, value: unknown, userId: string) {
  await db
    .insert(settings)
    .values({ key, value, updatedBy: userId })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value, updatedBy: userId, updatedAt: sql`now()` },
    });
}
