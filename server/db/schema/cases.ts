import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CASE_ACTIONS,
  CASE_CATEGORY_KINDS,
  CASE_CHANNELS,
  CASE_RATINGS,
  CASE_STATUSES,
  RESPONDENT_GROUPS,
} from '../../../common/cases.ts';
import { cadres } from './cadres.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { orgs } from './orgs.ts';
import { users } from './users.ts';

/** 诉求类别 — the four winds and the livelihood demand types, each with its time limits. */
export const caseCategories = pgTable(
  'case_categories',
  {
    id: idColumn(),
    name: text('name').notNull().unique(),
    kind: text('kind', { enum: CASE_CATEGORY_KINDS }).notNull(),
    /** 办理时限 in working days (by the holiday calendar), from 交办 */
    timeLimitDays: integer('time_limit_days').notNull().default(15),
    /** 受理时限 in working days (by the holiday calendar), from receipt: 信访 rules, 15 days */
    acceptDays: integer('accept_days').notNull().default(15),
    /** 默认类别: cases arriving without a category (mail, SMS) start in it; at most one row */
    intakeDefault: boolean('intake_default').notNull().default(false),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('case_categories_intake_default_uq')
      .on(t.intakeDefault)
      .where(sql`${t.intakeDefault}`),
  ],
);

