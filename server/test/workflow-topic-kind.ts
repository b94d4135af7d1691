import { and, eq, sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TAuditEntity } from '../../common/audit.ts';
import { z } from '../../common/zod.ts';
import type { Db, DbOrTx, Tx } from '../db/client.ts';
import { idColumn } from '../db/schema/columns.ts';
import { notify } from '../modules/notifications/notifications.service.ts';
import { type Scope, scopeWhere } from '../platform/scope.repo.ts';
import { sharedEvents } from '../platform/workflow/events.repo.ts';
import { defineKind, type StepHook } from '../platform/workflow/kind.ts';

/**
 * A test-only kind shaped like the coming 调研课题 (research topic): the author drafts and
 * submits, a reviewer of the author's unit approves or returns it with a reason, the author
 * reports, the office grades and closes (or a job closes a graded one). Its table is created by
 * the test (`createTopicTable`), not by a migration; its events go to the shared workflow_events.
 */
export const testTopics = pgTable('wf_test_topics', {
  id: idColumn(),
  title: text('title').notNull(),
  orgPath: text('org_path').notNull(),
  authorUserId: uuid('author_user_id').notNull(),
  state: text('state').notNull().default('draft'),
  comment: text('comment'),
  reason: text('reason'),
  report: text('report'),
  reportDate: text('report_date'),
  grade: text('grade'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type TestTopic = typeof testTopics.$inferSelect;

export async function createTopicTable(db: Db): Promise<void> {
  await db.execute(sql`
    create table wf_test_topics (
      id uuid primary key,
      title text not null,
      org_path text not null,
      author_user_id uuid not null,
      state text not null default 'draft',
      comment text, reason text, report text, report_date text, grade text,
      updated_at timestamptz not null default now()
    )`);
}

export async function makeTopic(
  db: Db,
  t: { orgPath: string; authorUserId: string; state?: TopicState; grade?: string | null },
): Promise<TestTopic> {
  const [row] = await db
    .insert(testTopics)
    .values({ title: '课题一', state: 'draft', ...t })
    .returning();
  if (!row) throw new Error('no topic');
  return row;
}

export const ZTestTopicSchema = z.object({ id: z.uuid(), state: z.string(), title: z.string() });

const whereIn = (scope: Scope, id: string) =>
  and(eq(testTopics.id, id), scopeWhere(scope, testTopics.orgPath));

const store = {
  async find(db: DbOrTx, scope: Scope, id: string) {
    const [row] = await db.select().from(testTopics).where(whereIn(scope, id));
    return row ?? null;
  },
  async lock(tx: Tx, scope: Scope, id: string) {
    const [row] = await tx.select().from(testTopics).where(whereIn(scope, id)).for('update');
    return row ?? null;
  },
  stateOf: (r: TestTopic) => r.state as TopicState,
  async write(
    tx: Tx,
    r: TestTopic,
    change: { from: string; state: string; fields: Record<string, unknown> },
  ) {
    const [row] = await tx
      .update(testTopics)
      .set({ ...change.fields, state: change.state, updatedAt: new Date() })
      .where(and(eq(testTopics.id, r.id), eq(testTopics.state, change.from)))
      .returning();
    return row ?? null;
  },
  ...sharedEvents('test_topic'),
};

export type TopicState = 'draft' | 'submitted' | 'returned' | 'approved' | 'reported' | 'closed';

const REVIEWER = [{ roles: ['unit_admin'] as const, relation: 'unitReviewer' as const }];
const AUTHOR = [{ relation: 'author' as const }];

/** 审核通过 tells the author, inside the step's transaction. */
const tellAuthor: StepHook<TestTopic, TopicState> = async (tx, { after, eventId }) => {
  await notify(tx, [
    {
      userId: after.authorUserId,
      kind: 'info',
      title: `课题「${after.title}」已通过审核`,
      link: `/topics/${after.id}`,
      dedupeKey: `topic-approved:${eventId}`,
    },
  ]);
};

export function makeTopicKind(extraApproveHooks: StepHook<TestTopic, TopicState>[] = []) {
  return defineKind({
    name: 'test_topic',
    label: '课题',
    // a test kind has no entity of its own in the audit log's list
    auditEntity: 'test_topic' as TAuditEntity,
    states: {
      draft: '草稿',
      submitted: '待审核',
      returned: '已退回',
      approved: '已立项',
      reported: '已报告',
      closed: '已结题',
    },
    relations: {
      author: (actor, r: TestTopic) => actor.userId === r.authorUserId,
      /** 本单位审核人: a unit admin of the author's unit (or above), not the author himself */
      unitReviewer: (actor, r: TestTopic) =>
        actor.role === 'unit_admin' &&
        actor.orgPath !== null &&
        r.orgPath.startsWith(actor.orgPath) &&
        actor.userId !== r.authorUserId,
    },
    fields: {
      comment: { label: '审核意见', type: 'textarea' },
      reason: { label: '退回理由', type: 'textarea', maxLength: 500 },
      report: { label: '调研报告', type: 'textarea' },
      reportDate: { label: '报告日期', type: 'date' },
      verdict: {
        label: '评议结论',
        type: 'select',
        options: [
          { value: 'accept', label: '通过' },
          { value: 'redo', label: '重新调研' },
        ],
      },
      grade: {
        label: '等次',
        type: 'select',
        options: [
          { value: 'excellent', label: '优秀' },
          { value: 'good', label: '良好' },
          { value: 'pass', label: '合格' },
        ],
      },
    },
    steps: [
      {
        action: 'submit',
        label: '提交',
        from: ['draft', 'returned'],
        to: 'submitted',
        who: AUTHOR,
        public: false,
      },
      {
        action: 'approve',
        label: '审核通过',
        from: ['submitted'],
        to: 'approved',
        who: REVIEWER,
        optional: ['comment'],
        public: true,
        hooks: [tellAuthor, ...extraApproveHooks],
      },
      {
        action: 'return',
        label: '退回修改',
        from: ['submitted'],
        to: 'returned',
        who: REVIEWER,
        needs: ['reason'],
        public: false,
      },
      {
        action: 'report',
        label: '提交调研报告',
        from: ['approved'],
        to: 'reported',
        who: AUTHOR,
        needs: ['report', 'reportDate'],
        public: true,
      },
      {
        action: 'grade',
        label: '评定等次',
        from: ['reported'],
        to: 'same',
        who: [{ roles: ['office'] }],
        needs: ['grade'],
        public: false,
      },
      {
        // the next state follows from the verdict
        action: 'assess',
        label: '评议报告',
        from: ['reported'],
        to: {
          among: ['closed', 'approved'],
          by: (_r: TestTopic, f: Record<string, unknown>) =>
            f.verdict === 'redo' ? 'approved' : 'closed',
        },
        who: [{ roles: ['office'] }],
        needs: ['verdict'],
        public: true,
      },
      {
        action: 'close',
        label: '结题',
        from: ['reported'],
        to: 'closed',
        who: [{ roles: ['office'] }, { external: 'system' }],
        guard: { test: (r: TestTopic) => r.grade !== null, key: 'WORKFLOW_STEP.graded' },
        public: true,
      },
    ],
    store,
    idOf: (r: TestTopic) => r.id,
    describe: (r: TestTopic) => `「${r.title}」`,
  });
}
