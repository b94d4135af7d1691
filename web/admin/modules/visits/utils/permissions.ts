import { ACCESS, mayWriteCadreRecord } from '../../../../../common/access.ts';
import type { CurrentUser } from '../../auth/types/auth';

/** 登记走访: those who oversee (for any cadre in scope) and a cadre linked to his account. */
export const canLogVisits = (user: CurrentUser): boolean =>
  mayWriteCadreRecord(ACCESS.visits, user);

/** A cadre edits and deletes only his own visits; the server checks the same rule. */
export const canChangeVisit = (user: CurrentUser, visit: { cadreId: string }): boolean =>
  mayWriteCadreRecord(ACCESS.visits, user, visit.cadreId);
