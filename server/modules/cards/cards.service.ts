import { CARD_RECORD_KIND_LABELS } from '../../../common/cards.ts';
import { monthOf, todayInChina } from '../../../common/dates.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { placeReadScopeOf, type RequestContext, scopeOf } from '../../platform/access.ts';
import { auditCreated, changeInScope } from '../../platform/audited.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { pdfText } from '../../platform/i18n/zh-CN.ts';
import { cardPdf, cardSheetPdf, type TPdfCard } from '../../platform/pdf/card.ts';
import { campaignForMonth } from '../campaigns/campaigns.service.ts';
import { findContactPoint } from '../contact-points/contact-points.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { assertMayWriteCard } from './cards.policy.ts';
import {
  deleteCardRecord,
  findCampaignPledge,
  findCardCadre,
  findCardRecord,
  insertCardRecord,
  listCardRecords,
  listLeadingCardCadres,
  type TCardCadreRow,
  upsertCadreCard,
} from './cards.repo.ts';
import type {
  TCadreCard,
  TCadreCardUpdate,
  TCardCampaignQuery,
  TCardRecord,
  TCardRecordCreate,
  TCardRecordList,
} from './cards.schemas.ts';

let publicBaseUrl = 'http://localhost:3000';

/** Set once from the config when the routes are registered (`PUBLIC_BASE_URL`). */
export function setCardPublicBaseUrl(url: string): void {
  publicBaseUrl = url.replace(/\/+$/, '');
}

/** What a card's QR code opens: the citizens' form addressed to the cadre (web/public). */
export const submitUrlOf = (cadreId: string) => `${publicBaseUrl}/public/submit?cadre=${cadreId}`;

type CampaignPledge = { id: string; name: string; pledge: string };

/** The campaign asked for (404 when there is none), else the active one covering today, else none. */
async function campaignOf(db: DbOrTx, campaignId?: string): Promise<CampaignPledge | null> {
  if (campaignId) {
    const c = await findCampaignPledge(db, campaignId);
    if (!c) throw new AppError('NOT_FOUND.cardCampaign');
    return c;
  }
  const c = await campaignForMonth(db, monthOf(todayInChina()));
  return c ? { id: c.id, name: c.name, pledge: c.pledge } : null;
}

function cardOf(row: TCardCadreRow, campaign: CampaignPledge | null): TCadreCard {
  return {
    cadreId: row.cadreId,
    name: row.name,
    post: row.post,
    orgId: row.orgId,
    orgName: row.orgName,
    officePhone: row.officePhone,
    showOfficePhone: row.showOfficePhone,
    mobile: row.mobile,
    showMobile: row.showMobile,
    email: row.email,
    contactPoint:
      row.contactPointId && row.contactPointName
        ? { id: row.contactPointId, name: row.contactPointName }
        : null,
    campaign: campaign && { id: campaign.id, name: campaign.name },
    pledge: campaign?.pledge ?? '',
    qrUrl: submitUrlOf(row.cadreId),
    updatedAt: row.updatedAt,
  };
}

/** What the PDF prints: only the phones the cadre chose. */
function pdfCardOf(card: TCadreCard): TPdfCard {
  return {
    name: card.name,
    post: card.post,
    orgName: card.orgName,
    officePhone: card.showOfficePhone && card.officePhone ? card.officePhone : null,
    mobile: card.showMobile ? card.mobile : null,
    email: card.email,
    contactPoint: card.contactPoint?.name ?? null,
    pledge: card.pledge,
    campaignName: card.campaign?.name ?? null,
    qrUrl: card.qrUrl,
  };
}

async function requireCadre(db: DbOrTx, ctx: RequestContext, cadreId: string) {
  const row = await findCardCadre(db, scopeOf(ctx.actor), cadreId);
  if (!row) throw notFound();
  return row;
}

export async function getCard(
  ctx: RequestContext,
  cadreId: string,
  q: TCardCampaignQuery = {},
): Promise<TCadreCard> {
  const row = await requireCadre(ctx.db, ctx, cadreId);
  return cardOf(row, await campaignOf(ctx.db, q.campaignId));
}

/**
 * The contact point on a card or a handout must be one the cadre goes to: of his unit or a unit
 * above it (as for 走访), and visible to the writer.
 */
async function requirePlace(tx: Tx, ctx: RequestContext, cadreOrgPath: string, id: string) {
  const point = await findContactPoint(tx, placeReadScopeOf(ctx.actor), id);
  if (!point || !cadreOrgPath.startsWith(point.orgPath)) {
    throw new AppError('VALIDATION.cardContactPoint', {}, [{ field: 'body.contactPointId' }]);
  }
}

const choicesOf = (r: TCardCadreRow) => ({
  officePhone: r.officePhone,
  showOfficePhone: r.showOfficePhone,
  showMobile: r.showMobile,
  contactPointId: r.contactPointId,
});

/** 保存连心卡内容: a cadre his own, a writer any cadre's in scope; audited. */
export async function putCard(
  ctx: RequestContext,
  cadreId: string,
  input: TCadreCardUpdate,
): Promise<TCadreCard> {
  await changeInScope(ctx, cadreId, findCardCadre, async (tx, before) => {
    assertMayWriteCard(ctx.actor, cadreId);
    if (input.showMobile && !before.mobile) {
      throw new AppError('VALIDATION.cardNoMobile', {}, [{ field: 'body.showMobile' }]);
    }
    if (input.contactPointId) await requirePlace(tx, ctx, before.orgPath, input.contactPointId);
    await upsertCadreCard(tx, cadreId, input);
    const summary = auditText.cadreCard.update(before.name);
    const after = { ...input };
    return {
      action: 'update',
      entity: 'cadre_card',
      entityId: cadreId,
      summary,
      before: choicesOf(before),
      after,
    };
  });
  return getCard(ctx, cadreId);
}

