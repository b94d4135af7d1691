import { caseActionLabels, type TCaseAction } from '../../../common/cases.ts';
import { type Actor, type RequestContext, scopeOf } from '../../platform/access.ts';
import { notFound } from '../../platform/errors.ts';
import { type CaseRow, findCase } from './cases.repo.ts';
import { mayAct, type Needed, TRANSITIONS } from './lifecycle.ts';

/**
 * What the staff case page needs besides the case itself: the steps the signed-in user may take
 * now, so the page offers only those.
 */

export type CaseActionOption = { action: TCaseAction; label: string; needs: Needed[] };

/**
 * The lifecycle rows this actor may take on this case now: role and current status from the
 * table, plus the service's own checks (a cadre only on the cases he handles; 销号 only after a
 * satisfied or basically satisfied rating), so the page never offers a step that is refused.
 */
export function allowedActions(
  actor: Pick<Actor, 'role' | 'cadreId'>,
  c: Pick<CaseRow, 'status' | 'handlerCadreId' | 'rating'>,
): CaseActionOption[] {
  if (actor.role === 'cadre' && (actor.cadreId === null || actor.cadreId !== c.handlerCadreId)) {
    return [];
  }
  return TRANSITIONS.filter(
    (t) =>
      t.who !== 'citizen' &&
      mayAct(t, actor.role) &&
      t.from.includes(c.status) &&
      (t.action !== 'sign_off' || c.rating === 'satisfied' || c.rating === 'basically'),
  ).map((t) => ({ action: t.action, label: caseActionLabels[t.action], needs: [...t.needs] }));
}

export async function actionsOf(ctx: RequestContext, id: string) {
  const row = await findCase(ctx.db, scopeOf(ctx.actor), id);
  if (!row) throw notFound();
  return { items: allowedActions(ctx.actor, row) };
}
