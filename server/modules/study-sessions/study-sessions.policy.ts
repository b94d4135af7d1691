import { ACCESS, may } from '../../../common/access.ts';
import { type Actor, pathInScope, scopeOf } from '../../platform/access.ts';

/**
 * 学习座谈、观看: a unit's writers schedule sessions and take attendance; the session's recorder (a
 * cadre) takes attendance, writes the minutes and shows the QR code; a cadre checks in himself;
 * the office decides late entries.
 */
export const studySessionPolicy = ACCESS.studySessions;

/** A unit writer whose scope holds the session's unit (may change the schedule). */
export function isUnitWriter(actor: Actor, orgPath: string): boolean {
  return may(studySessionPolicy.write, actor.role) && pathInScope(scopeOf(actor), orgPath);
}

/** The session's recorder (记录人): the cadre of the account. */
export function isRecorder(actor: Actor, recorderCadreId: string | null): boolean {
  return (
    may(studySessionPolicy.record, actor.role) &&
    actor.cadreId !== null &&
    actor.cadreId === recorderCadreId
  );
}

/** May take attendance, write the minutes and show the QR code. */
export function mayRecord(
  actor: Actor,
  s: { orgPath: string; recorderCadreId: string | null },
): boolean {
  return isUnitWriter(actor, s.orgPath) || isRecorder(actor, s.recorderCadreId);
}
