import { dateTimeInChina, monthOf, todayInChina } from '../../../common/dates.ts';
import {
  ATTENDANCE_STATUS_LABELS,
  CHECKIN_OPENS_MINUTES_BEFORE,
  LATE_ENTRY_STATE_LABELS,
  STUDY_SESSION_KIND_LABELS,
  type TLateEntryState,
} from '../../../common/study-session-terms.ts';
import type {
  TAttendance,
  TAttendancePut,
  TCheckInCode,
  TCheckInResult,
  TStudySession,
  TStudySessionCreate,
  TStudySessionDetail,
  TStudySessionUpdate,
} from '../../../common/study-sessions.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type Actor, type RequestContext, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import * as attachments from '../attachments/attachments.service.ts';
import { campaignForMonth } from '../campaigns/campaigns.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { currentToken, tokenValid } from './check-in-token.ts';
import { entryOf, type WindowSettings } from './entry-window.ts';
import { isUnitWriter, mayRecord } from './study-sessions.policy.ts';
import {
  activeCadresBelow,
  attendanceOf,
  campaignExists,
  checkInRow,
  deleteSession,
  findSession,
  hasRecords,
  insertRoster,
  insertSession,
  listSessions,
  lockSession,
  type Reader,
  removeFromRoster,
  rosterOf,
  type SessionFilter,
  type SessionRow,
  setAttendance,
  updateSession,
} from './study-sessions.repo.ts';
import type { TStudySessionFilter, TStudySessionListQuery } from './study-sessions.schemas.ts';

/** a session's photos and scanned sign-in sheets (registered in study-sessions.module.ts) */
export const STUDY_SESSION_ATTACHMENT_OWNER = 'study_session';
const OWNER = STUDY_SESSION_ATTACHMENT_OWNER;

/** What the check-in routes need from the server's configuration. */
export type CheckInConfig = { key: Buffer; baseUrl: string };

export const readerOf = (actor: Actor): Reader => ({
  scope: scopeOf(actor),
  cadreId: actor.cadreId,
});

export async function windowSettings(db: DbOrTx): Promise<WindowSettings> {
  const s = await getSettings(db, ['learning.recordWindowDays', 'learning.lateEntryDays']);
  return {
    recordWindowDays: s['learning.recordWindowDays'],
    lateEntryDays: s['learning.lateEntryDays'],
  };
}

export const mayReadSessionFiles = async (ctx: RequestContext, id: string) =>
  Boolean(await findSession(ctx.db, readerOf(ctx.actor), id));

function toSession(actor: Actor, w: WindowSettings, now: Date) {
  return (r: SessionRow): TStudySession => {
    const { entry, entryUntil } = entryOf(r, now, w);
    return {
      id: r.id,
      orgId: r.orgId,
      orgName: r.orgName,
      campaignId: r.campaignId,
      kind: r.kind,
      title: r.title,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      place: r.place,
      presenter: r.presenter,
      recorderCadreId: r.recorderCadreId,
      recorderName: r.recorderName,
      materialId: r.materialId,
      lateState: (r.lateState ?? 'none') as TLateEntryState,
      lateReason: r.lateReason,
      lateDecidedAt: r.lateDecidedAt,
      counts: {
        due: r.due,
        present: r.present,
        late: r.late,
        leave: r.leave,
        absent: r.absent,
        unrecorded: r.unrecorded,
      },
      myStatus: r.myStatus,
      entry,
      entryUntil,
      canEdit: isUnitWriter(actor, r.orgPath),
      canRecord: mayRecord(actor, r),
      createdAt: r.createdAt,
    };
  };
}

async function filterOf(ctx: RequestContext, q: TStudySessionFilter): Promise<SessionFilter> {
  const orgPath = q.orgId
    ? (await requireOrgInScope(ctx.db, scopeOf(ctx.actor), q.orgId)).path
    : undefined;
  return {
    q: q.q,
    orgPath,
    kind: q.kind,
    campaignId: q.campaignId,
    from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : undefined,
    to: q.to ? new Date(`${q.to}T23:59:59.999+08:00`) : undefined,
    mineOnly: q.mine,
  };
}

export async function list(ctx: RequestContext, q: TStudySessionListQuery) {
  const reader = readerOf(ctx.actor);
  const [{ items, total }, w] = await Promise.all([
    listSessions(ctx.db, reader, await filterOf(ctx, q), pageOf(q)),
    windowSettings(ctx.db),
  ]);
  return { items: items.map(toSession(ctx.actor, w, new Date())), total };
}

const EXPORT_LIMIT = 100_000;

