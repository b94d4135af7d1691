import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  cadreCards,
  cadres,
  campaigns,
  cardRecords,
  contactPoints,
  orgs,
  users,
} from '../../db/schema/index.ts';
import { firstRow, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeWhere } from '../../platform/scope.repo.ts';

/** A cadre with what he chose for his card (the defaults of cadre_cards while he has not). */
const cardColumns = {
  cadreId: cadres.id,
  name: cadres.name,
  post: cadres.post,
  orgId: cadres.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  mobile: cadres.phone,
  email: cadres.email,
  active: cadres.active,
  officePhone: sql<string>`coalesce(${cadreCards.officePhone}, '')`,
  showOfficePhone: sql<boolean>`coalesce(${cadreCards.showOfficePhone}, true)`,
  showMobile: sql<boolean>`coalesce(${cadreCards.showMobile}, false)`,
  contactPointId: cadreCards.contactPointId,
  contactPointName: contactPoints.name,
  updatedAt: cadreCards.updatedAt,
};

export type TCardCadreRow = NonNullable<Awaited<ReturnType<typeof findCardCadre>>>;

const cardSelect = (db: DbOrTx) =>
  db
    .select(cardColumns)
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .leftJoin(cadreCards, eq(cadreCards.cadreId, cadres.id))
    .leftJoin(contactPoints, eq(contactPoints.id, cadreCards.contactPointId));

/** A cadre in the scope with his card's choices, or undefined. */
export function findCardCadre(db: DbOrTx, scope: Scope, cadreId: string) {
  return firstRow(cardSelect(db).where(and(eq(cadres.id, cadreId), scopeWhere(scope, orgs.path))));
}

/** The active leading cadres (领导干部) of a unit and its sub-units, unit by unit, by name. */
export function listLeadingCardCadres(db: DbOrTx, orgPath: string) {
  return cardSelect(db)
    .where(
      and(
        scopeWhere({ kind: 'subtree', path: orgPath }, orgs.path),
        eq(cadres.leading, true),
        eq(cadres.active, true),
      ),
    )
    .orderBy(asc(orgs.path), asc(cadres.name), asc(cadres.id));
}

/** What a card needs of a campaign: its name and pledge. */
export function findCampaignPledge(db: DbOrTx, id: string) {
  return firstRow(
    db
      .select({ id: campaigns.id, name: campaigns.name, pledge: campaigns.pledge })
      .from(campaigns)
      .where(eq(campaigns.id, id)),
  );
}

/** Saves a cadre's choices: the row is made on the first save. */
export async function upsertCadreCard(
  db: DbOrTx,
  cadreId: string,
  values: {
    officePhone: string;
    showOfficePhone: boolean;
    showMobile: boolean;
    contactPointId: string | null;
  },
): Promise<void> {
  await db
    .insert(cadreCards)
    .values({ cadreId, ...values })
    .onConflictDoUpdate({ target: cadreCards.cadreId, set: { ...values, updatedAt: new Date() } });
}

// ---- 印制 / 发放 records ------------------------------------------------------------------------

const recordColumns = {
  id: cardRecords.id,
  cadreId: cardRecords.cadreId,
  campaignId: cardRecords.campaignId,
  kind: cardRecords.kind,
  count: cardRecords.count,
  on: cardRecords.on,
  contactPointId: cardRecords.contactPointId,
  contactPointName: contactPoints.name,
  note: cardRecords.note,
  createdByName: users.name,
  createdAt: cardRecords.createdAt,
};

/** A cadre's records in a campaign, the latest first. */
export function listCardRecords(db: DbOrTx, cadreId: string, campaignId: string) {
  return db
    .select(recordColumns)
    .from(cardRecords)
    .leftJoin(contactPoints, eq(contactPoints.id, cardRecords.contactPointId))
    .leftJoin(users, eq(users.id, cardRecords.createdBy))
    .where(and(eq(cardRecords.cadreId, cadreId), eq(cardRecords.campaignId, campaignId)))
    .orderBy(desc(cardRecords.on), desc(cardRecords.createdAt), desc(cardRecords.id));
}

/** A record whose cadre is in the scope, with the cadre's name, or undefined. */
export function findCardRecord(db: DbOrTx, scope: Scope, id: string) {
  return firstRow(
    db
      .select({
        id: cardRecords.id,
        cadreId: cardRecords.cadreId,
        cadreName: cadres.name,
        campaignId: cardRecords.campaignId,
        kind: cardRecords.kind,
        count: cardRecords.count,
        on: cardRecords.on,
        contactPointId: cardRecords.contactPointId,
        note: cardRecords.note,
      })
      .from(cardRecords)
      .innerJoin(cadres, eq(cadres.id, cardRecords.cadreId))
      .innerJoin(orgs, eq(orgs.id, cadres.orgId))
      .where(and(eq(cardRecords.id, id), scopeWhere(scope, orgs.path))),
  );
}

const recordRows = rowsById(cardRecords);
export const insertCardRecord = recordRows.insert;
export const deleteCardRecord = recordRows.remove;

/** Cards printed and handed out per cadre in a campaign, and at how many contact points. */
export function cardRecordTotals(db: DbOrTx, campaignId: string, cadreIds: readonly string[]) {
  if (cadreIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      cadreId: cardRecords.cadreId,
      printed: sql<number>`coalesce(sum(${cardRecords.count}) filter (where ${cardRecords.kind} = 'printed'), 0)::int`,
      handedOut: sql<number>`coalesce(sum(${cardRecords.count}) filter (where ${cardRecords.kind} = 'handed_out'), 0)::int`,
      contactPoints: sql<number>`count(distinct ${cardRecords.contactPointId})::int`,
    })
    .from(cardRecords)
    .where(and(eq(cardRecords.campaignId, campaignId), inArray(cardRecords.cadreId, [...cadreIds])))
    .groupBy(cardRecords.cadreId);
}
