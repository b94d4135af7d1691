import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database, Tx } from '../../db/client.ts';
import { notifications, orgs, users, workflowEvents } from '../../db/schema/index.ts';
import { inTransaction } from '../../db/tx.ts';
import {
  type Client,
  login,
  makeTestApp,
  makeWorld,
  type TestApp,
  type World,
} from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { makeUser } from '../../test/factories.ts';
import {
  createTopicTable,
  makeTopic,
  makeTopicKind,
  type TestTopic,
  type TopicState,
  testTopics,
  ZTestTopicSchema,
} from '../../test/workflow-topic-kind.ts';
import { type Actor, ALL_ROLES, type Role } from '../access.ts';
import { AppError } from '../errors.ts';
import { availableSteps, takeStep, timelineOf } from './engine.ts';
import { citizenActor, defineKind, systemActor } from './kind.ts';
import { registerWorkflowRoutes } from './routes.ts';

const kind = makeTopicKind();
/** the same kind with a hook on 审核通过 that fails after the step's writes */
const failingKind = makeTopicKind([
  async () => {
    throw new Error('hook failed');
  },
]);

/** a unit admin who writes a topic of his own (a reviewer of his unit, but not of his own topic) */
let adminAuthor: Client;
let ids: Record<string, string>;

async function idOf(c: Client): Promise<string> {
  return (await c.get('/api/auth/me')).json().user.id;
}

let t: TestApp;
let w: World;

/** the topic kind's workflow routes, and the failing kind's */
async function addTopicRoutes(app: FastifyInstance, database: Database): Promise<void> {
  await createTopicTable(database.db);
  const record = {
    schema: ZTestTopicSchema,
    view: async (_ctx: unknown, r: unknown) => r as TestTopic,
  };
  const policy = { read: ALL_ROLES, act: ['admin', 'office', 'unit_admin', 'cadre'] as Role[] };
  for (const [k, prefix] of [
    [kind, '/api/wf-topics'],
    [failingKind, '/api/wf-failing'],
  ] as const) {
    registerWorkflowRoutes(app, {
      db: database.db,
      kind: k,
      prefix,
      tags: ['test'],
      policy,
      record,
    });
  }
}

beforeAll(async () => {
  t = await makeTestApp({}, addTopicRoutes);
  w = await makeWorld(t);
  const u = await makeUser(t.db, 'unit_admin', { org: w.unitA });
  adminAuthor = await login(t.app, u.username, u.password);
  ids = {
    cadre: await idOf(w.as.cadre),
    unit_admin: await idOf(w.as.unit_admin),
    adminAuthor: u.id,
  };
});
afterAll(() => t.close());

let topic: TestTopic;
beforeEach(async () => {
  topic = await makeTopic(t.db, { orgPath: w.branchA.path, authorUserId: ids.cadre as string });
});

/** the Actor a session of this user would carry, for direct calls of takeStep */
async function actorOf(userId: string): Promise<Actor> {
  const [u] = await t.db.select().from(users).where(eq(users.id, userId));
  if (!u) throw new Error('no user');
  const [org] = u.orgId ? await t.db.select().from(orgs).where(eq(orgs.id, u.orgId)) : [];
  return {
    userId: u.id,
    username: u.username,
    name: u.name,
    role: u.role,
    orgId: u.orgId,
    orgPath: org?.path ?? null,
    orgName: org?.name ?? null,
    cadreId: u.cadreId,
  };
}

const url = (id: string, what: 'actions' | 'events' = 'events') => `/api/wf-topics/${id}/${what}`;
const stateOf = async (id: string) =>
  (await t.db.select().from(testTopics).where(eq(testTopics.id, id)))[0]?.state;
const eventsOf = (id: string) =>
  t.db
    .select()
    .from(workflowEvents)
    .where(eq(workflowEvents.recordId, id))
    .orderBy(asc(workflowEvents.id));
const auditOf = (id: string) => auditRows(t.db, { entity: 'test_topic', entityId: id });
const setState = (id: string, state: TopicState, grade: string | null = null) =>
  t.db.update(testTopics).set({ state, grade }).where(eq(testTopics.id, id));

