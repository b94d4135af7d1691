import type { CurrentUser, Role } from '../../auth/types/auth';

const loggers: readonly Role[] = ['admin', 'office', 'unit_admin'];

/** 登记走访: those who oversee (for any cadre in scope) and a cadre linked to his account. */
export function canLogVisits(user: CurrentUser): boolean {
  return loggers.includes(user.role) || (user.role === 'cadre' && user.cadreId !== null);
}

/** A cadre edits and deletes only his own visits; the server checks the same. */
export function canChangeVisit(user: CurrentUser, visit: { cadreId: string }): boolean {
  return loggers.includes(user.role) || (user.role === 'cadre' && visit.cadreId === user.cadreId);
}
