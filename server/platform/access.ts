import { like, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.ts';

/** 系统管理员, 局活动办, 单位党组织管理员, 党员干部, 督查 */
export type Role = 'admin' | 'office' | 'unit_admin' | 'cadre' | 'inspector';
export const ALL_ROLES: readonly Role[] = ['admin', 'office', 'unit_admin', 'cadre', 'inspector'];

/** The logged-in user as every service sees it. */
export type Actor = {
  userId: string;
  username: string;
  name: string;
  role: Role;
  orgId: string | null;
  /** materialised path of the user's unit ("/a/b/"); null for bureau-wide roles */
  orgPath: string | null;
  orgName: string | null;
  cadreId: string | null;
};

/** What a request's service needs: the database, who acts, from where. */
export type RequestContext = { db: Db; actor: Actor; ip: string | null };

/** Which units' rows an actor may read: everything, or one unit and every unit below it. */
export type Scope = { kind: 'all' } | { kind: 'subtree'; path: string };

const BUREAU_WIDE: readonly Role[] = ['admin', 'office', 'inspector'];

export function scopeOf(actor: Actor): Scope {
  if (BUREAU_WIDE.includes(actor.role)) return { kind: 'all' };
  // a unit-bound account without a unit sees nothing: an impossible path
  return { kind: 'subtree', path: actor.orgPath ?? '/-/' };
}

/** The scope as a WHERE condition on an org path column; undefined = no restriction. */
export function scopeWhere(scope: Scope, pathColumn: AnyPgColumn): SQL | undefined {
  return scope.kind === 'all' ? undefined : like(pathColumn, `${scope.path}%`);
}

export function pathInScope(scope: Scope, path: string): boolean {
  return scope.kind === 'all' || path.startsWith(scope.path);
}

/** Roles that may write organisation data, each within its own scope. */
export const WRITER_ROLES: readonly Role[] = ['admin', 'office', 'unit_admin'];
