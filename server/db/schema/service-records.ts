import { sql } from 'drizzle-orm';
import { check, date, index, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { SERVICE_RECORD_KINDS } from '../../../common/service-record-terms.ts';
import { cadres } from './cadres.ts';
import { campaigns } from './campaigns.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { orgs } from './orgs.ts';
import { users } from './users.ts';

/**
 * 选派一线 and 志愿服务 — a cadre's front-line posting (where, from–to, task, result) or a day of
 * volunteer service (place, hours, what was done); evidence in attachments (owner
 * `service_record`). `org_id` is the cadre's unit when it was recorded, so a unit's total does not
 * move when he changes unit.
 */
export const serviceRecords = pgTable(
  'service_records',
  {
    id: idColumn(),
    cadreId: refTo('cadre_id', () => cadres.id),
    orgId: refTo('org_id', () => orgs.id),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    kind: text('kind', { enum: SERVICE_RECORD_KINDS }).notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    place: text('place').notNull(),
    /** 任务 (a posting) / 服务内容 (volunteer service) */
    task: text('task').notNull(),
    result: text('result'),
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('service_records_cadre_idx').on(t.cadreId, t.startsOn),
    index('service_records_org_idx').on(t.orgId, t.startsOn),
    index('service_records_campaign_idx').on(t.campaignId),
    check('service_records_dates_ck', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check(
      'service_records_hours_ck',
      sql`(${t.kind} = 'volunteer') = (${t.hours} is not null) and (${t.hours} is null or ${t.hours} > 0)`,
    ),
  ],
);