/** 学习座谈台账: the filtered sessions with their derived counts, one row a session. */
export async function exportXlsx(ctx: RequestContext, q: TStudySessionFilter): Promise<Buffer> {
  const { items } = await listSessions(ctx.db, readerOf(ctx.actor), await filterOf(ctx, q), {
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  const X = excelText.studySessions;
  const columns: Column<SessionRow>[] = [
    { header: X.columns.startsAt, width: 17, value: (s) => dateTimeInChina(s.startsAt) },
    { header: X.columns.endsAt, width: 17, value: (s) => dateTimeInChina(s.endsAt) },
    { header: X.columns.kind, width: 10, value: (s) => STUDY_SESSION_KIND_LABELS[s.kind] },
    { header: X.columns.title, width: 30, value: (s) => s.title },
    { header: X.columns.org, width: 20, value: (s) => s.orgName },
    { header: X.columns.place, width: 16, value: (s) => s.place },
    { header: X.columns.presenter, value: (s) => s.presenter },
    { header: X.columns.recorder, value: (s) => s.recorderName ?? '' },
    { header: X.columns.due, width: 6, value: (s) => s.due },
    { header: X.columns.present, width: 6, value: (s) => s.present },
    { header: X.columns.late, width: 6, value: (s) => s.late },
    { header: X.columns.leave, width: 6, value: (s) => s.leave },
    { header: X.columns.absent, width: 6, value: (s) => s.absent },
    { header: X.columns.unrecorded, width: 8, value: (s) => s.unrecorded },
    {
      header: X.columns.lateState,
      width: 10,
      value: (s) => (s.lateState ? LATE_ENTRY_STATE_LABELS[s.lateState] : ''),
    },
  ];
  return buildSheet(X.sheet, columns, items);
}

async function found(db: DbOrTx, actor: Actor, id: string): Promise<SessionRow> {
  const row = await findSession(db, readerOf(actor), id);
  if (!row) throw notFound();
  return row;
}

export async function get(ctx: RequestContext, id: string): Promise<TStudySessionDetail> {
  const [row, w] = await Promise.all([found(ctx.db, ctx.actor, id), windowSettings(ctx.db)]);
  const files = await attachments.listOf(ctx.db, OWNER, [id]);
  return {
    ...toSession(ctx.actor, w, new Date())(row),
    minutes: row.minutes,
    attachments: files.get(id) ?? [],
  };
}

/** The recorder: an active cadre of the unit or below. */
async function checkRecorder(tx: DbOrTx, orgPath: string, recorderCadreId: string | null) {
  if (!recorderCadreId) return;
  const [cadre] = await activeCadresBelow(tx, orgPath, [recorderCadreId]);
  if (!cadre) throw new AppError('SESSION_RECORDER', {}, [{ field: 'recorderCadreId' }]);
}

/** The roster: the given cadres (each an active cadre of the unit or below), or all of them. */
async function rosterFor(tx: DbOrTx, orgPath: string, cadreIds: string[] | undefined) {
  const unique = cadreIds ? [...new Set(cadreIds)] : undefined;
  const cadres = await activeCadresBelow(tx, orgPath, unique);
  if (unique && cadres.length !== unique.length)
    throw new AppError('SESSION_ROSTER', {}, [{ field: 'cadreIds' }]);
  if (cadres.length === 0) throw new AppError('SESSION_ROSTER.empty', {}, [{ field: 'cadreIds' }]);
  return cadres.map((c) => c.id);
}

async function checkCampaign(tx: DbOrTx, campaignId: string | null | undefined) {
  if (campaignId && !(await campaignExists(tx, campaignId)))
    throw new AppError('VALIDATION.sessionCampaign', {}, [{ field: 'campaignId' }]);
}

export async function create(
  ctx: RequestContext,
  input: TStudySessionCreate,
): Promise<TStudySessionDetail> {
  const id = await inTransaction(ctx.db, async (tx) => {
    const org = await requireOrgInScope(tx, scopeOf(ctx.actor), input.orgId);
    await checkCampaign(tx, input.campaignId);
    await checkRecorder(tx, org.path, input.recorderCadreId);
    const roster = await rosterFor(tx, org.path, input.cadreIds);
    // a session belongs to the campaign running on its day unless one is named, so that it
    // counts in 学习参与情况 (the schedule form names none)
    const campaignId =
      input.campaignId ??
      (await campaignForMonth(tx, monthOf(todayInChina(input.startsAt))))?.id ??
      null;
    const { cadreIds: _c, ...rest } = input;
    const fields = { ...rest, campaignId };
    const sessionId = await insertSession(tx, { ...fields, createdBy: ctx.actor.userId });
    await insertRoster(tx, sessionId, roster);
    await audit(tx, ctx, {
      action: 'create',
      entity: 'study_session',
      entityId: sessionId,
      summary: auditText.studySession.create(input.title, org.name, roster.length),
      after: { ...fields, roster },
    });
    return sessionId;
  });
  return get(ctx, id);
}

/** Records (attendance, minutes, attachments) may be written now, else 409 in words. */
function assertEntryOpen(s: SessionRow, w: WindowSettings, now: Date): void {
  const { entry, entryUntil } = entryOf(s, now, w);
  if (entry === 'before')
    throw new AppError('SESSION_ENTRY.before', { start: dateTimeInChina(s.startsAt) });
  if (entry === 'closed')
    throw new AppError('SESSION_ENTRY.closed', {
      until: dateTimeInChina(entryUntil),
      days: w.recordWindowDays,
    });
}

const SCHEDULE_FIELDS = [
  'campaignId',
  'kind',
  'title',
  'startsAt',
  'endsAt',
  'place',
  'presenter',
  'recorderCadreId',
  'materialId',
  'cadreIds',
] as const;

/** A locked session the actor may write records of (404 outside his reach, 403 not his to record). */
async function lockForRecords(tx: Tx, actor: Actor, id: string): Promise<SessionRow> {
  const s = await lockSession(tx, readerOf(actor), id);
  if (!s) throw notFound();
  if (!mayRecord(actor, s)) throw new AppError('SESSION_NOT_RECORDER');
  return s;
}

export async function update(
  ctx: RequestContext,
  id: string,
  patch: TStudySessionUpdate,
): Promise<TStudySessionDetail> {
  const now = new Date();
  const w = await windowSettings(ctx.db);
  await inTransaction(ctx.db, async (tx) => {
    const before = await lockForRecords(tx, ctx.actor, id);
    const schedule = SCHEDULE_FIELDS.some((f) => patch[f] !== undefined);
    if (schedule) {
      // the schedule is the unit's; once the session has begun it is what happened
      if (!isUnitWriter(ctx.actor, before.orgPath)) throw new AppError('SESSION_NOT_RECORDER');
      if (now >= before.startsAt) throw new AppError('SESSION_STARTED');
      const startsAt = patch.startsAt ?? before.startsAt;
      const endsAt = patch.endsAt ?? before.endsAt;
      if (endsAt <= startsAt) throw new AppError('VALIDATION.dateRange', {}, [{ field: 'endsAt' }]);
      await checkCampaign(tx, patch.campaignId);
      if (patch.recorderCadreId !== undefined)
        await checkRecorder(tx, before.orgPath, patch.recorderCadreId);
      if (patch.cadreIds) {
        const roster = await rosterFor(tx, before.orgPath, patch.cadreIds);
        await removeFromRoster(tx, id, roster);
        await insertRoster(tx, id, roster);
      }
    }
    const records = patch.minutes !== undefined || Boolean(patch.attachmentIds?.length);
    if (records) assertEntryOpen(before, w, now);
    const { cadreIds: _c, attachmentIds, ...fields } = patch;
    await updateSession(tx, id, fields);
    if (attachmentIds?.length)
      await attachments.claim(tx, ctx, attachmentIds, { ownerType: OWNER, ownerId: id });
    await audit(tx, ctx, {
      action: 'update',
      entity: 'study_session',
      entityId: id,
      summary: auditText.studySession.update(before.title),
      before,
      after: patch,
    });
  });
  return get(ctx, id);
}

export async function remove(ctx: RequestContext, id: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const before = await lockSession(tx, readerOf(ctx.actor), id);
    if (!before) throw notFound();
    if (!isUnitWriter(ctx.actor, before.orgPath)) throw forbidden();
    if (await hasRecords(tx, id)) throw new AppError('SESSION_HAS_RECORDS');
    await deleteSession(tx, id);
    await audit(tx, ctx, {
      action: 'delete',
      entity: 'study_session',
      entityId: id,
      summary: auditText.studySession.delete(before.title),
      before,
    });
  });
}

