import {
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
import { ACTIVITY_MODULES, CAMPAIGN_STATUSES, RANKS } from '../../../common/terms.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { orgs } from './orgs.ts';
import { users } from './users.ts';

/**
 * 活动 — a campaign such as 「学习龚全珍，争做贴心人」 (2014). Nothing is tied to one year: a
 * campaign is created from a template or copied from another with its dates shifted.
 */
export const campaigns = pgTable('campaigns', {
  id: idColumn(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  startDate: date('start_date').notNull(),
  endDate: date('end_date').notNull(),
  /** 草稿 draft, 进行中 active, 已结束 closed */
  status: text('status', { enum: CAMPAIGN_STATUSES }).notNull().default('draft'),
  /** days before month end when cadres behind their quota are reminded */
  reminderDaysBeforeMonthEnd: integer('reminder_days_before_month_end').notNull().default(5),
  /** 连心卡承诺 — the short pledge printed on every connection card of this campaign */
  pledge: text('pledge').notNull().default(''),
  /** 六个一 — what counts as done for each of the six (common/six-ones.ts), over the defaults */
  sixOnesRules: jsonb('six_ones_rules').notNull().default({}),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** 阶段 — a phase of a campaign: 学习教育, 对照检查, 总结提升. */
export const campaignPhases = pgTable(
  'campaign_phases',
  {
    id: idColumn(),
    campaignId: refTo('campaign_id', () => campaigns.id),
    name: text('name').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('campaign_phases_campaign_idx').on(t.campaignId)],
);

/** 活动项目 — one numbered item of the plan (1–9 in 2014), carried by a module. */
export const campaignActivities = pgTable(
  'campaign_activities',
  {
    id: idColumn(),
    campaignId: refTo('campaign_id', () => campaigns.id),
    phaseId: uuid('phase_id').references(() => campaignPhases.id),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    module: text('module', { enum: ACTIVITY_MODULES }).notNull(),
  },
  (t) => [uniqueIndex('campaign_activities_number_uq').on(t.campaignId, t.number)],
);

/** 任务分解 — an activity assigned to a unit with a deadline; the unit reports progress. */
export const activityAssignments = pgTable(
  'activity_assignments',
  {
    id: idColumn(),
    activityId: refTo('activity_id', () => campaignActivities.id),
    orgId: refTo('org_id', () => orgs.id),
    deadline: date('deadline').notNull(),
    /** latest reported percent, 0–100 (the reports keep the history) */
    percent: integer('percent').notNull().default(0),
    lastReportAt: timestamp('last_report_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('activity_assignments_uq').on(t.activityId, t.orgId),
    index('activity_assignments_org_idx').on(t.orgId),
  ],
);

/** 进展报告 — a unit's progress report on an assignment (text, percent, attachments). */
export const assignmentReports = pgTable(
  'assignment_reports',
  {
    id: idColumn(),
    assignmentId: refTo('assignment_id', () => activityAssignments.id),
    authorId: refTo('author_id', () => users.id),
    text: text('text').notNull(),
    percent: integer('percent').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('assignment_reports_assignment_idx').on(t.assignmentId)],
);

/**
 * 指标规则 — the monthly quota of a rank in a campaign (plan item 3). Rules are versioned: an
 * edit adds a row effective from a month on, so past months keep the rule they were judged by.
 */
export const quotaRules = pgTable(
  'quota_rules',
  {
    id: idColumn(),
    campaignId: refTo('campaign_id', () => campaigns.id),
    rank: text('rank', { enum: RANKS }).notNull(),
    /** first day of the first month this version applies to */
    effectiveFrom: date('effective_from').notNull(),
    /** 每月在联系点天数 */
    minDaysPerMonth: integer('min_days_per_month').notNull(),
    /** 联系户数 3–5 */
    minHouseholds: integer('min_households').notNull(),
    maxHouseholds: integer('max_households').notNull(),
    /** 帮扶贫困户数 */
    minPoorHelped: integer('min_poor_helped').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('quota_rules_version_uq').on(t.campaignId, t.rank, t.effectiveFrom)],
);
