import { daysBetween, monthOf, todayInChina } from '../../../common/dates.ts';
import {
  MAX_VOLUNTEER_HOURS_PER_DAY,
  SERVICE_RECORD_KIND_LABELS,
} from '../../../common/service-record-terms.ts';
import type {
  TServiceRecord,
  TServiceRecordCreate,
  TServiceRecordUpdate,
  TServiceSummary,
  TServiceSummaryRow,
} from '../../../common/service-records.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type RequestContext, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { changeInScope } from '../../platform/audited.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import * as attachments from '../attachments/attachments.service.ts';
import { campaignForMonth, findCampaign } from '../campaigns/campaigns.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { getSetting } from '../settings/settings.service.ts';
import { assertMayWriteFor } from './service-records.policy.ts';
import {
  campaignsWithRecords,
  deleteServiceRecord,
  findCadreInScope,
  findServiceRecord,
  insertServiceRecord,
  listServiceRecords,
  rootUnits,
  summaryUnits,
  unitTotals,
  updateServiceRecord,
} from './service-records.repo.ts';
import type {
  TServiceRecordFilter,
  TServiceRecordListQuery,
  TServiceSummaryQuery,
} from './service-records.schemas.ts';

/** a record's evidence (registered in service-records.module.ts) */
export const SERVICE_RECORD_ATTACHMENT_OWNER = 'service_record';
const OWNER = SERVICE_RECORD_ATTACHMENT_OWNER;

export const mayReadServiceRecordFiles = async (ctx: RequestContext, id: string) =>
  Boolean(await findServiceRecord(ctx.db, scopeOf(ctx.actor), id));

type Row = NonNullable<Awaited<ReturnType<typeof findServiceRecord>>>;

async function withEvidence(db: DbOrTx, rows: Row[]): Promise<TServiceRecord[]> {
  const files = await attachments.listOf(
    db,
    OWNER,
    rows.map((r) => r.id),
  );
  return rows.map(({ createdBy: _b, orgPath: _p, ...r }) => ({
    ...r,
    evidence: files.get(r.id) ?? [],
  }));
}

async function filterOf(ctx: RequestContext, q: TServiceRecordFilter) {
  const scope = scopeOf(ctx.actor);
  const orgPath = q.orgId ? (await requireOrgInScope(ctx.db, scope, q.orgId)).path : undefined;
  return {
    q: q.q,
    orgPath,
    kind: q.kind,
    cadreId: q.cadreId,
    campaignId: q.campaignId,
    from: q.from,
    to: q.to,
  };
}

export async function list(ctx: RequestContext, q: TServiceRecordListQuery) {
  const f = await filterOf(ctx, q);
  const { items, total } = await listServiceRecords(ctx.db, scopeOf(ctx.actor), f, pageOf(q));
  return { items: await withEvidence(ctx.db, items), total };
}

const EXPORT_LIMIT = 100_000;