function countsOfRoster(items: TAttendance['items']): TAttendance['counts'] {
  const n = (s: string) => items.filter((i) => i.status === s).length;
  return {
    due: items.length,
    present: n('present'),
    late: n('late'),
    leave: n('leave'),
    absent: n('absent'),
    unrecorded: n('expected'),
  };
}

async function attendanceAnswer(db: DbOrTx, id: string): Promise<TAttendance> {
  const items = await rosterOf(db, id);
  return { items, counts: countsOfRoster(items) };
}

export async function attendance(ctx: RequestContext, id: string): Promise<TAttendance> {
  await found(ctx.db, ctx.actor, id);
  return attendanceAnswer(ctx.db, id);
}

/** 登记出勤: the recorder or a unit writer sets roster rows, in the entry window. */
export async function putAttendance(
  ctx: RequestContext,
  id: string,
  body: TAttendancePut,
): Promise<TAttendance> {
  const now = new Date();
  const w = await windowSettings(ctx.db);
  await inTransaction(ctx.db, async (tx) => {
    const s = await lockForRecords(tx, ctx.actor, id);
    assertEntryOpen(s, w, now);
    const roster = new Map((await rosterOf(tx, id)).map((r) => [r.cadreId, r]));
    const changed = [];
    for (const [i, row] of body.rows.entries()) {
      const current = roster.get(row.cadreId);
      if (!current)
        throw new AppError('SESSION_ROSTER.notOnRoster', { name: `第 ${i + 1} 行的干部` }, [
          { field: `rows.${i}.cadreId` },
        ]);
      const reason = row.status === 'leave' || row.status === 'absent' ? row.reason : null;
      if (current.status === row.status && (current.reason ?? null) === reason) continue;
      await setAttendance(tx, id, { ...row, reason, recordedBy: ctx.actor.userId });
      changed.push({ cadreId: row.cadreId, from: current.status, to: row.status, reason });
    }
    if (changed.length === 0) return;
    await audit(tx, ctx, {
      action: 'update',
      entity: 'study_session',
      entityId: id,
      summary: auditText.studySession.attendance(s.title, changed.length),
      after: { attendance: changed },
    });
  });
  return attendanceAnswer(ctx.db, id);
}

