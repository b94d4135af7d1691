import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { CARD_RECORD_KIND_LABELS } from '../../../common/documents.ts';
import { SERVICE_RECORD_KIND_LABELS } from '../../../common/service-record-terms.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  activityAssignments,
  assignmentReports,
  assistance,
  cadres,
  campaignActivities,
  campaignPhases,
  campaigns,
  cardRecords,
  caseCategories,
  cases,
  contactPoints,
  discussionPosts,
  documents,
  goodPractices,
  holidays,
  householdCategories,
  households,
  letterDeliveries,
  materialDistributions,
  materials,
  meetings,
  notifications,
  orgs,
  outbox,
  pairings,
  quotaRules,
  rectifications,
  reports,
  serviceRecords,
  sessions,
  studySessions,
  users,
  visits,
} from '../../db/schema/index.ts';
import { labels } from '../../platform/i18n/zh-CN.ts';
import { isSettingKey, settingsCatalog } from '../settings/settings.catalog.ts';

/**
 * The object an audit row is about, as the log shows it: its name (a case by its tracking code and
 * first words, a household by its head, …) and, for the parts of a campaign, the campaign whose
 * page shows them. `name` null: the object no longer exists (deleted).
 */
/**
 * An audit row's object: its name, the campaign a campaign's part belongs to, and for kinds shown
 * only in a list, the text that finds it there (a cadre's name, an account's username).
 */
export type AuditObject = { name: string | null; campaignId: string | null; search: string | null };

/** A row to name: its kind and the id it was written with. */
type Ref = { entity: string; entityId: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** First words of a free text, for a name: the text up to `n` characters, cut with an ellipsis. */
const firstWords = (text: string, n = 16) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
};

type Extra = { campaignId?: string | null; search?: string | null };
type Found = Map<string, { name: string } & Extra>;
/** One query per kind for all of a page's ids of that kind. */
type Resolver = (db: DbOrTx, ids: string[]) => Promise<Found>;

const byId = <R extends { id: string }>(
  rows: R[],
  name: (r: R) => string,
  extra?: (r: R) => Extra,
): Found => new Map(rows.map((r) => [r.id, { name: name(r), ...extra?.(r) }]));

const pairedHousehold = alias(households, 'paired_household');
const postThread = alias(discussionPosts, 'post_thread');

/** A thread by its title, a reply as 回复「the thread's title」; a report is written with its post's id. */
async function discussionPostNames(db: DbOrTx, ids: string[]): Promise<Found> {
  return byId(
    await db
      .select({
        id: discussionPosts.id,
        title: discussionPosts.title,
        thread: postThread.title,
        campaignId: discussionPosts.campaignId,
      })
      .from(discussionPosts)
      .leftJoin(postThread, eq(postThread.id, discussionPosts.threadId))
      .where(inArray(discussionPosts.id, ids)),
    (r) => (r.title !== null ? `「${r.title}」` : `回复「${r.thread ?? ''}」`),
    (r) => ({ campaignId: r.campaignId }),
  );
}

