import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { documents, notifications, visits, workflowEvents } from '../../db/schema/index.ts';
import { type Client, login } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import {
  expectError,
  expectEveryCall,
  expectNotFound,
  expectValidation,
} from '../../test/expect.ts';
import { makeContactPoint, makeUser } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { pdfToText } from '../../test/pdf.ts';
import { multipartFile } from '../../test/upload.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';

type Topic = {
  id: string;
  state: string;
  stateLabel: string;
  waitingFor: string | null;
  comment: string | null;
  editable: boolean;
  featured: boolean;
  title: string;
  body: string;
  cadreId: string;
  details: { purpose: string; milestones: { title: string; due: string; done: boolean }[] };
};

/**
 * The reviewable-document base (server/platform/documents) through its first kind, 调研课题:
 * create and edit while a draft, the review levels unit → office as data, publish, withdraw,
 * feature, the queue, scope and roles, and the evidence links.
 */
describe('research topics API (the reviewable documents)', () => {
  const { t, w } = useWorld();
  let campaignId: string;
  let leader: { cadreId: string; client: Client; userId: string };
  let colleague: { cadreId: string; client: Client; userId: string };
  let other: { cadreId: string; client: Client; userId: string };
  beforeAll(async () => {
    campaignId = (await makeCampaign(t.db, { name: '调研测试活动' })).id;
    leader = await makeCadreWithLogin(t, w.unitA, { name: '李局长' });
    colleague = await makeCadreWithLogin(t, w.unitA, { name: '王同事' });
    other = await makeCadreWithLogin(t, w.unitB, { name: '乙单位干部' });
  });

  const claim = (c: Client, extra: Record<string, unknown> = {}) =>
    c.post('/api/research-topics', {
      campaignId,
      title: `关于农村道路养护的调研${Math.random().toString(36).slice(2, 6)}`,
      details: {
        purpose: '群众反映最多的是村道',
        milestones: [{ title: '走访十户', due: '2014-04-30' }],
      },
      ...extra,
    });
  const step = (c: Client, id: string, action: string, extra: Record<string, unknown> = {}) =>
    c.post(`/api/research-topics/${id}/events`, { action, ...extra });
  const stateOf = async (id: string) =>
    (await t.db.select().from(documents).where(eq(documents.id, id)))[0]?.state;

  it('answers 401 to every route without a session', async () => {
    const id = '00000000-0000-7000-8000-000000000001';
    await expectEveryCall(
      t.app,
      [
        ['GET', '/api/research-topics'],
        ['GET', '/api/research-topics/export'],
        ['GET', `/api/research-topics/${id}`],
        ['POST', '/api/research-topics', { title: 'x' }],
        ['PATCH', `/api/research-topics/${id}`, { title: 'x' }],
        ['DELETE', `/api/research-topics/${id}`],
        ['GET', `/api/research-topics/${id}/actions`],
        ['GET', `/api/research-topics/${id}/events`],
        ['POST', `/api/research-topics/${id}/events`, { action: 'submit' }],
        ['GET', `/api/research-topics/${id}/links`],
        ['GET', '/api/reviews'],
      ],
      401,
      'UNAUTHENTICATED',
    );
  });

  it('lets a cadre claim his topic once per campaign, with the details filled by defaults', async () => {
    const res = await claim(leader.client);
    expect(res.statusCode, res.body).toBe(201);
    const topic = res.json() as Topic;
    expect(topic).toMatchObject({
      state: 'draft',
      stateLabel: '草稿',
      cadreId: leader.cadreId,
      editable: true,
      featured: false,
      waitingFor: null,
    });
    expect(topic.details.milestones).toEqual([
      { title: '走访十户', due: '2014-04-30', done: false },
    ]);
    expect(
      await auditRows(t.db, { entity: 'research_topic', entityId: topic.id, action: 'create' }),
    ).toHaveLength(1);

    // a PATCH of one detail changes that detail only (the others are not reset to defaults)
    const patched = await leader.client.patch(`/api/research-topics/${topic.id}`, {
      details: { findings: '道路是群众最急的事' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((patched.json() as Topic).details).toEqual({
      ...topic.details,
      findings: '道路是群众最急的事',
    });

    const again = expectError(await claim(leader.client), 409, 'DOCUMENT_EXISTS');
    expect(again.message).toContain('李局长');
    expect(again.message).toContain(topic.title);
  });

  it('refuses bad input in words: no title, a long title, a milestone without a date', async () => {
    const c = colleague.client;
    expect(expectValidation(await claim(c, { title: '' }), 'body.title').details[0]?.message).toBe(
      '请填写标题',
    );
    expectValidation(await claim(c, { title: '长'.repeat(101) }), 'body.title');
    expectValidation(
      await claim(c, { details: { milestones: [{ title: '走访', due: '2014-13-01' }] } }),
      'body.details.milestones.0.due',
    );
    expectError(await claim(c, { unknown: 1 }), 400, 'VALIDATION');
  });

  it('keeps a cadre to his own topic, and a unit admin to his units', async () => {
    expectError(await claim(leader.client, { cadreId: colleague.cadreId }), 403, 'FORBIDDEN');
    expectNotFound(await claim(w.as.unit_admin, { cadreId: other.cadreId }));
    expectError(await claim(w.as.inspector, { cadreId: leader.cadreId }), 403, 'FORBIDDEN');
    // the world's cadre account has no cadre linked: it must name one, and may not
    expectError(await claim(w.as.cadre), 400, 'DOCUMENT_CADRE');
    // a unit admin writes for a leader of his unit
    const res = await claim(w.as.unit_admin, { cadreId: colleague.cadreId });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('runs the review unit → office as data: returned with a reason, resubmitted, approved twice, published, featured', async () => {
    const b = await claim(other.client, { body: '' });
    const topic = b.json() as Topic;
    // an empty report cannot be submitted
    expectError(await step(other.client, topic.id, 'submit'), 409, 'DOCUMENT_EMPTY');
    await other.client.patch(`/api/research-topics/${topic.id}`, {
      body: '# 调研报告\n\n村道失修。',
    });
    const submitted = (await step(other.client, topic.id, 'submit')).json() as Topic;
    expect(submitted).toMatchObject({
      state: 'submitted',
      waitingFor: '单位审核',
      editable: false,
    });
    // while it is reviewed the author may not change it
    expectError(
      await other.client.patch(`/api/research-topics/${topic.id}`, { title: '改' }),
      409,
      'DOCUMENT_NOT_EDITABLE',
    );

    // the unit level: a unit admin of unit A does not see unit B's topic; the office may not act yet
    expectNotFound(await step(w.as.unit_admin, topic.id, 'approve'));
    expectError(await step(w.as.office, topic.id, 'approve'), 403, 'FORBIDDEN');
    const u = await makeUser(t.db, 'unit_admin', { org: w.unitB });
    const adminB = await login(t.app, u.username, u.password);
    expect(
      (await adminB.get(`/api/research-topics/${topic.id}/actions`))
        .json()
        .items.map((s: { action: string }) => s.action),
    ).toEqual(['approve', 'return', 'withdraw']);
    expectError(await step(adminB, topic.id, 'return'), 400, 'WORKFLOW_FIELDS');
    const returned = (
      await step(adminB, topic.id, 'return', { reason: '缺少数据' })
    ).json() as Topic;
    expect(returned).toMatchObject({ state: 'returned', comment: '缺少数据', editable: true });
    const notice = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, other.userId));
    expect(notice.map((n) => n.title)).toContain(`调研课题「${topic.title}」被退回修改`);

    await step(other.client, topic.id, 'submit');
    const passedUnit = (
      await step(adminB, topic.id, 'approve', { comment: '同意' })
    ).json() as Topic;
    expect(passedUnit).toMatchObject({ state: 'submitted', waitingFor: '活动办审核' });
    // the unit admin's turn is over
    expectError(await step(adminB, topic.id, 'approve'), 403, 'FORBIDDEN');
    const approved = (await step(w.as.office, topic.id, 'approve')).json() as Topic;
    expect(approved.state).toBe('approved');
    // a cadre may not publish or feature
    expectError(await step(other.client, topic.id, 'publish'), 403, 'FORBIDDEN');
    expect((await step(w.as.office, topic.id, 'publish')).json().state).toBe('published');
    const featured = (
      await step(w.as.office, topic.id, 'feature', { featured: true })
    ).json() as Topic;
    expect(featured.featured).toBe(true);

    const events = await t.db
      .select()
      .from(workflowEvents)
      .where(eq(workflowEvents.recordId, topic.id));
    expect(events.map((e) => e.action)).toEqual([
      'submit',
      'return',
      'submit',
      'approve',
      'approve',
      'publish',
      'feature',
    ]);
    expect(events[3]).toMatchObject({ note: '单位审核通过', fields: { comment: '同意' } });
    const timeline = (await other.client.get(`/api/research-topics/${topic.id}/events`)).json();
    expect(timeline.items).toHaveLength(7);
    expect(
      await auditRows(t.db, { entity: 'research_topic', entityId: topic.id, action: 'update' }),
    ).toHaveLength(8); // the edit and the seven steps

    // withdrawn by the office: off the public side, editable again by its author
    const withdrawn = (
      await step(w.as.office, topic.id, 'withdraw', { reason: '数据需核实' })
    ).json() as Topic;
    expect(withdrawn).toMatchObject({ state: 'withdrawn', comment: '数据需核实' });
    expect(
      ((await other.client.get(`/api/research-topics/${topic.id}`)).json() as Topic).editable,
    ).toBe(true);
  });

  it('lists what waits for each reviewer in his queue, never his own', async () => {
    const own = (
      await claim(leader.client, { campaignId: (await makeCampaign(t.db)).id, body: '报告' })
    ).json() as Topic;
    await step(leader.client, own.id, 'submit');
    const queue = (await w.as.unit_admin.get('/api/reviews')).json();
    const mine = queue.items.find((i: { id: string }) => i.id === own.id);
    expect(mine).toMatchObject({
      kind: 'research',
      kindLabel: '调研课题',
      waitingFor: '单位审核',
      path: `/research-topics?id=${own.id}`,
    });
    expect(queue.total).toBe(queue.items.length);
    // the office sees it only once the unit has passed it; the cadre and the inspector see nothing
    expect(
      (await w.as.office.get('/api/reviews'))
        .json()
        .items.some((i: { id: string }) => i.id === own.id),
    ).toBe(false);
    expect((await leader.client.get('/api/reviews')).json().total).toBe(0);
    expect((await w.as.inspector.get('/api/reviews')).json().total).toBe(0);
    await step(w.as.unit_admin, own.id, 'approve');
    expect(
      (await w.as.office.get('/api/reviews?kind=research'))
        .json()
        .items.some((i: { id: string }) => i.id === own.id),
    ).toBe(true);
    expect(
      (await w.as.office.get('/api/reviews?kind=letter'))
        .json()
        .items.some((i: { id: string }) => i.id === own.id),
    ).toBe(false);
  });

  it("shows a cadre his own topics and the published ones, never a colleague's draft", async () => {
    const draft = (
      await claim(colleague.client, { campaignId: (await makeCampaign(t.db)).id })
    ).json() as Topic;
    expectNotFound(await leader.client.get(`/api/research-topics/${draft.id}`));
    expectNotFound(await leader.client.get(`/api/research-topics/${draft.id}/events`));
    expectNotFound(await step(leader.client, draft.id, 'submit'));
    const list = (await leader.client.get('/api/research-topics?pageSize=200')).json();
    expect(
      list.items.every((i: Topic) => i.cadreId === leader.cadreId || i.state === 'published'),
    ).toBe(true);
    expect((await w.as.unit_admin.get(`/api/research-topics/${draft.id}`)).statusCode).toBe(200);
    // filters: by state and by cadre; the total agrees with the items
    const drafts = (
      await w.as.office.get(`/api/research-topics?status=draft&cadreId=${colleague.cadreId}`)
    ).json();
    expect(drafts.items.map((i: Topic) => i.id)).toContain(draft.id);
    expect(drafts.total).toBe(drafts.items.length);
    expectValidation(
      await w.as.office.get('/api/research-topics?status=done'),
      'querystring.status',
    );
    // deletes a never-submitted draft only, after which it is gone
    expectError(await w.as.inspector.delete(`/api/research-topics/${draft.id}`), 403, 'FORBIDDEN');
    expect((await colleague.client.delete(`/api/research-topics/${draft.id}`)).statusCode).toBe(
      204,
    );
    expect(await stateOf(draft.id)).toBeUndefined();
  });

  it("links the author's visits and the cases that reached him as evidence, and nothing else", async () => {
    const topic = (
      await claim(leader.client, { campaignId: (await makeCampaign(t.db)).id })
    ).json() as Topic;
    const point = await makeContactPoint(t.db, w.unitA, '张家村');
    const [visit] = await t.db
      .insert(visits)
      .values({
        cadreId: leader.cadreId,
        contactPointId: point.id,
        startDate: '2014-03-02',
        endDate: '2014-03-02',
      })
      .returning();
    const [othersVisit] = await t.db
      .insert(visits)
      .values({
        cadreId: colleague.cadreId,
        contactPointId: point.id,
        startDate: '2014-03-03',
        endDate: '2014-03-03',
      })
      .returning();
    const theirCase = await makeCase(t.db, { handlerCadreId: leader.cadreId });
    const strangerCase = await makeCase(t.db, { assignedOrgId: w.unitB.id });
    const url = `/api/research-topics/${topic.id}/links`;
    const linked = await leader.client.post(url, { targetType: 'visit', targetId: visit?.id });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().items[0]).toMatchObject({
      targetType: 'visit',
      label: '走访 2014-03-02 张家村',
      at: '2014-03-02',
    });
    await leader.client.post(url, { targetType: 'visit', targetId: visit?.id }); // twice: once
    await leader.client.post(url, { targetType: 'case', targetId: theirCase.id });
    expectError(
      await leader.client.post(url, { targetType: 'visit', targetId: othersVisit?.id }),
      400,
      'DOCUMENT_LINK',
    );
    expectError(
      await leader.client.post(url, { targetType: 'case', targetId: strangerCase.id }),
      400,
      'DOCUMENT_LINK',
    );
    const items = (await leader.client.get(url)).json().items;
    expect(items.map((i: { targetType: string }) => i.targetType)).toEqual(['visit', 'case']);
    expect(items[1].label).toContain(theirCase.trackingCode);
    expect(JSON.stringify(items)).not.toContain('13812345678');
    expect((await leader.client.delete(`${url}/${items[0].id}`)).statusCode).toBe(204);
    expect((await leader.client.get(url)).json().items).toHaveLength(1);
  });

  it('attaches files uploaded first, readable by those who may read the topic, not a colleague', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const up = await leader.client.request({
      method: 'POST',
      url: '/api/attachments',
      ...multipartFile(png, '调研照片.png', 'image/png'),
    });
    expect(up.statusCode, up.body).toBe(201);
    const res = await claim(leader.client, {
      campaignId: (await makeCampaign(t.db)).id,
      attachmentIds: [up.json().id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const topic = res.json() as Topic & { attachments: { fileName: string; url: string }[] };
    expect(topic.attachments.map((a) => a.fileName)).toEqual(['调研照片.png']);
    const url = topic.attachments[0]?.url ?? '';
    expect((await w.as.unit_admin.get(url)).statusCode).toBe(200);
    expect((await w.as.office.get(url)).statusCode).toBe(200);
    // a colleague does not see the draft, nor its file
    expect((await colleague.client.get(url)).statusCode).toBe(404);
    // the same upload cannot be attached twice
    expectError(
      await leader.client.patch(`/api/research-topics/${topic.id}`, {
        attachmentIds: [up.json().id],
      }),
      400,
      'ATTACHMENT_INVALID',
    );
  });

  it('prints the report as an A4 PDF with its text, never its markup as code', async () => {
    const topic = (
      await claim(other.client, {
        campaignId: (await makeCampaign(t.db)).id,
        body: '# 调研报告\n\n**村道**失修。\n\n<script>alert(1)</script>',
      })
    ).json() as Topic;
    const res = await w.as.office.get(`/api/research-topics/${topic.id}/print.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfToText(res.rawPayload);
    expect(text).toContain(topic.title);
    expect(text).toContain('村道失修');
    expect(text).toContain('<script>alert(1)</script>');
    // another unit's admin does not see it
    expectNotFound(await w.as.unit_admin.get(`/api/research-topics/${topic.id}/print.pdf`));
  });

  it('keeps one topic per cadre and campaign when two claims arrive at once', async () => {
    const campaign = (await makeCampaign(t.db)).id;
    const [a, b] = await Promise.all([
      claim(leader.client, { campaignId: campaign }),
      claim(w.as.unit_admin, { campaignId: campaign, cadreId: leader.cadreId }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const refused = a.statusCode === 409 ? a : b;
    expect(refused.json().error.code).toBe('DOCUMENT_EXISTS');
    const rows = await t.db.select().from(documents).where(eq(documents.campaignId, campaign));
    expect(rows).toHaveLength(1);
  });

  it('exports the list as the reader sees it', async () => {
    const res = await w.as.office.get('/api/research-topics/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
  });
});
