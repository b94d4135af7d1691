import { addDays, daysBetween, todayInChina } from '../../../common/dates.ts';
import {
  meetingKindLabels,
  type TAttendanceBody,
  type TAttendanceItem,
  type TMeeting,
  type TMeetingCheck,
  type TMeetingCreate,
  type TMeetingDetail,
  type TMeetingFilter,
  type TMeetingListQuery,
  type TMeetingUpdate,
  type TReviewedBody,
} from '../../../common/meetings.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type RequestContext, type Scope, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText, meetingText } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { itemIdsUnder, openItemIdsBefore } from '../rectifications/rectifications.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import {
  cadresUnder,
  campaignExists,
  deleteMeeting,
  findMeeting,
  insertMeeting,
  listAttendance,
  listMeetings,
  listReviewed,
  lockMeeting,
  type MeetingRow,
  setAttendance,
  setReviewed,
  updateMeeting,
} from './meetings.repo.ts';

/** The rules' numbers (系统设置). */
export type MeetingRules = { numerator: number; denominator: number; reportWithinDays: number };

async function rulesOf(db: DbOrTx): Promise<MeetingRules> {
  const s = await getSettings(db, [
    'meetings.quorumNumerator',
    'meetings.quorumDenominator',
    'meetings.reportWithinDays',
  ]);
  return {
    numerator: s['meetings.quorumNumerator'],
    denominator: s['meetings.quorumDenominator'],
    reportWithinDays: s['meetings.reportWithinDays'],
  };
}

/**
 * The three checks of a meeting, from its roster, its report date and its 回头看:
 * - 到会人数: present × denominator ≥ due × numerator (exactly 2/3 passes); no roster fails;
 * - 向上级报告: reported on or before held_on + N days; not reported: pending until then, failed after;
 * - 回头看: the unit's items still open on the day (made before it): none — ok; some and at least
 *   one reviewed at the meeting — ok; some and none reviewed — failed.
 */
export function checksOf(
  m: { heldOn: string; reportedOn: string | null; due: number; present: number },
  rules: MeetingRules,
  today: string,
  review: { openBefore: number; reviewed: number },
): TMeetingCheck[] {
  const { numerator: num, denominator: den, reportWithinDays: days } = rules;
  const T = meetingText;
  const quorum: TMeetingCheck =
    m.due === 0
      ? { rule: 'quorum', ok: false, detail: T.quorum.noRoster }
      : m.present * den >= m.due * num
        ? { rule: 'quorum', ok: true, detail: T.quorum.ok(m.present, m.due, num, den) }
        : { rule: 'quorum', ok: false, detail: T.quorum.failed(m.present, m.due, num, den) };
  const by = addDays(m.heldOn, days);
  const reported: TMeetingCheck = m.reportedOn
    ? m.reportedOn <= by
      ? { rule: 'reported', ok: true, detail: T.reported.ok(m.reportedOn, days) }
      : {
          rule: 'reported',
          ok: false,
          detail: T.reported.late(m.reportedOn, daysBetween(by, m.reportedOn), days),
        }
    : today <= by
      ? { rule: 'reported', ok: null, detail: T.reported.pending(by) }
      : { rule: 'reported', ok: false, detail: T.reported.missing(by) };
  const reviewed: TMeetingCheck =
    review.openBefore === 0
      ? { rule: 'reviewed', ok: true, detail: T.reviewed.none }
      : review.reviewed > 0
        ? { rule: 'reviewed', ok: true, detail: T.reviewed.ok(review.reviewed, review.openBefore) }
        : { rule: 'reviewed', ok: false, detail: T.reviewed.failed(review.openBefore) };
  return [quorum, reported, reviewed];
}

async function toMeeting(db: DbOrTx, row: MeetingRow, rules: MeetingRules): Promise<TMeeting> {
  const { orgPath, reviewedIds, ...m } = row;
  const openBefore = (await openItemIdsBefore(db, orgPath, m.heldOn)).length;
  const checks = checksOf(m, rules, todayInChina(), {
    openBefore,
    reviewed: reviewedIds.length,
  });
  return { ...m, reviewedCount: reviewedIds.length, checks };
}

async function filterOf(ctx: RequestContext, q: TMeetingFilter) {
  const { orgId, ...rest } = q;
  const orgPath = orgId
    ? (await requireOrgInScope(ctx.db, scopeOf(ctx.actor), orgId)).path
    : undefined;
  return { ...rest, orgPath };
}

