import { BUREAU_WIDE_ROLES, ROLES, type TRole } from '../../common/access.ts';
import type { Db } from '../db/client.ts';

// The roles and who may do what are declared once, in common/access.ts (the web reads them too).
export { ACCESS, WRITER_ROLES } from '../../common/access.ts';
/** 系统管理员, 局活动办, 单位党组织管理员, 党员干部, 督查 */
export type Role = TRole;
export const ALL_ROLES: readonly Role[] = ROLES;

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
export type Scope =
  | { kind: 'all' }
  | {
      kind: 'subtree';
      path: string /** also the units above (read-only places) */;
      alsoAncestors?: boolean;
    };

export function scopeOf(actor: Actor): Scope {
  if (BUREAU_WIDE_ROLES.includes(actor.role)) return { kind: 'all' };
  // a unit-bound account without a unit sees nothing: an impossible path
  return { kind: 'subtree', path: actor.orgPath ?? '/-/' };
}

/**
 * Where a unit-bound user may READ contact points and their households: the own subtree and the
 * units above it — a cadre of a 党支部 goes to the contact point of the unit or bureau above him.
 * Writes keep `scopeOf`.
 */
export function placeReadScopeOf(actor: Actor): Scope {
  const scope = scopeOf(actor);
  return scope.kind === 'all' ? scope : { ...scope, alsoAncestors: true };
}

/** The scope checked on one path in code; `scopeWhere` (./scope.repo.ts) is the same rule in SQL. */
export function pathInScope(scope: Scope, path: string): boolean {
  if (scope.kind === 'all' || path.startsWith(scope.path)) return true;
  return Boolean(scope.alsoAncestors) && scope.path.startsWith(path);
}
