import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ROLES } from '../../../common/access.ts';
import { createdAt, idColumn, updatedAt } from './columns.ts';
import { cadres, orgs } from './org.ts';

export const roles = ROLES;

/** 用户 — a login account. A unit admin or cadre is bound to a unit; a cadre account to a cadre. */
export const users = pgTable('users', {
  id: idColumn(),
  username: text('username').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: roles }).notNull(),
  orgId: uuid('org_id').references(() => orgs.id),
  cadreId: uuid('cadre_id').references(() => cadres.id),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A login session; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: idColumn(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
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

/**
 * 审计日志 — every write and every unmasked read of personal data. Append-only: the app has no
 * route that updates or deletes it. Kept at least six months (网络安全法).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: idColumn(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    summary: text('summary').notNull().default(''),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_entity_idx').on(t.entity, t.entityId),
    index('audit_actor_idx').on(t.actorId),
  ],
);
