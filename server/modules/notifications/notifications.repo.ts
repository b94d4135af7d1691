import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { notifications } from '../../db/schema/index.ts';
import type { Page } from '../../platform/rows.repo.ts';

export type NotificationInsert = typeof notifications.$inferInsert;

/** Inserts; a row whose (user, dedupeKey) exists already is skipped. Returns how many were new. */
export async function insertNotifications(db: DbOrTx, rows: NotificationInsert[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  return inserted.length;
}

export async function listNotifications(
  db: DbOrTx,
  userId: string,
  f: { unreadOnly?: boolean },
  page: Page,
) {
  const where = and(
    eq(notifications.userId, userId),
    f.unreadOnly ? isNull(notifications.readAt) : undefined,
  );
  const [items, [total], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(notifications).where(where),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { items, total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

export async function markRead(db: DbOrTx, userId: string, id?: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        id ? eq(notifications.id, id) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}
