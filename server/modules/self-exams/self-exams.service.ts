import { ACCESS, may, mayWriteCadreRecord } from '../../../common/access.ts';
import { monthOf, todayInChina } from '../../../common/dates.ts';
import {
  DEFAULT_SELF_EXAM_HEADINGS,
  type TOpinionCase,
  type TSelfExamDetails,
  type TSelfExamHeading,
  type TSelfExamHeadings,
  type TSelfExamOpinions,
  type TSelfExamOpinionsQuery,
  ZSelfExamDetailsSchema,
  ZSelfExamHeadingsSchema,
} from '../../../common/self-exams.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { type Actor, type RequestContext, type Scope, scopeOf } from '../../platform/access.ts';
import { changeInScope } from '../../platform/audited.ts';
import { documentService } from '../../platform/documents/documents.service.ts';
import { documentKind } from '../../platform/documents/kind.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { selfExamText as printText } from '../../platform/i18n/zh-CN.ts';
import { findCadre } from '../cadres/cadres.service.ts';
import { campaignForMonth, findCampaign } from '../campaigns/campaigns.service.ts';
import { casesConcerning } from '../cases/cases.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { heardOnVisits } from '../visits/visits.service.ts';
import {
  findCampaignHeadings,
  saveCampaignHeadings,
  storedHeadings,
  usedSectionKeys,
} from './self-exams.repo.ts';

// ---- the campaign's headings (对照标准, 根源剖析方面): data per campaign ------------------------

/** The stored headings, or the 2014 ones when none are stored (or the stored ones are malformed). */
export function headingsOf(stored: unknown): TSelfExamHeadings {
  if (stored == null) return DEFAULT_SELF_EXAM_HEADINGS;
  const ok = ZSelfExamHeadingsSchema.safeParse(stored);
  return ok.success ? ok.data : DEFAULT_SELF_EXAM_HEADINGS;
}

async function campaignHeadings(db: DbOrTx, campaignId: string) {
  const row = await findCampaignHeadings(db, campaignId);
  return row ? { name: row.name, headings: headingsOf(row.headings) } : undefined;
}

/** A report's sections are keyed by the campaign's headings: an unknown key is refused (400). */
async function checkDetails(tx: Tx, campaignId: string, details: TSelfExamDetails) {
  const c = await campaignHeadings(tx, campaignId);
  const headings = c?.headings ?? DEFAULT_SELF_EXAM_HEADINGS;
  const unknown = (part: 'problems' | 'causes', list: TSelfExamHeading[], what: string) =>
    Object.keys(details[part])
      .filter((k) => !list.some((h) => h.key === k))
      .map((key) => ({ field: `details.${part}.${key}`, key, what }));
  const bad = [
    ...unknown('problems', headings.standards, '对照标准'),
    ...unknown('causes', headings.causes, '根源剖析方面'),
  ];
  const [first] = bad;
  if (first) {
    throw new AppError(
      'VALIDATION.selfExamHeading',
      { key: first.key, what: first.what },
      bad.map((b) => ({ field: b.field })),
    );
  }
}

/** 对照检查材料: the reviewable-document kind `self_exam`, its sections checked by the campaign. */
export const selfExamWorkflow = documentKind('self_exam');
export const selfExamService = documentService('self_exam', ZSelfExamDetailsSchema, {
  checkDetails,
});

export async function getHeadings(ctx: RequestContext, campaignId: string) {
  const c = await campaignHeadings(ctx.db, campaignId);
  if (!c) throw notFound();
  return c.headings;
}

/**
 * Sets a campaign's headings (the office), audited as a change of the campaign. A heading some
 * report has written under may be renamed but not removed.
 */
export async function putHeadings(
  ctx: RequestContext,
  campaignId: string,
  input: TSelfExamHeadings,
): Promise<TSelfExamHeadings> {
  await changeInScope(
    ctx,
    campaignId,
    (tx, _scope, id) => campaignHeadings(tx, id),
    async (tx, before) => {
      const kept = new Set([...input.standards, ...input.causes].map((h) => h.key));
      const used = await usedSectionKeys(tx, campaignId);
      const gone = [...before.headings.standards, ...before.headings.causes].filter(
        (h) => used.has(h.key) && !kept.has(h.key),
      );
      if (gone.length > 0) {
        throw new AppError('VALIDATION.selfExamHeadingsInUse', {
          labels: gone.map((h) => h.label).join('、'),
        });
      }
      await saveCampaignHeadings(tx, campaignId, input, ctx.actor.userId);
      return {
        action: 'update',
        entity: 'campaign',
        entityId: campaignId,
        summary: auditText.selfExam.headings(before.name),
        before: before.headings,
        after: input,
      };
    },
  );
  return getHeadings(ctx, campaignId);
}

// ---- 群众意见: what the masses said about the cadre or his unit, beside the report -------------

/** how many of each kind the panel shows (newest first; the totals say how many there are) */
const OPINIONS_SHOWN = 50;

/** The writer of the cadre's report, or an overseer in scope — a cadre only about himself. */
const mayReadOpinions = (actor: Actor, cadreId: string) =>
  mayWriteCadreRecord(ACCESS.documents, actor, cadreId) ||
  may(ACCESS.documents.similar, actor.role);

