import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../../common/access.ts';
import { cadres } from './cadres.ts';
import { createdAt, idColumn, updatedAt } from './columns.ts';
import { orgs } from './orgs.ts';

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
