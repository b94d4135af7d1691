import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CARD_RECORD_KINDS,
  DOCUMENT_KINDS_LIST,
  DOCUMENT_LINK_TYPES,
  DOCUMENT_RATINGS,
  DOCUMENT_STATES,
} from '../../../common/documents.ts';
import { cadres } from './cadres.ts';
import { campaigns } from './campaigns.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { contactPoints } from './contact-points.ts';
import { orgs } from './orgs.ts';
import { users } from './users.ts';

/**
 * 审核类文书 — a document a cadre writes (调研课题, 公开信, later 心得体会 …) that is reviewed level
 * by level and may be published. `kind` says which; the kind's own fields are in `details` (checked
 * by its zod schema). Its steps are on the workflow engine (events in workflow_events).
 */
export const documents = pgTable(
  'documents',
  {
    id: idColumn(),
    kind: text('kind', { enum: DOCUMENT_KINDS_LIST }).notNull(),
    /** the author: the cadre whose document it is */
    cadreId: refTo('cadre_id', () => cadres.id),
    /** the cadre's unit when written: scope and the unit's review follow it */
    orgId: refTo('org_id', () => orgs.id),
    campaignId: refTo('campaign_id', () => campaigns.id),
    /** who wrote it: the cadre's account, or a unit admin for its leaders */
    createdBy: uuid('created_by').references(() => users.id),
    title: text('title').notNull(),
    /** the text, in the small allow-listed markup of common/markup.ts (never raw HTML) */
    body: text('body').notNull().default(''),
    details: jsonb('details').notNull().default({}),
    state: text('state', { enum: DOCUMENT_STATES }).notNull().default('draft'),
    /** while submitted: the index of the review level it waits at (0 = the first) */
    reviewLevel: integer('review_level').notNull().default(0),
    /** the last reviewer's comment (退回理由 / 审核意见) */
    comment: text('comment'),
    featured: boolean('featured').notNull().default(false),
    /** 评定等次 of a rated kind (心得体会), given at its last review; null otherwise */
    rating: text('rating', { enum: DOCUMENT_RATINGS }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('documents_kind_state_idx').on(t.kind, t.state),
    index('documents_org_idx').on(t.orgId),
    index('documents_campaign_idx').on(t.campaignId, t.kind),
    // 六个一: one research topic and one open letter per cadre and campaign; one 对照检查材料
    uniqueIndex('documents_one_per_campaign_uq')
      .on(t.kind, t.cadreId, t.campaignId)
      .where(sql`kind in ('research', 'letter', 'self_exam')`),
  ],
);

/** 佐证 — a visit or a case attached to a document (a research topic's fieldwork), not retyped. */
export const documentLinks = pgTable(
  'document_links',
  {
    id: idColumn(),
    documentId: refTo('document_id', () => documents.id),
    targetType: text('target_type', { enum: DOCUMENT_LINK_TYPES }).notNull(),
    targetId: uuid('target_id').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('document_links_uq').on(t.documentId, t.targetType, t.targetId)],
);

/** 寄发 — an open letter delivered: to which contact point / households, how many copies, when. */
export const letterDeliveries = pgTable(
  'letter_deliveries',
  {
    id: idColumn(),
    documentId: refTo('document_id', () => documents.id),
    contactPointId: uuid('contact_point_id').references(() => contactPoints.id),
    /** to whom beyond the contact point, e.g. 张家村三组 */
    recipients: text('recipients').notNull().default(''),
    households: integer('households').notNull().default(0),
    copies: integer('copies').notNull(),
    deliveredOn: date('delivered_on').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('letter_deliveries_document_idx').on(t.documentId)],
);

/** 连心卡 — cards printed for a cadre, or handed out (at a contact point), in a campaign. */
export const cardRecords = pgTable(
  'card_records',
  {
    id: idColumn(),
    cadreId: refTo('cadre_id', () => cadres.id),
    campaignId: refTo('campaign_id', () => campaigns.id),
    kind: text('kind', { enum: CARD_RECORD_KINDS }).notNull(),
    count: integer('count').notNull(),
    on: date('on').notNull(),
    contactPointId: uuid('contact_point_id').references(() => contactPoints.id),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('card_records_cadre_idx').on(t.cadreId, t.campaignId)],
);

/** 连心卡内容 — what a cadre chose to print on his card (one row per cadre, made on first save). */
export const cadreCards = pgTable('cadre_cards', {
  cadreId: uuid('cadre_id')
    .primaryKey()
    .references(() => cadres.id),
  officePhone: text('office_phone').notNull().default(''),
  showOfficePhone: boolean('show_office_phone').notNull().default(true),
  showMobile: boolean('show_mobile').notNull().default(false),
  contactPointId: uuid('contact_point_id').references(() => contactPoints.id),
  updatedAt: updatedAt(),
});