describe('workflow engine: takeStep through POST …/events', () => {
  it('takes an allowed step: new state, one event, one audit row', async () => {
    const res = await w.as.cadre.post(url(topic.id), { action: 'submit', note: '请审核' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: topic.id, state: 'submitted' });
    const events = await eventsOf(topic.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'test_topic',
      action: 'submit',
      fromState: 'draft',
      toState: 'submitted',
      actorId: ids.cadre,
      note: '请审核',
      public: false,
    });
    const audits = await auditOf(topic.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: 'update',
      actorId: ids.cadre,
      summary: '提交 「课题一」',
      before: { state: 'draft' },
      after: { state: 'submitted', note: '请审核' },
    });
  });

  it('refuses a step from the wrong state with 409 WORKFLOW_STEP naming the step and the state', async () => {
    const res = await w.as.unit_admin.post(url(topic.id), { action: 'approve' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'WORKFLOW_STEP',
      message: '该课题当前状态为「草稿」，不能「审核通过」',
    });
    expect(await stateOf(topic.id)).toBe('draft');
    expect(await eventsOf(topic.id)).toHaveLength(0);
    expect(await auditOf(topic.id)).toHaveLength(0);
  });

  it('refuses by role: a step for the office only is 403 to a unit admin', async () => {
    await setState(topic.id, 'reported');
    const res = await w.as.unit_admin.post(url(topic.id), { action: 'grade', grade: 'good' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('无权办理「评定等次」');
    expect(
      (await w.as.office.post(url(topic.id), { action: 'grade', grade: 'good' })).statusCode,
    ).toBe(200);
  });

  it('refuses by relation "the author": another cadre-level user of the unit may not submit', async () => {
    // the unit admin sees the topic (in scope) but did not write it
    const res = await w.as.unit_admin.post(url(topic.id), { action: 'submit' });
    expect(res.statusCode).toBe(403);
    expect((await w.as.cadre.post(url(topic.id), { action: 'submit' })).statusCode).toBe(200);
  });

  it('refuses by relation "a reviewer of the author\'s unit": not another unit, not the author', async () => {
    // a unit admin of unit B: the topic is outside his scope, so it does not exist for him
    const b = await makeUser(t.db, 'unit_admin', { org: w.unitB });
    const adminB = await login(t.app, b.username, b.password);
    await setState(topic.id, 'submitted');
    expect((await adminB.post(url(topic.id), { action: 'approve' })).statusCode).toBe(404);
    // the unit admin's own topic: in his unit, but he may not review himself
    const own = await makeTopic(t.db, {
      orgPath: w.unitA.path,
      authorUserId: ids.adminAuthor as string,
      state: 'submitted',
    });
    expect((await adminAuthor.post(url(own.id), { action: 'approve' })).statusCode).toBe(403);
    // the reviewer of the author's unit (unit A, above the branch)
    expect((await w.as.unit_admin.post(url(topic.id), { action: 'approve' })).statusCode).toBe(200);
    expect((await w.as.unit_admin.post(url(own.id), { action: 'approve' })).statusCode).toBe(200);
  });

  it('refuses missing needed fields with 400 WORKFLOW_FIELDS naming them', async () => {
    await setState(topic.id, 'approved');
    const res = await w.as.cadre.post(url(topic.id), { action: 'report', report: '  ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'WORKFLOW_FIELDS',
      message: '「提交调研报告」需要填写：调研报告、报告日期',
      details: [
        { field: 'report', message: '请填写调研报告' },
        { field: 'reportDate', message: '请填写报告日期' },
      ],
    });
    expect(await eventsOf(topic.id)).toHaveLength(0);
    // a given field is checked by its spec (a date that does not exist)
    const bad = await w.as.cadre.post(url(topic.id), {
      action: 'report',
      report: '报告正文',
      reportDate: '2014-02-30',
    });
    expect(bad.statusCode).toBe(400);
    const ok = await w.as.cadre.post(url(topic.id), {
      action: 'report',
      report: ' 报告正文 ',
      reportDate: '2014-06-30',
    });
    expect(ok.statusCode).toBe(200);
    const [row] = await t.db.select().from(testTopics).where(eq(testTopics.id, topic.id));
    expect(row).toMatchObject({ state: 'reported', report: '报告正文', reportDate: '2014-06-30' });
    expect((await eventsOf(topic.id))[0]?.fields).toEqual({
      report: '报告正文',
      reportDate: '2014-06-30',
    });
  });

  it('refuses an unknown action and unknown fields with 400', async () => {
    expect((await w.as.cadre.post(url(topic.id), { action: 'publish' })).statusCode).toBe(400);
    expect(
      (await w.as.cadre.post(url(topic.id), { action: 'submit', state: 'closed' })).statusCode,
    ).toBe(400);
    expect(await stateOf(topic.id)).toBe('draft');
  });

  it('401 without a session, 403 for a role the policy leaves out, 404 for a missing record', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: url(topic.id), payload: { action: 'submit' } }))
        .statusCode,
    ).toBe(401);
    expect((await w.as.inspector.post(url(topic.id), { action: 'submit' })).statusCode).toBe(403);
    expect((await w.as.inspector.get(url(topic.id, 'actions'))).statusCode).toBe(200);
    expect(
      (await w.as.cadre.post(url('01900000-0000-7000-8000-000000000000'), { action: 'submit' }))
        .statusCode,
    ).toBe(404);
  });

  it('runs a hook in the same transaction: 审核通过 notifies the author', async () => {
    await setState(topic.id, 'submitted');
    const res = await w.as.unit_admin.post(url(topic.id), { action: 'approve', comment: '同意' });
    expect(res.statusCode).toBe(200);
    const notes = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, ids.cadre as string));
    expect(notes.map((n) => n.title)).toContain('课题「课题一」已通过审核');
  });

  it('rolls the whole step back when a hook fails', async () => {
    await setState(topic.id, 'submitted');
    const res = await w.as.unit_admin.post(`/api/wf-failing/${topic.id}/events`, {
      action: 'approve',
    });
    expect(res.statusCode).toBe(500);
    expect(await stateOf(topic.id)).toBe('submitted');
    expect(await eventsOf(topic.id)).toHaveLength(0);
    expect(await auditOf(topic.id)).toHaveLength(0);
    // the hook before the failing one wrote its notice in the same transaction: gone as well
    const notes = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.link, `/topics/${topic.id}`));
    expect(notes).toHaveLength(0);
  });

  it('two concurrent steps on one record: exactly one succeeds, the other is 409', async () => {
    const [a, b] = await Promise.all([
      w.as.cadre.post(url(topic.id), { action: 'submit' }),
      w.as.cadre.post(url(topic.id), { action: 'submit' }),
    ]);
    expect([a?.statusCode, b?.statusCode].sort()).toEqual([200, 409]);
    expect(await eventsOf(topic.id)).toHaveLength(1);
    expect(await auditOf(topic.id)).toHaveLength(1);
  });

  it("writes only while the record is still in the step's from-state (409 WORKFLOW_MOVED)", async () => {
    // a writer that moves the record between the engine's checks and its write, as a second
    // transaction would where an adapter's lock is missing
    const racing = {
      ...kind,
      steps: kind.steps.map((s) =>
        s.action === 'submit'
          ? {
              ...s,
              compute: async (tx: Tx) => {
                await tx
                  .update(testTopics)
                  .set({ state: 'returned' })
                  .where(eq(testTopics.id, topic.id));
                return {};
              },
            }
          : s,
      ),
    };
    const cadre = await actorOf(ids.cadre as string);
    const err = await inTransaction(t.db, (tx) =>
      takeStep(tx, { actor: cadre, ip: null }, racing, topic.id, { action: 'submit' }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('WORKFLOW_MOVED');
    expect((err as AppError).status).toBe(409);
    expect(await stateOf(topic.id)).toBe('draft');
    expect(await eventsOf(topic.id)).toHaveLength(0);
  });

  it('a step may choose its next state from its fields (评议: 重新调研 or 通过)', async () => {
    await setState(topic.id, 'reported');
    const redo = await w.as.office.post(url(topic.id), { action: 'assess', verdict: 'redo' });
    expect(redo.json().state).toBe('approved');
    await setState(topic.id, 'reported');
    const accept = await w.as.office.post(url(topic.id), { action: 'assess', verdict: 'accept' });
    expect(accept.json().state).toBe('closed');
    expect((await eventsOf(topic.id)).map((e) => [e.fromState, e.toState])).toEqual([
      ['reported', 'approved'],
      ['reported', 'closed'],
    ]);
  });

  it('a guard keeps a step back until its condition holds (结题 after 评定等次)', async () => {
    await setState(topic.id, 'reported');
    const early = await w.as.office.post(url(topic.id), { action: 'close' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('评定等次后才能结题');
    await w.as.office.post(url(topic.id), { action: 'grade', grade: 'excellent' });
    expect((await w.as.office.post(url(topic.id), { action: 'close' })).statusCode).toBe(200);
    expect(await stateOf(topic.id)).toBe('closed');
  });
});

describe('workflow engine: the system actor', () => {
  it('takes a step a job may take, with an event and an audit row naming the job', async () => {
    await setState(topic.id, 'reported', 'good');
    const after = await inTransaction(t.db, (tx) =>
      takeStep<TestTopic>(
        tx,
        { actor: systemActor('系统（自动结题）'), ip: null },
        kind,
        topic.id,
        {
          action: 'close',
        },
      ),
    );
    expect(after.state).toBe('closed');
    const [event] = await eventsOf(topic.id);
    expect(event).toMatchObject({ actorId: null, actorName: '系统（自动结题）', public: true });
    const audits = await auditOf(topic.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: null,
      actorName: '系统（自动结题）',
      summary: '结题 「课题一」',
      before: { state: 'reported' },
      after: { state: 'closed' },
    });
  });

  it('may not take a step that does not list it', async () => {
    const err = await inTransaction(t.db, (tx) =>
      takeStep(tx, { actor: systemActor('系统'), ip: null }, kind, topic.id, { action: 'submit' }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(403);
    expect(await stateOf(topic.id)).toBe('draft');
  });
});

describe('workflow engine: kinds and timelines', () => {
  it('a citizen may take only steps that list citizens', async () => {
    await setState(topic.id, 'reported', 'good');
    const err = await inTransaction(t.db, (tx) =>
      takeStep(tx, { actor: citizenActor(), ip: '10.0.0.1' }, kind, topic.id, { action: 'close' }),
    ).catch((e: unknown) => e);
    expect((err as AppError).status).toBe(403);
    expect(await stateOf(topic.id)).toBe('reported');
  });

  it('the public timeline leaves out the steps that are not public', async () => {
    await w.as.cadre.post(url(topic.id), { action: 'submit' });
    await w.as.unit_admin.post(url(topic.id), { action: 'approve', comment: '同意立项' });
    const all = await timelineOf(t.db, kind, topic.id, { publicOnly: false });
    const pub = await timelineOf(t.db, kind, topic.id, { publicOnly: true });
    expect(all.map((e) => e.action)).toEqual(['submit', 'approve']);
    expect(pub.map((e) => [e.action, e.toStateLabel, e.fields])).toEqual([
      ['approve', '已立项', { comment: '同意立项' }],
    ]);
  });

  it('defineKind refuses a step naming an undeclared state, field or relation', () => {
    const base = makeTopicKind();
    const withStep = (step: Record<string, unknown>) => () =>
      defineKind({ ...base, steps: [...base.steps, step as never] });
    const step = { action: 'x', label: 'x', from: ['draft'], to: 'same', who: [], public: false };
    expect(withStep({ ...step, from: ['drafted'] })).toThrow('unknown state drafted');
    expect(withStep({ ...step, to: 'done' })).toThrow('unknown state done');
    expect(withStep({ ...step, needs: ['reasons'] })).toThrow('unknown field reasons');
    expect(withStep({ ...step, who: [{ relation: 'owner' }] })).toThrow('unknown relation owner');
    expect(withStep({ ...step, action: 'submit' })).toThrow('step submit twice');
    expect(withStep(step)).not.toThrow();
  });
});

describe('workflow engine: GET …/actions and …/events', () => {
  it('offers exactly the steps that would be taken, for every state and user', async () => {
    const users: Record<string, Client> = { ...w.as, adminAuthor };
    const fullInput: Record<string, unknown> = {
      comment: '同意',
      reason: '请补充',
      report: '报告',
      reportDate: '2014-06-30',
      grade: 'good',
      verdict: 'redo',
    };
    const states: [TopicState, string | null][] = [
      ['draft', null],
      ['submitted', null],
      ['returned', null],
      ['approved', null],
      ['reported', null],
      ['reported', 'good'],
      ['closed', 'good'],
    ];
    const mismatches: string[] = [];
    let offeredSomewhere = 0;
    for (const [state, grade] of states) {
      for (const [who, client] of Object.entries(users)) {
        await setState(topic.id, state, grade);
        const res = await client.get(url(topic.id, 'actions'));
        expect(res.statusCode).toBe(200);
        const offered = new Set(res.json().items.map((i: { action: string }) => i.action));
        offeredSomewhere += offered.size;
        for (const s of kind.steps) {
          await setState(topic.id, state, grade);
          const r = await client.post(url(topic.id), { action: s.action, ...fullInput });
          // the inspector's role may not write at all here: offered must be empty for him too
          const taken = r.statusCode === 200;
          if (taken !== offered.has(s.action)) {
            mismatches.push(
              `${who}@${state}/${grade}: ${s.action} offered=${offered.has(s.action)} status=${r.statusCode}`,
            );
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(offeredSomewhere).toBeGreaterThan(5);
  }, 120_000);

  it('describes each offered step with its fields for the step dialog', async () => {
    await setState(topic.id, 'submitted');
    const res = await w.as.unit_admin.get(url(topic.id, 'actions'));
    expect(res.json().items).toEqual([
      {
        action: 'approve',
        label: '审核通过',
        public: true,
        fields: [{ name: 'comment', label: '审核意见', type: 'textarea', required: false }],
      },
      {
        action: 'return',
        label: '退回修改',
        public: false,
        fields: [
          { name: 'reason', label: '退回理由', type: 'textarea', maxLength: 500, required: true },
        ],
      },
    ]);
    // the same function, called directly, answers the same
    const [row] = await t.db.select().from(testTopics).where(eq(testTopics.id, topic.id));
    expect(availableSteps({ actor: systemActor('系统') }, kind, row).map((s) => s.action)).toEqual(
      [],
    );
  });

  it('lists the timeline with labels, 404 out of scope', async () => {
    await w.as.cadre.post(url(topic.id), { action: 'submit' });
    await w.as.unit_admin.post(url(topic.id), { action: 'return', reason: '请补充调研方法' });
    const res = await w.as.cadre.get(url(topic.id));
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((e: { actionLabel: string; toStateLabel: string; fields: unknown }) => [
          e.actionLabel,
          e.toStateLabel,
          e.fields,
        ]),
    ).toEqual([
      ['提交', '待审核', {}],
      ['退回修改', '已退回', { reason: '请补充调研方法' }],
    ]);
    const b = await makeUser(t.db, 'cadre', { org: w.unitB });
    const cadreB = await login(t.app, b.username, b.password);
    expect((await cadreB.get(url(topic.id))).statusCode).toBe(404);
    expect((await cadreB.get(url(topic.id, 'actions'))).statusCode).toBe(404);
  });

  it('publishes the three routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/wf-topics/{id}/actions', '/api/wf-topics/{id}/events']),
    );
    expect(doc.paths['/api/wf-topics/{id}/events'].post.summary).toContain('审核通过');
  });
});