export async function exportXlsx(ctx: RequestContext, q: TServiceRecordFilter): Promise<Buffer> {
  const f = await filterOf(ctx, q);
  const { items } = await listServiceRecords(ctx.db, scopeOf(ctx.actor), f, {
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  const rows = await withEvidence(ctx.db, items);
  const X = excelText.serviceRecords;
  const columns: Column<TServiceRecord>[] = [
    { header: X.columns.kind, width: 10, value: (r) => SERVICE_RECORD_KIND_LABELS[r.kind] },
    { header: X.columns.cadre, value: (r) => r.cadreName },
    { header: X.columns.org, width: 24, value: (r) => r.orgName },
    { header: X.columns.campaign, width: 24, value: (r) => r.campaignName ?? '' },
    { header: X.columns.startsOn, width: 12, value: (r) => r.startsOn },
    {
      header: X.columns.endsOn,
      width: 12,
      value: (r) => r.endsOn ?? (r.kind === 'frontline' ? X.ongoing : r.startsOn),
    },
    { header: X.columns.place, width: 24, value: (r) => r.place },
    { header: X.columns.task, width: 40, value: (r) => r.task },
    { header: X.columns.result, width: 40, value: (r) => r.result ?? '' },
    { header: X.columns.hours, width: 10, value: (r) => r.hours ?? '' },
    { header: X.columns.evidence, width: 10, value: (r) => r.evidence.length },
  ];
  return buildSheet(X.sheet, columns, rows);
}

export async function get(ctx: RequestContext, id: string): Promise<TServiceRecord> {
  const row = await findServiceRecord(ctx.db, scopeOf(ctx.actor), id);
  if (!row) throw notFound();
  const [record] = await withEvidence(ctx.db, [row]);
  return record as TServiceRecord;
}

type Fields = {
  kind: 'frontline' | 'volunteer';
  startsOn: string;
  endsOn: string | null;
  hours: number | null;
  campaignId: string | null;
};

/**
 * The campaign a record belongs to: the one asked for, none when asked for none, else the active
 * campaign running on its first day.
 */
async function campaignOf(db: DbOrTx, campaignId: string | null | undefined, startsOn: string) {
  if (campaignId === null) return null;
  if (campaignId) {
    const c = await findCampaign(db, campaignId);
    if (!c) throw new AppError('NOT_FOUND.serviceRecordCampaign');
    return c;
  }
  return (await campaignForMonth(db, monthOf(startsOn))) ?? null;
}

/** Dates in order, not in the future, not before the campaign; hours only and always for service. */
function check(f: Fields, campaign: { name: string; startDate: string } | null): void {
  if (f.endsOn && f.endsOn < f.startsOn) {
    throw new AppError('SERVICE_RECORD_DATES.reversed', {}, [{ field: 'endsOn' }]);
  }
  if ((f.endsOn ?? f.startsOn) > todayInChina()) {
    throw new AppError('SERVICE_RECORD_DATES.future', {}, [
      { field: f.endsOn ? 'endsOn' : 'startsOn' },
    ]);
  }
  if (campaign && f.startsOn < campaign.startDate) {
    throw new AppError(
      'SERVICE_RECORD_DATES.beforeCampaign',
      { campaign: campaign.name, start: campaign.startDate },
      [{ field: 'startsOn' }],
    );
  }
  if (f.kind === 'frontline') {
    if (f.hours != null)
      throw new AppError('SERVICE_RECORD_HOURS.frontline', {}, [{ field: 'hours' }]);
    return;
  }
  if (f.hours == null) throw new AppError('SERVICE_RECORD_HOURS', {}, [{ field: 'hours' }]);
  const days = f.endsOn ? daysBetween(f.startsOn, f.endsOn) + 1 : 1;
  const max = days * MAX_VOLUNTEER_HOURS_PER_DAY;
  if (f.hours > max) {
    throw new AppError(
      'SERVICE_RECORD_HOURS.perDay',
      { perDay: MAX_VOLUNTEER_HOURS_PER_DAY, days, max },
      [{ field: 'hours' }],
    );
  }
}

export async function create(ctx: RequestContext, input: TServiceRecordCreate) {
  const cadreId = input.cadreId ?? ctx.actor.cadreId;
  if (!cadreId) throw new AppError('SERVICE_RECORD_CADRE_REQUIRED', {}, [{ field: 'cadreId' }]);
  assertMayWriteFor(ctx.actor, cadreId);
  const id = await inTransaction(ctx.db, async (tx) => {
    const cadre = await findCadreInScope(tx, scopeOf(ctx.actor), cadreId);
    if (!cadre) throw new AppError('NOT_FOUND.serviceRecordCadre');
    const campaign = await campaignOf(tx, input.campaignId, input.startsOn);
    const fields: Fields = {
      kind: input.kind,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      hours: input.hours ?? null,
      campaignId: campaign?.id ?? null,
    };
    check(fields, campaign);
    const recordId = await insertServiceRecord(tx, {
      ...fields,
      cadreId,
      orgId: cadre.orgId,
      place: input.place,
      task: input.task,
      result: input.result ?? null,
      createdBy: ctx.actor.userId,
    });
    await attachments.claim(tx, ctx, input.attachmentIds, { ownerType: OWNER, ownerId: recordId });
    await audit(tx, ctx, {
      action: 'create',
      entity: 'service_record',
      entityId: recordId,
      summary: auditText.serviceRecord.create(
        cadre.name,
        SERVICE_RECORD_KIND_LABELS[input.kind],
        input.startsOn,
      ),
      after: { ...input, ...fields, cadreId, orgId: cadre.orgId },
    });
    return recordId;
  });
  return get(ctx, id);
}

export async function update(ctx: RequestContext, id: string, patch: TServiceRecordUpdate) {
  await changeInScope(ctx, id, findServiceRecord, async (tx, before, scope) => {
    assertMayWriteFor(ctx.actor, before.cadreId);
    const startsOn = patch.startsOn ?? before.startsOn;
    const campaign =
      patch.campaignId === undefined
        ? before.campaignId
          ? await campaignOf(tx, before.campaignId, startsOn)
          : null
        : await campaignOf(tx, patch.campaignId, startsOn);
    const fields: Fields = {
      kind: before.kind,
      startsOn,
      endsOn: patch.endsOn === undefined ? before.endsOn : patch.endsOn,
      hours: patch.hours === undefined ? before.hours : patch.hours,
      campaignId: campaign?.id ?? null,
    };
    check(fields, campaign);
    const { kind: _k, ...changes } = fields;
    await updateServiceRecord(tx, id, {
      ...changes,
      place: patch.place,
      task: patch.task,
      result: patch.result,
    });
    if (patch.attachmentIds?.length) {
      await attachments.claim(tx, ctx, patch.attachmentIds, { ownerType: OWNER, ownerId: id });
    }
    const kind = SERVICE_RECORD_KIND_LABELS[before.kind];
    return {
      action: 'update',
      entity: 'service_record',
      entityId: id,
      summary: auditText.serviceRecord.update(before.cadreName, kind, before.startsOn),
      before,
      after: await findServiceRecord(tx, scope, id),
    };
  });
  return get(ctx, id);
}

export async function remove(ctx: RequestContext, id: string): Promise<void> {
  await changeInScope(ctx, id, findServiceRecord, async (tx, before) => {
    assertMayWriteFor(ctx.actor, before.cadreId);
    await deleteServiceRecord(tx, id);
    const kind = SERVICE_RECORD_KIND_LABELS[before.kind];
    const summary = auditText.serviceRecord.delete(before.cadreName, kind, before.startsOn);
    return { action: 'delete', entity: 'service_record', entityId: id, summary, before };
  });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The campaign running now when it has records, else the latest that has any, else now's. */
async function defaultCampaign(db: DbOrTx) {
  const running = await campaignForMonth(db, monthOf(todayInChina()));
  const withRecords = await campaignsWithRecords(db);
  if (running && withRecords.some((c) => c.id === running.id)) return running;
  return withRecords[0] ?? running ?? null;
}

/**
 * 一线服务汇总: per unit (the units right below the chosen one, or the scope's), its active
 * cadres, volunteer hours against `learning.volunteerHoursPerCadre` × cadres, and its front-line
 * postings, for one campaign (default: the one running now; without any, all records).
 */
export async function summary(
  ctx: RequestContext,
  q: TServiceSummaryQuery,
): Promise<TServiceSummary> {
  const scope = scopeOf(ctx.actor);
  const campaign = q.campaignId
    ? await findCampaign(ctx.db, q.campaignId)
    : await defaultCampaign(ctx.db);
  if (q.campaignId && !campaign) throw new AppError('NOT_FOUND.serviceRecordCampaign');
  const bases = q.orgId
    ? [await requireOrgInScope(ctx.db, scope, q.orgId)]
    : scope.kind === 'all'
      ? await rootUnits(ctx.db)
      : ctx.actor.orgId
        ? [await requireOrgInScope(ctx.db, scope, ctx.actor.orgId)]
        : [];
  const [perCadre, units] = await Promise.all([
    getSetting(ctx.db, 'learning.volunteerHoursPerCadre'),
    summaryUnits(ctx.db, bases),
  ]);
  const campaignId = campaign?.id ?? null;
  const below = units.some((u) => !bases.some((b) => b.id === u.id));
  const [rows, totals, own] = await Promise.all([
    unitTotals(ctx.db, units, campaignId),
    unitTotals(ctx.db, bases, campaignId),
    below ? unitTotals(ctx.db, bases, campaignId, true) : Promise.resolve([]),
  ]);
  const byId = new Map(rows.map((r) => [r.orgId, r]));
  const rowOf = (t: { cadres: number; hours: number; volunteers: number; frontline: number }) => {
    const target = t.cadres * perCadre;
    const hours = round1(t.hours);
    return {
      cadres: t.cadres,
      hours,
      target,
      rate: target > 0 ? Math.round((hours / target) * 1000) / 1000 : null,
      volunteers: t.volunteers,
      frontline: t.frontline,
    };
  };
  const zero = { cadres: 0, hours: 0, volunteers: 0, frontline: 0 };
  // the units below, each with its sub-units, then a unit's own cadres (本级) where it has any
  const items: TServiceSummaryRow[] = [
    ...units.map((u) => ({
      orgId: u.id,
      orgName: u.name,
      own: false,
      ...rowOf(byId.get(u.id) ?? zero),
    })),
    ...own
      .filter((t) => t.cadres > 0 || t.hours > 0 || t.frontline > 0)
      .map((t) => ({
        orgId: t.orgId,
        orgName: bases.find((b) => b.id === t.orgId)?.name ?? '',
        own: true,
        ...rowOf(t),
      })),
  ];
  const sum = totals.reduce(
    (a, t) => ({
      cadres: a.cadres + t.cadres,
      hours: a.hours + t.hours,
      volunteers: a.volunteers + t.volunteers,
      frontline: a.frontline + t.frontline,
    }),
    zero,
  );
  const base = bases.length === 1 ? bases[0] : undefined;
  const baseName = base?.name ?? '';
  return {
    campaignId,
    campaignName: campaign?.name ?? null,
    hoursPerCadre: perCadre,
    items,
    total: { orgId: base?.id ?? null, orgName: baseName, ...rowOf(sum) },
  };
}