const resolvers: Record<string, Resolver> = {
  org: async (db, ids) =>
    byId(
      await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, ids)),
      (r) => r.name,
    ),
  cadre: async (db, ids) =>
    byId(
      await db
        .select({ id: cadres.id, name: cadres.name, org: orgs.name })
        .from(cadres)
        .innerJoin(orgs, eq(orgs.id, cadres.orgId))
        .where(inArray(cadres.id, ids)),
      (r) => `${r.name}（${r.org}）`,
      (r) => ({ search: r.name }),
    ),
  contact_point: async (db, ids) =>
    byId(
      await db
        .select({ id: contactPoints.id, name: contactPoints.name })
        .from(contactPoints)
        .where(inArray(contactPoints.id, ids)),
      (r) => r.name,
      (r) => ({ search: r.name }),
    ),
  user: async (db, ids) =>
    byId(
      await db
        .select({ id: users.id, name: users.name, username: users.username })
        .from(users)
        .where(inArray(users.id, ids)),
      (r) => `${r.name}（${r.username}）`,
      (r) => ({ search: r.username }),
    ),
  session: async (db, ids) =>
    byId(
      await db
        .select({ id: sessions.id, name: users.name, username: users.username })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(inArray(sessions.id, ids)),
      (r) => `${r.name}（${r.username}）的登录`,
    ),
  campaign: async (db, ids) =>
    byId(
      await db
        .select({ id: campaigns.id, name: campaigns.name })
        .from(campaigns)
        .where(inArray(campaigns.id, ids)),
      (r) => r.name,
      (r) => ({ campaignId: r.id }),
    ),
  campaign_phase: async (db, ids) =>
    byId(
      await db
        .select({
          id: campaignPhases.id,
          name: campaignPhases.name,
          campaignId: campaigns.id,
          campaign: campaigns.name,
        })
        .from(campaignPhases)
        .innerJoin(campaigns, eq(campaigns.id, campaignPhases.campaignId))
        .where(inArray(campaignPhases.id, ids)),
      (r) => `${r.campaign} · ${r.name}`,
      (r) => ({ campaignId: r.campaignId }),
    ),
  campaign_activity: async (db, ids) =>
    byId(
      await db
        .select({
          id: campaignActivities.id,
          number: campaignActivities.number,
          title: campaignActivities.title,
          campaignId: campaignActivities.campaignId,
        })
        .from(campaignActivities)
        .where(inArray(campaignActivities.id, ids)),
      (r) => `${r.number}. ${r.title}`,
      (r) => ({ campaignId: r.campaignId }),
    ),
  // 任务分解 is written per assignment (edit, delete, report) and, when an activity is assigned to
  // several units at once, with the activity's id: the ids not found as assignments are looked up
  // as activities (a second query for the kind, not one per row)
  assignment: async (db, ids) => {
    const found = byId(
      await db
        .select({
          id: activityAssignments.id,
          number: campaignActivities.number,
          title: campaignActivities.title,
          campaignId: campaignActivities.campaignId,
          org: orgs.name,
        })
        .from(activityAssignments)
        .innerJoin(campaignActivities, eq(campaignActivities.id, activityAssignments.activityId))
        .innerJoin(orgs, eq(orgs.id, activityAssignments.orgId))
        .where(inArray(activityAssignments.id, ids)),
      (r) => `${r.number}. ${r.title} · ${r.org}`,
      (r) => ({ campaignId: r.campaignId }),
    );
    const rest = ids.filter((id) => !found.has(id));
    if (rest.length === 0) return found;
    const activities = await resolvers.campaign_activity?.(db, rest);
    return new Map([...found, ...(activities ?? [])]);
  },
  assignment_report: async (db, ids) =>
    byId(
      await db
        .select({
          id: assignmentReports.id,
          percent: assignmentReports.percent,
          number: campaignActivities.number,
          title: campaignActivities.title,
          campaignId: campaignActivities.campaignId,
          org: orgs.name,
        })
        .from(assignmentReports)
        .innerJoin(activityAssignments, eq(activityAssignments.id, assignmentReports.assignmentId))
        .innerJoin(campaignActivities, eq(campaignActivities.id, activityAssignments.activityId))
        .innerJoin(orgs, eq(orgs.id, activityAssignments.orgId))
        .where(inArray(assignmentReports.id, ids)),
      (r) => `${r.number}. ${r.title} · ${r.org} ${r.percent}%`,
      (r) => ({ campaignId: r.campaignId }),
    ),
  quota_rule: async (db, ids) =>
    byId(
      await db
        .select({
          id: quotaRules.id,
          rank: quotaRules.rank,
          effectiveFrom: quotaRules.effectiveFrom,
          campaignId: campaigns.id,
          campaign: campaigns.name,
        })
        .from(quotaRules)
        .innerJoin(campaigns, eq(campaigns.id, quotaRules.campaignId))
        .where(inArray(quotaRules.id, ids)),
      (r) => `${r.campaign} · ${labels.rank[r.rank]}干部（${r.effectiveFrom.slice(0, 7)} 起）`,
      (r) => ({ campaignId: r.campaignId }),
    ),
  // the head's name, as the households list shows it to the admin and inspectors
  household: async (db, ids) =>
    byId(
      await db
        .select({ id: households.id, name: households.headName, place: contactPoints.name })
        .from(households)
        .innerJoin(contactPoints, eq(contactPoints.id, households.contactPointId))
        .where(inArray(households.id, ids)),
      (r) => `${r.name}（${r.place}）`,
    ),
  pairing: async (db, ids) =>
    byId(
      await db
        .select({ id: pairings.id, cadre: cadres.name, household: pairedHousehold.headName })
        .from(pairings)
        .innerJoin(cadres, eq(cadres.id, pairings.cadreId))
        .innerJoin(pairedHousehold, eq(pairedHousehold.id, pairings.householdId))
        .where(inArray(pairings.id, ids)),
      (r) => `${r.cadre} — ${r.household}`,
    ),
  assistance: async (db, ids) =>
    byId(
      await db
        .select({ id: assistance.id, household: households.headName, measure: assistance.measure })
        .from(assistance)
        .innerJoin(households, eq(households.id, assistance.householdId))
        .where(inArray(assistance.id, ids)),
      (r) => `${r.household}：${firstWords(r.measure)}`,
    ),
  visit: async (db, ids) =>
    byId(
      await db
        .select({ id: visits.id, cadre: cadres.name, startDate: visits.startDate })
        .from(visits)
        .innerJoin(cadres, eq(cadres.id, visits.cadreId))
        .where(inArray(visits.id, ids)),
      (r) => `${r.cadre} ${r.startDate} 走访`,
    ),
  notification: async (db, ids) =>
    byId(
      await db
        .select({ id: notifications.id, title: notifications.title })
        .from(notifications)
        .where(inArray(notifications.id, ids)),
      (r) => r.title,
    ),
  case: async (db, ids) =>
    byId(
      await db
        .select({ id: cases.id, code: cases.trackingCode, content: cases.content })
        .from(cases)
        .where(inArray(cases.id, ids)),
      (r) => `${r.code} ${firstWords(r.content)}`,
    ),
  case_category: async (db, ids) =>
    byId(
      await db
        .select({ id: caseCategories.id, name: caseCategories.name })
        .from(caseCategories)
        .where(inArray(caseCategories.id, ids)),
      (r) => r.name,
    ),
  // never the recipient (a citizen's number or address): the message's subject or first words
  outbox: async (db, ids) =>
    byId(
      await db
        .select({ id: outbox.id, subject: outbox.subject, body: outbox.body })
        .from(outbox)
        .where(inArray(outbox.id, ids)),
      (r) => firstWords(r.subject || r.body, 24),
    ),
  research_topic: (db, ids) => documentNames(db, ids),
  letter: (db, ids) => documentNames(db, ids),
  letter_delivery: async (db, ids) =>
    byId(
      await db
        .select({
          id: letterDeliveries.id,
          title: documents.title,
          on: letterDeliveries.deliveredOn,
          copies: letterDeliveries.copies,
        })
        .from(letterDeliveries)
        .innerJoin(documents, eq(documents.id, letterDeliveries.documentId))
        .where(inArray(letterDeliveries.id, ids)),
      (r) => `「${r.title}」${r.on} 寄发 ${r.copies} 份`,
    ),
  // a card's choices are keyed by its cadre
  cadre_card: async (db, ids) =>
    byId(
      await db
        .select({ id: cadres.id, name: cadres.name })
        .from(cadres)
        .where(inArray(cadres.id, ids)),
      (r) => `${r.name}的连心卡`,
    ),
  card_record: async (db, ids) =>
    byId(
      await db
        .select({
          id: cardRecords.id,
          name: cadres.name,
          kind: cardRecords.kind,
          count: cardRecords.count,
          on: cardRecords.on,
        })
        .from(cardRecords)
        .innerJoin(cadres, eq(cadres.id, cardRecords.cadreId))
        .where(inArray(cardRecords.id, ids)),
      (r) => `${r.name}的连心卡 ${r.on} ${CARD_RECORD_KIND_LABELS[r.kind]} ${r.count} 张`,
    ),
  // 学习座谈、观看 (issue 13 §2): the title and the unit
  study_session: async (db, ids) =>
    byId(
      await db
        .select({ id: studySessions.id, title: studySessions.title, org: orgs.name })
        .from(studySessions)
        .innerJoin(orgs, eq(orgs.id, studySessions.orgId))
        .where(inArray(studySessions.id, ids)),
      (r) => `「${r.title}」（${r.org}）`,
    ),
  // --- 学习讨论 and 一线服务 (issue 13 §3–4) ---
  discussion_post: discussionPostNames,
  discussion_report: discussionPostNames,
  service_record: async (db, ids) =>
    byId(
      await db
        .select({
          id: serviceRecords.id,
          name: cadres.name,
          kind: serviceRecords.kind,
          on: serviceRecords.startsOn,
          campaignId: serviceRecords.campaignId,
        })
        .from(serviceRecords)
        .innerJoin(cadres, eq(cadres.id, serviceRecords.cadreId))
        .where(inArray(serviceRecords.id, ids)),
      (r) => `${r.name} ${r.on} ${SERVICE_RECORD_KIND_LABELS[r.kind]}`,
      (r) => ({ campaignId: r.campaignId }),
    ),
  // --- 学习资料 (issue 13 §1): a sending to several units is written with its material's id ---
  material: async (db, ids) =>
    byId(
      await db
        .select({ id: materials.id, title: materials.title, campaignId: materials.campaignId })
        .from(materials)
        .where(inArray(materials.id, ids)),
      (r) => `「${r.title}」`,
      (r) => ({ campaignId: r.campaignId }),
    ),
  material_distribution: async (db, ids) => {
    const found = byId(
      await db
        .select({
          id: materialDistributions.id,
          title: materials.title,
          org: orgs.name,
          on: materialDistributions.sentOn,
          quantity: materialDistributions.quantity,
          campaignId: materials.campaignId,
        })
        .from(materialDistributions)
        .innerJoin(materials, eq(materials.id, materialDistributions.materialId))
        .innerJoin(orgs, eq(orgs.id, materialDistributions.orgId))
        .where(inArray(materialDistributions.id, ids)),
      (r) => `「${r.title}」${r.on} 发放${r.org} ${r.quantity} 份`,
      (r) => ({ campaignId: r.campaignId }),
    );
    const rest = ids.filter((id) => !found.has(id));
    if (rest.length === 0) return found;
    const sent = await db
      .select({ id: materials.id, title: materials.title, campaignId: materials.campaignId })
      .from(materials)
      .where(inArray(materials.id, rest));
    for (const r of sent) found.set(r.id, { name: `「${r.title}」`, campaignId: r.campaignId });
    return found;
  },
  reflection: (db, ids) => documentNames(db, ids),
  self_exam: (db, ids) => documentNames(db, ids),
  // --- 整改清单 and 民主生活会 (issue 13) ---
  rectification: async (db, ids) =>
    byId(
      await db
        .select({ id: rectifications.id, cadre: cadres.name, problem: rectifications.problem })
        .from(rectifications)
        .innerJoin(cadres, eq(cadres.id, rectifications.cadreId))
        .where(inArray(rectifications.id, ids)),
      (r) => `${r.cadre}：${firstWords(r.problem)}`,
    ),
  meeting: async (db, ids) =>
    byId(
      await db
        .select({ id: meetings.id, org: orgs.name, heldOn: meetings.heldOn, topic: meetings.topic })
        .from(meetings)
        .innerJoin(orgs, eq(orgs.id, meetings.orgId))
        .where(inArray(meetings.id, ids)),
      (r) => `${r.org} ${r.heldOn} ${firstWords(r.topic)}`,
    ),
  // --- 经验做法 (issue 14 §3) ---
  good_practice: async (db, ids) =>
    byId(
      await db
        .select({
          id: goodPractices.id,
          title: goodPractices.title,
          campaignId: goodPractices.campaignId,
        })
        .from(goodPractices)
        .where(inArray(goodPractices.id, ids)),
      (r) => `经验做法「${r.title}」`,
      (r) => ({ campaignId: r.campaignId }),
    ),
  // --- 月报 and 活动总结 (issue 14 §2) ---
  report: async (db, ids) =>
    byId(
      await db
        .select({ id: reports.id, title: reports.title })
        .from(reports)
        .where(inArray(reports.id, ids)),
      (r) => `「${r.title}」`,
    ),
};