/** 件 — one opinion or demand, from any channel, through its lifecycle to 销号. */
export const cases = pgTable(
  'cases',
  {
    id: idColumn(),
    /** the citizen's 查询码: 10 characters, no 0/O/1/I, random */
    trackingCode: text('tracking_code').notNull(),
    channel: text('channel', { enum: CASE_CHANNELS }).notNull(),
    /** 下访听诉 only */
    respondentGroup: text('respondent_group', { enum: RESPONDENT_GROUPS }),
    categoryId: refTo('category_id', () => caseCategories.id),
    content: text('content').notNull(),
    /** personal data: never on the public view; masked for staff unless the role needs it */
    citizenName: text('citizen_name'),
    citizenPhone: text('citizen_phone'),
    /** e-mail channel (sender) or Open311 `email`: where acknowledgements and answers go */
    citizenEmail: text('citizen_email'),
    /** Open311 `address_string` / `lat` / `long`, or where a field interview took place */
    address: text('address'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    /** the channel's own id (mail Message-ID, SMS gateway id): a redelivered message is not a new case */
    externalRef: text('external_ref'),
    anonymous: boolean('anonymous').notNull().default(false),
    /** the cadre the citizen wrote to (QR link of a connection card) */
    addresseeCadreId: uuid('addressee_cadre_id').references(() => cadres.id),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('received'),
    assignedOrgId: uuid('assigned_org_id').references(() => orgs.id),
    handlerCadreId: uuid('handler_cadre_id').references(() => cadres.id),
    /** 受理时限: the date by which it must be accepted, set at receipt from the category */
    acceptDueOn: date('accept_due_on'),
    dueDate: date('due_date'),
    answer: text('answer'),
    measures: text('measures'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    rating: text('rating', { enum: CASE_RATINGS }),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    /** 不满意 count: the first reopens to the handler, the second escalates to the office */
    dissatisfiedCount: integer('dissatisfied_count').notNull().default(0),
    escalated: boolean('escalated').notNull().default(false),
    /** 办成实事: shown on the public site once resolved */
    publicity: boolean('publicity').notNull().default(false),
    mergedIntoId: uuid('merged_into_id'),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    /**
     * Kept on write from case_events (cases.repo.ts `insertEvent`; seeds and the bench generator by
     * `summarizeCaseEvents`), so the dashboard's case figures read the cases alone: the first staff
     * step other than 提交/备注 by a user, and the number of 交办/转办 steps (units it went through).
     */
    firstActionAt: timestamp('first_action_at', { withTimezone: true }),
    unitsHandled: integer('units_handled').notNull().default(0),
    /** staff who entered it ("report as"); null for the citizen's own submission */
    enteredBy: uuid('entered_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('cases_tracking_code_uq').on(t.trackingCode),
    index('cases_status_idx').on(t.status),
    index('cases_assigned_org_idx').on(t.assignedOrgId),
    index('cases_handler_idx').on(t.handlerCadreId),
    index('cases_addressee_idx').on(t.addresseeCadreId),
    index('cases_due_idx').on(t.dueDate).where(sql`${t.status} in ('assigned', 'in_progress')`),
    index('cases_created_idx').on(t.createdAt),
    // the dashboard's 关注 list: reopened or passed through units WATCH_AT times or more
    index('cases_watch_idx').on(sql`greatest(${t.dissatisfiedCount}, ${t.unitsHandled})`),
    uniqueIndex('cases_external_ref_uq')
      .on(t.channel, t.externalRef)
      .where(sql`${t.externalRef} is not null`),
  ],
);

/** One step of a case's history: who did what, when, with which note; public ones show to the citizen. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: idColumn(),
    caseId: refTo('case_id', () => cases.id),
    action: text('action', { enum: CASE_ACTIONS }).notNull(),
    fromStatus: text('from_status', { enum: CASE_STATUSES }),
    toStatus: text('to_status', { enum: CASE_STATUSES }),
    /** null: the citizen (or the system) */
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name'),
    note: text('note').notNull().default(''),
    public: boolean('public').notNull().default(false),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);

/**
 * The dashboard's case figures of the cases submitted in one month or one day (China time) and
 * now assigned to one unit (null: none yet) — a "cell". A statement-level trigger on `cases`
 * (migration 0034, `case_tallies_touch`) bumps `stamp` of the cells of every case it inserts,
 * updates or deletes, creating the cell if need be, so every write path keeps them honest; the
 * dashboard (cases/case-stats.repo.ts) recomputes a cell whose `computed` stamp or `basis` (a hash
 * of the holidays, which the working days depend on, and of the figures' definition) is not
 * current, and stores it with the stamp it saw (a write since leaves it stale). Plain integers and
 * arrays, so that summing hundreds of cells stays cheap on PGlite.
 */
export const caseTallies = pgTable(
  'case_tallies',
  {
    grain: text('grain', { enum: ['month', 'day'] }).notNull(),
    start: date('start').notNull(),
    orgId: uuid('org_id').references(() => orgs.id, { onDelete: 'cascade' }),
    stamp: integer('stamp').notNull().default(1),
    computed: integer('computed'),
    basis: text('basis'),
    /** submitted */
    n: integer('n').notNull().default(0),
    /** had a first staff step (受理), and on time */
    acted: integer('acted').notNull().default(0),
    acceptOnTime: integer('accept_on_time').notNull().default(0),
    answered: integer('answered').notNull().default(0),
    completionOnTime: integer('completion_on_time').notNull().default(0),
    /** working days from submission to the first step / to the answer, summed, and over how many */
    firstDays: integer('first_days').notNull().default(0),
    firstN: integer('first_n').notNull().default(0),
    answerDays: integer('answer_days').notNull().default(0),
    answerN: integer('answer_n').notNull().default(0),
    /** answered and then reopened (不满意) */
    reopened: integer('reopened').notNull().default(0),
    satisfied: integer('satisfied').notNull().default(0),
    basically: integer('basically').notNull().default(0),
    dissatisfied: integer('dissatisfied').notNull().default(0),
    /**
     * counts in the order of CASE_STATUSES, CASE_CHANNELS and the categories' ids (the basis
     * changes with the lists), and submitted on each day of the month (1–31)
     */
    byStatus: integer('by_status').array(),
    byChannel: integer('by_channel').array(),
    byCategory: integer('by_category').array(),
    byDay: integer('by_day').array(),
    /**
     * What changes with the date, as the days from which each case counts (a case that is late
     * from day d is late today when d <= today): the open cases past their answer date (assigned,
     * in progress) or acceptance date (received) — 逾期 —, those never accepted past their
     * acceptance date, and those unanswered past their answer date.
     */
    overdueFrom: date('overdue_from').array(),
    acceptLateFrom: date('accept_late_from').array(),
    completionLateFrom: date('completion_late_from').array(),
  },
  (t) => [unique('case_tallies_cell_uq').on(t.grain, t.start, t.orgId).nullsNotDistinct()],
);
