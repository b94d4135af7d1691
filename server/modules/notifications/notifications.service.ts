import type { TNotificationKind } from '../../../common/terms.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { RequestContext } from '../../platform/access.ts';
import { pageOf } from '../../platform/paging.ts';
import { insertNotifications, listNotifications, markRead } from './notifications.repo.ts';

/** what a notification is about (common/terms.ts: NOTIFICATION_KINDS) */
export type NotificationKind = TNotificationKind;

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string;
  link?: string;
  /** the same user and key are notified once */
  dedupeKey?: string;
};

/** Sends in-app notifications (inside the caller's transaction). Returns how many were new. */
export function notify(tx: DbOrTx, items: NewNotification[]): Promise<number> {
  return insertNotifications(
    tx,
    items.map((n) => ({ ...n, body: n.body ?? '' })),
  );
}

export function listMine(
  ctx: RequestContext,
  q: { page: number; pageSize: number; unreadOnly?: boolean },
) {
  return listNotifications(ctx.db, ctx.actor.userId, q, pageOf(q));
}

export function readOne(ctx: RequestContext, id: string) {
  return markRead(ctx.db, ctx.actor.userId, id);
}

export function readAll(ctx: RequestContext) {
  return markRead(ctx.db, ctx.actor.userId);
}
