import { and, like, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from './access.ts';

/**
 * The access scope as SQL, for repositories (only *.repo.ts files build queries): ./access.ts
 * decides who sees which units, this turns that into the WHERE condition.
 */
export type { Scope } from './access.ts';

/** The scope as a WHERE condition on an org path column; undefined = no restriction. */
export function scopeWhere(scope: Scope, pathColumn: AnyPgColumn): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  const below = like(pathColumn, `${scope.path}%`);
  return scope.alsoAncestors ? or(below, sql`${scope.path} like ${pathColumn} || '%'`) : below;
}

/** The scope, and the unit a list asks for (`orgPath`: that unit and the units below it). */
export function scopeAndUnit(
  scope: Scope,
  orgPath: string | undefined,
  pathColumn: AnyPgColumn,
): SQL | undefined {
  const unit = orgPath ? scopeWhere({ kind: 'subtree', path: orgPath }, pathColumn) : undefined;
  return and(scopeWhere(scope, pathColumn), unit);
}