/** One card as a PDF, with its file name. */
export async function cardPdfOf(ctx: RequestContext, cadreId: string, q: TCardCampaignQuery) {
  const card = await getCard(ctx, cadreId, q);
  return { fileName: pdfText.card.fileName(card.name), pdf: await cardPdf(pdfCardOf(card)) };
}

/** The cards of a unit's (and its sub-units') active leading cadres, ten to an A4 sheet. */
export async function unitCardsPdf(ctx: RequestContext, orgId: string, q: TCardCampaignQuery) {
  const org = await requireOrgInScope(ctx.db, scopeOf(ctx.actor), orgId);
  const rows = await listLeadingCardCadres(ctx.db, org.path);
  if (rows.length === 0) throw new AppError('VALIDATION.cardNoLeaders');
  const campaign = await campaignOf(ctx.db, q.campaignId);
  const cards = rows.map((r) => pdfCardOf(cardOf(r, campaign)));
  const pdf = await cardSheetPdf(pdfText.card.batchTitle(org.name), cards);
  return { fileName: pdfText.card.batchFileName(org.name), pdf };
}

// ---- 印制 / 发放 records ------------------------------------------------------------------------

type RecordRow = Awaited<ReturnType<typeof listCardRecords>>[number];

const recordOf = ({ contactPointId, contactPointName, ...r }: RecordRow): TCardRecord => ({
  ...r,
  contactPoint:
    contactPointId && contactPointName ? { id: contactPointId, name: contactPointName } : null,
});

export async function listRecords(
  ctx: RequestContext,
  cadreId: string,
  q: TCardCampaignQuery,
): Promise<TCardRecordList> {
  await requireCadre(ctx.db, ctx, cadreId);
  const campaign = await campaignOf(ctx.db, q.campaignId);
  if (!campaign) return { items: [], total: 0, campaign: null, printed: 0, handedOut: 0 };
  const items = (await listCardRecords(ctx.db, cadreId, campaign.id)).map(recordOf);
  const sum = (kind: TCardRecord['kind']) =>
    items.filter((r) => r.kind === kind).reduce((n, r) => n + r.count, 0);
  return {
    items,
    total: items.length,
    campaign: { id: campaign.id, name: campaign.name },
    printed: sum('printed'),
    handedOut: sum('handed_out'),
  };
}

/** 登记印制 / 发放 in a campaign (the current one unless named); audited. */
export async function createRecord(
  ctx: RequestContext,
  cadreId: string,
  input: TCardRecordCreate,
): Promise<TCardRecord> {
  const { id, campaignId } = await inTransaction(ctx.db, async (tx) => {
    const cadre = await requireCadre(tx, ctx, cadreId);
    assertMayWriteCard(ctx.actor, cadreId);
    const campaign = await campaignOf(tx, input.campaignId);
    if (!campaign) {
      throw new AppError('VALIDATION.cardCampaign', {}, [{ field: 'body.campaignId' }]);
    }
    const contactPointId = input.contactPointId ?? null;
    if (contactPointId) await requirePlace(tx, ctx, cadre.orgPath, contactPointId);
    const values = {
      cadreId,
      campaignId: campaign.id,
      kind: input.kind,
      count: input.count,
      on: input.on,
      contactPointId,
      note: input.note,
    };
    const row = { id: await insertCardRecord(tx, { ...values, createdBy: ctx.actor.userId }) };
    const kind = CARD_RECORD_KIND_LABELS[input.kind];
    const summary = auditText.cardRecord.create(cadre.name, kind, input.count, input.on);
    const recordId = await auditCreated(tx, ctx, row, {
      entity: 'card_record',
      summary,
      after: values,
    });
    return { id: recordId, campaignId: campaign.id };
  });
  const made = (await listCardRecords(ctx.db, cadreId, campaignId)).find((r) => r.id === id);
  if (!made) throw notFound();
  return recordOf(made);
}

export async function removeRecord(ctx: RequestContext, id: string): Promise<void> {
  await changeInScope(ctx, id, findCardRecord, async (tx, before) => {
    assertMayWriteCard(ctx.actor, before.cadreId);
    await deleteCardRecord(tx, id);
    const kind = CARD_RECORD_KIND_LABELS[before.kind];
    const summary = auditText.cardRecord.delete(before.cadreName, kind, before.count, before.on);
    return { action: 'delete', entity: 'card_record', entityId: id, summary, before };
  });
}

// ---- for other modules: they call these, never ./cards.repo.ts (lint rule) ----------------------
// Each runs on the db or transaction the caller passes, so it joins the caller's transaction.

/**
 * A cadre's card as he chose it, for the foot of a document (公开信, platform/pdf/document.ts);
 * the caller has checked the scope. Undefined for an unknown cadre.
 */
export async function pdfCardFor(
  db: DbOrTx,
  cadreId: string,
  campaignId?: string,
): Promise<TPdfCard | undefined> {
  const row = await findCardCadre(db, { kind: 'all' }, cadreId);
  if (!row) return undefined;
  return pdfCardOf(cardOf(row, await campaignOf(db, campaignId)));
}

/**
 * 六个一: per cadre, the cards printed and handed out in a campaign and at how many contact points
 * (cadres without records are absent).
 */
export { cardRecordTotals } from './cards.repo.ts';