/** 调研课题, 公开信: the title and its author. */
async function documentNames(db: DbOrTx, ids: string[]) {
  return byId(
    await db
      .select({ id: documents.id, title: documents.title, cadre: cadres.name })
      .from(documents)
      .innerJoin(cadres, eq(cadres.id, documents.cadreId))
      .where(inArray(documents.id, ids)),
    (r) => `「${r.title}」（${r.cadre}）`,
  );
}

/** 节假日 are keyed by their date, not a UUID. */
const holidayResolver: Resolver = async (db, dates) =>
  new Map(
    (
      await db
        .select({ date: holidays.date, name: holidays.name })
        .from(holidays)
        .where(inArray(holidays.date, dates))
    ).map((r) => [r.date, { name: `${r.date} ${r.name}` }]),
  );

/** 系统设置 are keyed by their key; their name is the catalog's label. */
const settingResolver: Resolver = async (_db, keys) =>
  new Map(keys.filter(isSettingKey).map((k) => [k, { name: settingsCatalog[k].label }]));

/** 住户类别 are keyed by their code. */
const householdCategoryResolver: Resolver = async (db, codes) =>
  new Map(
    (
      await db
        .select({ code: householdCategories.code, label: householdCategories.label })
        .from(householdCategories)
        .where(inArray(householdCategories.code, codes))
    ).map((r) => [r.code, { name: r.label }]),
  );