/** Whether the QR code may be shown or scanned now: 30 minutes before the start until the end. */
function checkInOpen(s: SessionRow, now: Date): boolean {
  const opens = s.startsAt.getTime() - CHECKIN_OPENS_MINUTES_BEFORE * 60_000;
  return now.getTime() >= opens && now <= s.endsAt;
}

async function tokenSeconds(db: DbOrTx): Promise<number> {
  const s = await getSettings(db, ['learning.checkinTokenSeconds']);
  return s['learning.checkinTokenSeconds'];
}

/** 签到码: the code of the current period, for the recorder's or a writer's screen. */
export async function checkInCode(
  ctx: RequestContext,
  id: string,
  cfg: CheckInConfig,
): Promise<TCheckInCode> {
  const now = new Date();
  const s = await found(ctx.db, ctx.actor, id);
  if (!mayRecord(ctx.actor, s)) throw new AppError('SESSION_NOT_RECORDER');
  if (!checkInOpen(s, now))
    throw new AppError('SESSION_CHECKIN.codeClosed', { minutes: CHECKIN_OPENS_MINUTES_BEFORE });
  const seconds = await tokenSeconds(ctx.db);
  const { token, expiresAt } = currentToken(cfg.key, id, now, seconds);
  const url = `${cfg.baseUrl}/check-in?session=${id}&token=${encodeURIComponent(token)}`;
  return { token, expiresAt, url, seconds };
}

/**
 * 扫码签到: the logged-in cadre checks HIMSELF in (the token names the session and the time, the
 * account names the cadre). Present, or late after the start + learning.lateAfterMinutes; a second
 * scan changes nothing.
 */
export async function checkIn(
  ctx: RequestContext,
  id: string,
  body: { token: string },
  cfg: CheckInConfig,
): Promise<TCheckInResult> {
  const now = new Date();
  const cadreId = ctx.actor.cadreId;
  if (!cadreId) throw new AppError('SESSION_CHECKIN.noCadre');
  const s = await found(ctx.db, ctx.actor, id);
  const settings = await getSettings(ctx.db, [
    'learning.checkinTokenSeconds',
    'learning.lateAfterMinutes',
  ]);
  if (!tokenValid(cfg.key, id, body.token, now, settings['learning.checkinTokenSeconds']))
    throw new AppError('SESSION_CHECKIN.expired');
  if (!checkInOpen(s, now))
    throw new AppError('SESSION_CHECKIN.closed', { minutes: CHECKIN_OPENS_MINUTES_BEFORE });
  const lateAfter = s.startsAt.getTime() + settings['learning.lateAfterMinutes'] * 60_000;
  const status = now.getTime() > lateAfter ? 'late' : 'present';
  return inTransaction(ctx.db, async (tx) => {
    const mine = await attendanceOf(tx, id, cadreId);
    if (!mine) throw new AppError('SESSION_CHECKIN.notOnRoster');
    const wrote = await checkInRow(tx, id, cadreId, status, now, ctx.actor.userId);
    if (!wrote) {
      const now2 = await attendanceOf(tx, id, cadreId);
      return {
        status: now2?.status ?? mine.status,
        checkedInAt: now2?.checkedInAt ?? null,
        already: true,
      };
    }
    await audit(tx, ctx, {
      action: 'update',
      entity: 'study_session',
      entityId: id,
      summary: auditText.studySession.checkIn(
        s.title,
        ctx.actor.name,
        ATTENDANCE_STATUS_LABELS[status],
      ),
      before: { status: mine.status },
      after: { cadreId, status, method: 'qr', checkedInAt: now },
    });
    return { status, checkedInAt: now, already: false };
  });
}

// ---- for other modules: they call these, never ./study-sessions.repo.ts (lint rule) ------------
