import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, refTo } from './columns.ts';
import { users } from './users.ts';

/** A login session; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: idColumn(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: refTo('user_id', () => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** where and with what it was opened (登录设备 on the 修改密码 dialog) */
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * 登录失败 — failed logins per account name and client address. The lock-out applies to that pair
 * only, so a stranger who knows a username cannot keep its owner out from elsewhere. Names that
 * do not exist are counted too (same answers either way); the name is kept only as a keyed hash.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: idColumn(),
    /** HMAC-SHA256 of the username typed (never the name in clear: people type passwords there) */
    accountKey: text('account_key').notNull(),
    /** the account, when the name exists (for 已锁定 in the account list and 解除锁定) */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** the client address (request.ip) */
    source: text('source').notNull(),
    failures: integer('failures').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('login_failures_key_source_uq').on(t.accountKey, t.source),
    index('login_failures_user_idx').on(t.userId),
  ],
);
