import { dateTimeInChina } from '../../../common/dates.ts';
import type {
  TGoodPractice,
  TGoodPracticeCreate,
  TGoodPracticeFilter,
  TGoodPracticeListQuery,
} from '../../../common/good-practices.ts';
import {
  GOOD_PRACTICE_SUBJECT_LABELS,
  type TGoodPracticeDocumentKind,
  type TGoodPracticeKind,
  type TGoodPracticeSubject,
} from '../../../common/good-practices-terms.ts';
import { ZReflectionDetailsSchema } from '../../../common/reflections.ts';
import { ZResearchDetailsSchema } from '../../../common/research.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import type { RequestContext } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { documentService } from '../../platform/documents/documents.service.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText } from '../../platform/i18n/zh-CN.ts';
import { splitPage } from '../../platform/paging.ts';
import { findCampaign } from '../campaigns/campaigns.service.ts';
import * as cases from '../cases/cases.service.ts';
import {
  deletePractice,
  findMark,
  findPractice,
  insertPractice,
  insertPractices,
  listPractices,
  practicesOfCampaign,
} from './good-practices.repo.ts';

// the document kinds that may be marked, read through the documents platform as their modules do
// (each answers 404 for a document its reader may not see)
const documentReaders = {
  research: documentService('research', ZResearchDetailsSchema),
  reflection: documentService('reflection', ZReflectionDetailsSchema),
} satisfies Record<TGoodPracticeDocumentKind, unknown>;

const toPractice = (r: NonNullable<Awaited<ReturnType<typeof findPractice>>>): TGoodPractice => r;

export async function list(ctx: RequestContext, query: TGoodPracticeListQuery) {
  const { filter, page } = splitPage(query);
  const res = await listPractices(ctx.db, filter, page);
  return { items: res.items.map(toPractice), total: res.total };
}

const subjectLabel = (r: { kind: TGoodPracticeKind; documentKind: string | null }) =>
  GOOD_PRACTICE_SUBJECT_LABELS[
    (r.kind === 'case' ? 'case' : (r.documentKind ?? 'research')) as TGoodPracticeSubject
  ];

/** 经验做法 as listed (same filter), for the office's files. */
export async function exportXlsx(ctx: RequestContext, filter: TGoodPracticeFilter) {
  const { items } = await listPractices(ctx.db, filter, { limit: 10_000, offset: 0 });
  const X = excelText.goodPractices;
  const columns: Column<(typeof items)[number]>[] = [
    { header: X.columns.campaign, width: 30, value: (r) => r.campaignName },
    { header: X.columns.kind, width: 10, value: subjectLabel },
    { header: X.columns.title, width: 40, value: (r) => r.title },
    { header: X.columns.note, width: 50, value: (r) => r.note },
    { header: X.columns.source, width: 30, value: (r) => r.sourceCampaignName ?? '' },
    { header: X.columns.markedBy, width: 12, value: (r) => r.markedByName ?? '' },
    { header: X.columns.createdAt, width: 18, value: (r) => dateTimeInChina(r.createdAt) },
  ];
  return buildSheet(X.sheet, columns, items);
}

/** What is marked, as its reader sees it (404 when he may not see it). */
async function subjectOf(ctx: RequestContext, kind: TGoodPracticeKind, id: string) {
  if (kind === 'case') {
    const c = await cases.get(ctx, id).catch(() => undefined);
    if (!c) throw new AppError('NOT_FOUND.goodPracticeSubject', { what: '诉求件' });
    const words = c.content.length > 30 ? `${c.content.slice(0, 30)}…` : c.content;
    return { documentKind: null, title: `${c.trackingCode} ${words}`, campaignId: null };
  }
  for (const [documentKind, reader] of Object.entries(documentReaders)) {
    const d = await reader.get(ctx, id).catch(() => undefined);
    if (d) return { documentKind, title: d.title, campaignId: d.campaignId };
  }
  throw new AppError('NOT_FOUND.goodPracticeSubject', { what: '文书' });
}

/**
 * 标为经验做法: the office marks a case, a research report or a reflection it may see for a
 * campaign (a document's own by default), with a note; once per campaign and subject (409).
 */
export async function mark(ctx: RequestContext, input: TGoodPracticeCreate) {
  const subject = await subjectOf(ctx, input.kind, input.subjectId);
  const campaignId = input.campaignId ?? subject.campaignId;
  if (!campaignId)
    throw new AppError('VALIDATION.goodPracticeCampaign', {}, [{ field: 'campaignId' }]);
  const id = await inTransaction(ctx.db, async (tx) => {
    const campaign = await findCampaign(tx, campaignId);
    if (!campaign) throw new AppError('NOT_FOUND.goodPracticeCampaign');
    if (await findMark(tx, campaignId, input.kind, input.subjectId))
      throw new AppError('GOOD_PRACTICE_MARKED.named', {
        title: subject.title,
        campaign: campaign.name,
      });
    const row = {
      campaignId,
      kind: input.kind,
      subjectId: input.subjectId,
      documentKind: subject.documentKind,
      title: subject.title,
      note: input.note,
      markedBy: ctx.actor.userId,
    };
    const id = await insertPractice(tx, row);
    await audit(tx, ctx, {
      action: 'create',
      entity: 'good_practice',
      entityId: id,
      summary: auditText.goodPractice.mark(subjectLabel(row), subject.title, campaign.name),
      after: row,
    });
    return id;
  });
  const row = await findPractice(ctx.db, id);
  if (!row) throw notFound();
  return toPractice(row);
}

/** 取消标记, audited. */
export async function unmark(ctx: RequestContext, id: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const before = await findPractice(tx, id);
    if (!before) throw notFound();
    await deletePractice(tx, id);
    await audit(tx, ctx, {
      action: 'delete',
      entity: 'good_practice',
      entityId: id,
      summary: auditText.goodPractice.unmark(before.title, before.campaignName),
      before,
    });
  });
}

// ---- for other modules: they call these, never ./good-practices.repo.ts (lint rule) ------------

/**
 * A campaign's practices for its summary (活动总结): what kind (case / document), its title and
 * the note, in the order they were marked; `label` says 诉求件 / 调研报告 / 心得体会.
 */
export async function practicesOf(db: DbOrTx, campaignId: string) {
  const rows = await practicesOfCampaign(db, campaignId);
  return rows.map((r) => ({ kind: r.kind, title: r.title, note: r.note, label: subjectLabel(r) }));
}

/**
 * A campaign's copy carries its practices into the new campaign as references: the same subject,
 * title and note, marked with the campaign they were first marked in. Returns how many.
 */
export async function copyForCampaign(
  tx: DbOrTx,
  fromId: string,
  toId: string,
  markedBy: string | null,
): Promise<number> {
  const rows = await practicesOfCampaign(tx, fromId);
  await insertPractices(
    tx,
    rows.map((r) => ({
      campaignId: toId,
      kind: r.kind,
      subjectId: r.subjectId,
      documentKind: r.documentKind,
      title: r.title,
      note: r.note,
      sourceCampaignId: r.sourceCampaignId ?? fromId,
      markedBy,
    })),
  );
  return rows.length;
}
