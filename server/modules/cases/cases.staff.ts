import { caseActionLabels, type TCaseAction } from '../../../common/cases.ts';
import type { DbOrTx } from '../../db/client.ts';
import { type Actor, type RequestContext, scopeOf } from '../../platform/access.ts';
import { notFound } from '../../platform/errors.ts';
import * as attachments from '../attachments/attachments.service.ts';
import { type CaseRow, findCase } from './cases.repo.ts';
import { mayAct, type Needed, TRANSITIONS } from './lifecycle.ts';

/**
 * What the staff case page needs besides the case itself: the steps the signed-in user may take
 * now (so the page offers only those), and the scanned letters and other files of the case.
 */

/** Files entered with a case (a letter's scan) belong to the case: readable by whoever sees it. */
export const CASE_ATTACHMENT_OWNER = 'case';
attachments.registerAttachmentOwner(CASE_ATTACHMENT_OWNER, async (ctx, caseId) =>
  Boolean(await findCase(ctx.db, scopeOf(ctx.actor), caseId)),
);

/** Claims a staff entry's uploads for the new case, inside the case's transaction. */
export const claimCaseAttachments = (
  tx: DbOrTx,
  ctx: RequestContext,
  ids: readonly string[] | undefined,
  caseId: string,
) =>
  ids && ids.length > 0
    ? attachments.claim(tx, ctx, [...ids], { ownerType: CASE_ATTACHMENT_OWNER, ownerId: caseId })
    : Promise.resolve();

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

export async function attachmentsOf(ctx: RequestContext, id: string) {
  if (!(await findCase(ctx.db, scopeOf(ctx.actor), id))) throw notFound();
  const byOwner = await attachments.listOf(ctx.db, CASE_ATTACHMENT_OWNER, [id]);
  return { items: byOwner.get(id) ?? [] };
}
