import type { TCaseAction } from '../../../common/cases.ts';
import { todayInChina } from '../../../common/dates.ts';
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { AppError } from '../../platform/errors.ts';
import { takeStep } from '../../platform/workflow/engine.ts';
import { type ExternalActor, systemActor } from '../../platform/workflow/kind.ts';
import { getSetting } from '../settings/settings.service.ts';
import { overdueCases, unratedAnsweredBefore } from './cases.repo.ts';
import { caseKind } from './lifecycle.ts';

const ESCALATION = systemActor('系统（超期督办）');
const AUTO_SIGN_OFF = systemActor('系统（自动销号）');

/**
 * One step by a job, in its own transaction, through the engine (event, audit row, hooks). A case
 * that moved since it was listed (rated, reopened, escalated by a run alongside) is refused with
 * 409 and left alone. Returns whether the step was taken.
 */
async function systemStep(db: Db, actor: ExternalActor, id: string, action: TCaseAction) {
  try {
    await inTransaction(db, (tx) => takeStep(tx, { actor, ip: null }, caseKind, id, { action }));
    return true;
  } catch (err) {
    if (err instanceof AppError && err.status === 409) return false;
    throw err;
  }
}

/**
 * 超期督办: each open case past its due date takes the system's `escalate` step once (the
 * `escalated` flag, an internal event, the audit row; its hook notifies the unit admins above it
 * and the office, deduped), so the job may run any number of times. Returns how many cases were
 * newly escalated.
 */
export async function escalateOverdueCases(db: Db, today = todayInChina()): Promise<number> {
  let escalated = 0;
  for (const c of await overdueCases(db, today)) {
    if (await systemStep(db, ESCALATION, c.id, 'escalate')) escalated++;
  }
  return escalated;
}

/**
 * 销号 without a rating: a case answered more than `cases.autoSignOffDays` (系统设置, 15) days ago
 * that the citizen never rated takes the `sign_off` step by the system — the public event, the
 * audit row and the citizen's notice as a staff 销号. Returns how many.
 */
export async function autoSignOff(db: Db, now = new Date()): Promise<number> {
  const days = await getSetting(db, 'cases.autoSignOffDays');
  const before = new Date(now.getTime() - days * 86_400_000);
  let done = 0;
  for (const c of await unratedAnsweredBefore(db, before)) {
    if (await systemStep(db, AUTO_SIGN_OFF, c.id, 'sign_off')) done++;
  }
  return done;
}