/** Kinds whose objects are keyed otherwise than by a UUID: how their key looks, and their names. */
const keyedOtherwise: Record<string, { key: RegExp; resolve: Resolver }> = {
  holiday: { key: /^\d{4}-\d{2}-\d{2}$/, resolve: holidayResolver },
  setting: { key: /^[a-zA-Z0-9.]{1,100}$/, resolve: settingResolver },
  household_category: { key: /^[a-z][a-z0-9_]{0,31}$/, resolve: householdCategoryResolver },
};

/** The kinds of object that have a table (or catalog) to take names from. */
export const NAMED_ENTITIES = [...Object.keys(resolvers), ...Object.keys(keyedOtherwise)];

/**
 * Names the objects of a page of audit rows: one query per kind of object on the page (never one
 * per row). Rows without an id, or of a kind without a table, get no entry.
 */
export async function objectsOf(db: DbOrTx, rows: Ref[]): Promise<Map<string, AuditObject>> {
  const idsByKind = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.entityId) continue;
    const other = keyedOtherwise[r.entity];
    const valid = other ? other.key.test(r.entityId) : UUID.test(r.entityId);
    if (!valid || !(other || r.entity in resolvers)) continue;
    const set = idsByKind.get(r.entity) ?? new Set<string>();
    set.add(r.entityId);
    idsByKind.set(r.entity, set);
  }
  const out = new Map<string, AuditObject>();
  // one after the other: on the embedded engine concurrent queries queue anyway
  for (const [kind, set] of idsByKind) {
    const ids = [...set];
    const resolve = keyedOtherwise[kind]?.resolve ?? resolvers[kind];
    if (!resolve) continue;
    const found = await resolve(db, ids);
    for (const id of ids) {
      const f = found.get(id);
      out.set(objectKey(kind, id), {
        name: f?.name ?? null,
        campaignId: f?.campaignId ?? null,
        search: f?.search ?? null,
      });
    }
  }
  return out;
}

export const objectKey = (entity: string, entityId: string) => `${entity}:${entityId}`;