export async function list(ctx: RequestContext, q: TMeetingListQuery) {
  const { page, pageSize, ...filter } = q;
  const { items, total } = await listMeetings(
    ctx.db,
    scopeOf(ctx.actor),
    await filterOf(ctx, filter),
    pageOf({ page, pageSize }),
  );
  const rules = await rulesOf(ctx.db);
  const out: TMeeting[] = [];
  for (const row of items) out.push(await toMeeting(ctx.db, row, rules));
  return { items: out, total };
}

const EXPORT_LIMIT = 10_000;

export async function exportXlsx(ctx: RequestContext, q: TMeetingFilter): Promise<Buffer> {
  const { items } = await listMeetings(ctx.db, scopeOf(ctx.actor), await filterOf(ctx, q), {
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  const rules = await rulesOf(ctx.db);
  const rows: TMeeting[] = [];
  for (const row of items) rows.push(await toMeeting(ctx.db, row, rules));
  const X = excelText.meetings;
  const check = (i: number) => (m: TMeeting) => {
    const c = m.checks[i];
    if (!c) return '';
    const mark = c.ok === null ? X.values.pending : c.ok ? X.values.ok : X.values.failed;
    return `${mark}${c.detail}`;
  };
  const columns: Column<TMeeting>[] = [
    { header: X.columns.org, width: 24, value: (m) => m.orgName },
    { header: X.columns.kind, width: 12, value: (m) => meetingKindLabels[m.kind] },
    { header: X.columns.heldOn, width: 12, value: (m) => m.heldOn },
    { header: X.columns.topic, width: 30, value: (m) => m.topic },
    { header: X.columns.host, value: (m) => m.host },
    { header: X.columns.due, width: 6, value: (m) => m.due },
    { header: X.columns.present, width: 6, value: (m) => m.present },
    { header: X.columns.absent, width: 6, value: (m) => m.absent },
    { header: X.columns.reportedOn, width: 12, value: (m) => m.reportedOn ?? '' },
    { header: X.columns.quorum, width: 36, value: check(0) },
    { header: X.columns.reported, width: 36, value: check(1) },
    { header: X.columns.reviewed, width: 36, value: check(2) },
  ];
  return buildSheet(X.sheet, columns, rows);
}

export async function get(ctx: RequestContext, id: string): Promise<TMeetingDetail> {
  const row = await findMeeting(ctx.db, scopeOf(ctx.actor), id);
  if (!row) throw notFound();
  const [meeting, attendance, reviewed] = await Promise.all([
    toMeeting(ctx.db, row, await rulesOf(ctx.db)),
    listAttendance(ctx.db, id),
    listReviewed(ctx.db, id),
  ]);
  return { ...meeting, attendance, reviewed };
}

function checkDates(heldOn: string, reportedOn: string | null | undefined) {
  if (heldOn > todayInChina()) {
    throw new AppError('VALIDATION.meetingFuture', {}, [{ field: 'heldOn' }]);
  }
  if (reportedOn && reportedOn < heldOn) {
    throw new AppError('VALIDATION.meetingReportBefore', {}, [{ field: 'reportedOn' }]);
  }
}

async function checkCampaign(tx: DbOrTx, campaignId: string | null | undefined) {
  if (campaignId && !(await campaignExists(tx, campaignId))) {
    throw new AppError('VALIDATION.rectificationCampaign', {}, [{ field: 'campaignId' }]);
  }
}

/** The roster: each cadre once, all of the meeting's unit (or below). */
async function writeRoster(tx: Tx, orgPath: string, meetingId: string, items: TAttendanceItem[]) {
  const ids = items.map((i) => i.cadreId);
  if (new Set(ids).size !== ids.length) {
    throw new AppError('VALIDATION.meetingRosterTwice', {}, [{ field: 'attendance' }]);
  }
  const found = await cadresUnder(tx, orgPath, ids);
  if (found.length !== ids.length) {
    throw new AppError('VALIDATION.meetingRoster', {}, [{ field: 'attendance' }]);
  }
  await setAttendance(tx, meetingId, items);
}

/** 回头看: items of the meeting's unit (or below). */
async function writeReviewed(tx: Tx, orgPath: string, meetingId: string, body: TReviewedBody) {
  const ids = [...new Set(body.items.map((i) => i.rectificationId))];
  const found = await itemIdsUnder(tx, orgPath, ids);
  if (found.length !== ids.length) {
    throw new AppError('VALIDATION.meetingReviewed', {}, [{ field: 'reviewed' }]);
  }
  const byId = new Map(body.items.map((i) => [i.rectificationId, i.note]));
  await setReviewed(
    tx,
    meetingId,
    ids.map((rectificationId) => ({ rectificationId, note: byId.get(rectificationId) ?? '' })),
  );
}

export async function create(ctx: RequestContext, input: TMeetingCreate): Promise<TMeetingDetail> {
  checkDates(input.heldOn, input.reportedOn);
  const id = await inTransaction(ctx.db, async (tx) => {
    const org = await requireOrgInScope(tx, scopeOf(ctx.actor), input.orgId);
    await checkCampaign(tx, input.campaignId);
    const { attendance, reviewed, ...fields } = input;
    const meetingId = await insertMeeting(tx, {
      ...fields,
      campaignId: input.campaignId ?? null,
      reportedOn: input.reportedOn ?? null,
      createdBy: ctx.actor.userId,
    });
    if (attendance) await writeRoster(tx, org.path, meetingId, attendance);
    if (reviewed) await writeReviewed(tx, org.path, meetingId, { items: reviewed });
    await audit(tx, ctx, {
      action: 'create',
      entity: 'meeting',
      entityId: meetingId,
      summary: auditText.meeting.create(org.name, meetingKindLabels[input.kind], input.heldOn),
      after: input,
    });
    return meetingId;
  });
  return get(ctx, id);
}

/** The meeting in the writer's scope, locked for the rest of the transaction. */
async function lockInScope(tx: Tx, scope: Scope, id: string) {
  const row = await findMeeting(tx, scope, id);
  if (!row) throw notFound();
  await lockMeeting(tx, id);
  return row;
}

export async function update(ctx: RequestContext, id: string, patch: TMeetingUpdate) {
  await inTransaction(ctx.db, async (tx) => {
    const before = await lockInScope(tx, scopeOf(ctx.actor), id);
    checkDates(
      patch.heldOn ?? before.heldOn,
      patch.reportedOn === undefined ? before.reportedOn : patch.reportedOn,
    );
    await checkCampaign(tx, patch.campaignId);
    await updateMeeting(tx, id, patch);
    await audit(tx, ctx, {
      action: 'update',
      entity: 'meeting',
      entityId: id,
      summary: auditText.meeting.update(
        before.orgName,
        meetingKindLabels[before.kind],
        before.heldOn,
      ),
      before,
      after: patch,
    });
  });
  return get(ctx, id);
}

export async function remove(ctx: RequestContext, id: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const before = await lockInScope(tx, scopeOf(ctx.actor), id);
    await deleteMeeting(tx, id);
    await audit(tx, ctx, {
      action: 'delete',
      entity: 'meeting',
      entityId: id,
      summary: auditText.meeting.delete(
        before.orgName,
        meetingKindLabels[before.kind],
        before.heldOn,
      ),
      before,
    });
  });
}