async function opinionsOf(
  ctx: RequestContext,
  cadre: { id: string; name: string; orgId: string; orgName: string },
  campaign: { id: string; startDate: string; endDate: string },
): Promise<TSelfExamOpinions> {
  if (!mayReadOpinions(ctx.actor, cadre.id)) {
    throw new AppError('FORBIDDEN.ownDocument', { kind: selfExamService.label });
  }
  const org = await requireOrgInScope(ctx.db, { kind: 'all' }, cadre.orgId);
  const about = {
    cadreId: cadre.id,
    orgPath: org.path,
    from: campaign.startDate,
    to: campaign.endDate,
  };
  // the cadre himself: every case about him (one addressed to him may not be assigned yet);
  // anyone else: what his scope shows of them
  const scope: Scope = ctx.actor.cadreId === cadre.id ? { kind: 'all' } : scopeOf(ctx.actor);
  const fourWinds = await casesConcerning(
    ctx.db,
    scope,
    { ...about, categoryKind: 'four_winds' },
    OPINIONS_SHOWN,
  );
  // 下访听诉 of 民生 categories: the 四风 ones are in the list above already
  const interviews = await casesConcerning(
    ctx.db,
    scope,
    { ...about, categoryKind: 'livelihood', channel: 'field_interview' },
    OPINIONS_SHOWN,
  );
  const visits = await heardOnVisits(
    ctx.db,
    cadre.id,
    { from: campaign.startDate, to: campaign.endDate },
    OPINIONS_SHOWN,
  );
  const shown = (items: Awaited<ReturnType<typeof casesConcerning>>['items']): TOpinionCase[] =>
    items.map((c) => ({
      id: c.id,
      trackingCode: c.trackingCode,
      channel: c.channel,
      respondentGroup: c.respondentGroup,
      categoryName: c.categoryName,
      content: c.content,
      citizenName: c.citizenName,
      citizenPhone: c.citizenPhone,
      anonymous: c.anonymous,
      status: c.status,
      assignedOrgName: c.assignedOrgName,
      handlerName: c.handlerName,
      createdAt: c.createdAt,
      aboutCadre: c.handlerCadreId === cadre.id || c.addresseeCadreId === cadre.id,
    }));
  return {
    cadreId: cadre.id,
    cadreName: cadre.name,
    orgName: cadre.orgName,
    campaignId: campaign.id,
    from: campaign.startDate,
    to: campaign.endDate,
    fourWinds: shown(fourWinds.items),
    fourWindsTotal: fourWinds.total,
    interviews: shown(interviews.items),
    interviewsTotal: interviews.total,
    visits: visits.items,
    visitsTotal: visits.total,
  };
}

/** 群众意见 beside a report: about its author and his unit, in its campaign's period. */
export async function opinions(ctx: RequestContext, id: string): Promise<TSelfExamOpinions> {
  const doc = await selfExamService.get(ctx, id);
  const campaign = await findCampaign(ctx.db, doc.campaignId);
  if (!campaign) throw notFound();
  return opinionsOf(
    ctx,
    { id: doc.cadreId, name: doc.cadreName, orgId: doc.orgId, orgName: doc.orgName },
    campaign,
  );
}

/** 群众意见 before a report exists: for a cadre (default: the reader) and a campaign (default: now). */
export async function opinionsBefore(
  ctx: RequestContext,
  q: TSelfExamOpinionsQuery,
): Promise<TSelfExamOpinions> {
  const cadreId = q.cadreId ?? ctx.actor.cadreId;
  if (!cadreId) throw new AppError('DOCUMENT_CADRE');
  const cadre = await findCadre(ctx.db, scopeOf(ctx.actor), cadreId);
  if (!cadre) throw new AppError('NOT_FOUND.cadre');
  const campaign = q.campaignId
    ? await findCampaign(ctx.db, q.campaignId)
    : await campaignForMonth(ctx.db, monthOf(todayInChina()));
  if (!campaign) {
    if (q.campaignId) throw notFound();
    throw new AppError('DOCUMENT_NO_CAMPAIGN');
  }
  return opinionsOf(ctx, cadre, campaign);
}

/**
 * 打印: the report's text as printed — its opening, then each standard's problems, each root
 * cause and the measures under the campaign's headings (the small markup: headings, paragraphs).
 */
export async function printedBody(
  ctx: RequestContext,
  doc: { body: string; campaignId: string; details: unknown },
): Promise<string> {
  const { headings } = (await campaignHeadings(ctx.db, doc.campaignId)) ?? {
    headings: DEFAULT_SELF_EXAM_HEADINGS,
  };
  const d = ZSelfExamDetailsSchema.parse(doc.details ?? {});
  const block = (label: string, text: string | undefined) =>
    text?.trim() ? [`**${label}**`, '', text.trim(), ''] : [];
  return [
    doc.body,
    '',
    `## ${printText.problems}`,
    '',
    ...headings.standards.flatMap((h) => block(h.label, d.problems[h.key])),
    `## ${printText.causes}`,
    '',
    ...headings.causes.flatMap((h) => block(h.label, d.causes[h.key])),
    `## ${printText.measures}`,
    '',
    d.measures,
  ].join('\n');
}

// ---- for other modules ---------------------------------------------------------------------------

/**
 * A campaign's copy carries its self-examination headings (when it has its own; otherwise the
 * copy keeps the defaults too), in the caller's transaction; true when a row was copied.
 */
export async function copyForCampaign(
  tx: DbOrTx,
  fromId: string,
  toId: string,
  updatedBy: string | null,
): Promise<boolean> {
  const row = await storedHeadings(tx, fromId);
  if (!row) return false;
  await saveCampaignHeadings(tx, toId, row.headings, updatedBy);
  return true;
}
