import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from './columns.ts';
import { users } from './users.ts';

/**
 * 办理过程 — one row per step taken on a record of a workflow kind (server/platform/workflow): the
 * shared timeline of every kind except cases, which keep `case_events` (ADR 0006). `recordId` is
 * the record's id in its kind's own table; no foreign key, as kinds live in different tables.
 */
export const workflowEvents = pgTable(
  'workflow_events',
  {
    id: idColumn(),
    /** the kind's name, e.g. 'research_topic' */
    kind: text('kind').notNull(),
    recordId: uuid('record_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    /** null: the system (a job) or a citizen; actorName says which */
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name'),
    note: text('note').notNull().default(''),
    /** the fields the step was given (reason, report …) */
    fields: jsonb('fields').notNull().default({}),
    /** whether the row shows on a public timeline */
    public: boolean('public').notNull().default(false),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workflow_events_record_idx').on(t.kind, t.recordId, t.at)],
);