export async function attendance(ctx: RequestContext, id: string) {
  const row = await findMeeting(ctx.db, scopeOf(ctx.actor), id);
  if (!row) throw notFound();
  return { items: await listAttendance(ctx.db, id) };
}

export async function putAttendance(ctx: RequestContext, id: string, body: TAttendanceBody) {
  await inTransaction(ctx.db, async (tx) => {
    const before = await lockInScope(tx, scopeOf(ctx.actor), id);
    const old = await listAttendance(tx, id);
    await writeRoster(tx, before.orgPath, id, body.items);
    const present = body.items.filter((i) => i.status === 'present').length;
    await audit(tx, ctx, {
      action: 'update',
      entity: 'meeting',
      entityId: id,
      summary: auditText.meeting.attendance(
        before.orgName,
        before.heldOn,
        present,
        body.items.length,
      ),
      before: { attendance: old },
      after: { attendance: body.items },
    });
  });
  return attendance(ctx, id);
}

export async function putReviewed(ctx: RequestContext, id: string, body: TReviewedBody) {
  await inTransaction(ctx.db, async (tx) => {
    const before = await lockInScope(tx, scopeOf(ctx.actor), id);
    const old = await listReviewed(tx, id);
    await writeReviewed(tx, before.orgPath, id, body);
    await audit(tx, ctx, {
      action: 'update',
      entity: 'meeting',
      entityId: id,
      summary: auditText.meeting.reviewed(before.orgName, before.heldOn, body.items.length),
      before: { reviewed: old.map((r) => r.rectificationId) },
      after: { reviewed: body.items },
    });
  });
  return get(ctx, id);
}
