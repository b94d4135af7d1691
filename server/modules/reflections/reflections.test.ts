import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { documents, settings, workflowEvents } from '../../db/schema/index.ts';
import { type Client, login } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import {
  expectError,
  expectEveryCall,
  expectNotFound,
  expectValidation,
} from '../../test/expect.ts';
import { makeUser } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';

type Reflection = {
  id: string;
  state: string;
  waitingFor: string | null;
  rating: string | null;
  ratingLabel: string | null;
  featured: boolean;
  title: string;
  cadreId: string;
  details: { source: string };
};
type Similar = {
  items: {
    documentId: string | null;
    kind: string;
    title: string | null;
    author: string;
    orgName: string;
    score: number;
    percent: number;
  }[];
  threshold: number;
};

const TEXT = `观看了话剧《老阿姨》，我几次红了眼眶。龚全珍老人跟随甘祖昌将军回到莲花县的山村，放弃城里优越的生活，一辈子扎根农村、教书育人。她把工资拿出来资助贫困学生，自己却穿着打了补丁的衣服。对照她，我在机关坐久了，下基层少了，和群众说话多是“打官腔”。今后我每月至少到联系点住两天，把群众反映的事情一件一件记下来、办下去。`;
const COPY = TEXT.replace('几次', '多次').replace('多是', '常常是');
const UNRELATED = `在计划财务科工作，每天和钱打交道。我们管的每一分钱都是群众的血汗钱，要花在刀刃上。过去在审核项目资金时，有时只看票据是否齐全，不去想项目是否真正让农民受益。以后资金拨付前去现场看一看，项目验收时听一听农户的意见，发现挤占挪用坚决说不。`;

/**
 * 心得体会 (issue 13 §4): a kind of the reviewable documents — many per cadre, the unit reviews
 * and rates, the office features and publishes (then the citizens' site shows it), and the text is
 * compared with the campaign's other materials (材料雷同) for reviewers only.
 */
describe('reflections API', () => {
  const { t, w } = useWorld();
  let campaignId: string;
  let writer: { cadreId: string; client: Client; userId: string };
  let colleague: { cadreId: string; client: Client; userId: string };
  let other: { cadreId: string; client: Client; userId: string };
  let adminB: Client;
  beforeAll(async () => {
    campaignId = (await makeCampaign(t.db, { name: '心得测试活动' })).id;
    writer = await makeCadreWithLogin(t, w.unitA, { name: '张写作' });
    colleague = await makeCadreWithLogin(t, w.unitA, { name: '李同事' });
    other = await makeCadreWithLogin(t, w.unitB, { name: '王乙' });
    const u = await makeUser(t.db, 'unit_admin', { org: w.unitB });
    adminB = await login(t.app, u.username, u.password);
  });

  const write = (c: Client, extra: Record<string, unknown> = {}) =>
    c.post('/api/reflections', {
      campaignId,
      title: `观《老阿姨》有感${Math.random().toString(36).slice(2, 6)}`,
      body: TEXT,
      details: { source: '话剧《老阿姨》' },
      ...extra,
    });
  const step = (c: Client, id: string, action: string, extra: Record<string, unknown> = {}) =>
    c.post(`/api/reflections/${id}/events`, { action, ...extra });
  const made = async (c: Client, extra: Record<string, unknown> = {}) => {
    const res = await write(c, extra);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Reflection;
  };

  it('answers 401 to every route without a session', async () => {
    const id = '00000000-0000-7000-8000-000000000001';
    await expectEveryCall(
      t.app,
      [
        ['GET', '/api/reflections'],
        ['GET', '/api/reflections/export'],
        ['GET', `/api/reflections/${id}`],
        ['POST', '/api/reflections', { title: 'x' }],
        ['PATCH', `/api/reflections/${id}`, { title: 'x' }],
        ['DELETE', `/api/reflections/${id}`],
        ['GET', `/api/reflections/${id}/actions`],
        ['GET', `/api/reflections/${id}/events`],
        ['POST', `/api/reflections/${id}/events`, { action: 'submit' }],
        ['GET', `/api/reflections/${id}/similar`],
        ['GET', `/api/reflections/${id}/print.pdf`],
      ],
      401,
      'UNAUTHENTICATED',
    );
  });

  it('lets a cadre write several in one campaign, and refuses bad input in words', async () => {
    const first = await made(writer.client);
    const second = await made(writer.client);
    expect(first.id).not.toBe(second.id);
    expect(first).toMatchObject({
      state: 'draft',
      rating: null,
      ratingLabel: null,
      details: { source: '话剧《老阿姨》' },
    });
    expect(
      await auditRows(t.db, { entity: 'reflection', entityId: first.id, action: 'create' }),
    ).toHaveLength(1);
    expect(expectValidation(await write(writer.client, { title: '' }), 'body.title')).toBeTruthy();
    expectValidation(
      await write(writer.client, { details: { source: '长'.repeat(101) } }),
      'body.details.source',
    );
    expectError(await write(writer.client, { rating: 'excellent' }), 400, 'VALIDATION');
    // a cadre writes his own only; the inspector writes none
    expectError(await write(writer.client, { cadreId: colleague.cadreId }), 403, 'FORBIDDEN');
    expectError(await write(w.as.inspector, { cadreId: writer.cadreId }), 403, 'FORBIDDEN');
    expectNotFound(await write(w.as.unit_admin, { cadreId: other.cadreId }));
  });

  it('is reviewed by the unit alone, which must rate it; the office features and publishes it', async () => {
    const r = await made(other.client);
    expect((await step(other.client, r.id, 'submit')).json()).toMatchObject({
      state: 'submitted',
      waitingFor: '单位审核',
    });
    // another unit's admin does not see it; the office does not review this kind
    expectNotFound(await step(w.as.unit_admin, r.id, 'approve', { rating: 'good' }));
    expectError(await step(w.as.office, r.id, 'approve', { rating: 'good' }), 403, 'FORBIDDEN');
    // 审核通过 asks for the rating, a choice of the scale
    const actions = (await adminB.get(`/api/reflections/${r.id}/actions`)).json();
    const approve = actions.items.find((a: { action: string }) => a.action === 'approve');
    expect(approve.fields[0]).toMatchObject({ name: 'rating', required: true, type: 'select' });
    expect(approve.fields[0].options.map((o: { label: string }) => o.label)).toEqual([
      '优秀',
      '良好',
      '一般',
      '较差',
    ]);
    expectError(await step(adminB, r.id, 'approve'), 400, 'WORKFLOW_FIELDS');
    expectError(await step(adminB, r.id, 'approve', { rating: 'best' }), 400, 'VALIDATION');
    const approved = (
      await step(adminB, r.id, 'approve', { rating: 'good', comment: '联系实际' })
    ).json() as Reflection;
    expect(approved).toMatchObject({ state: 'approved', rating: 'good', ratingLabel: '良好' });
    // the list shows the rating; a cadre may not publish or feature
    const list = (await adminB.get(`/api/reflections?campaignId=${campaignId}`)).json();
    expect(list.items.find((i: Reflection) => i.id === r.id)).toMatchObject({ rating: 'good' });
    expectError(await step(other.client, r.id, 'publish'), 403, 'FORBIDDEN');
    expect((await step(w.as.office, r.id, 'publish')).json().state).toBe('published');
    expect((await step(w.as.office, r.id, 'feature', { featured: true })).json().featured).toBe(
      true,
    );
    const events = await t.db
      .select()
      .from(workflowEvents)
      .where(eq(workflowEvents.recordId, r.id));
    expect(events.map((e) => [e.kind, e.action])).toEqual([
      ['reflection', 'submit'],
      ['reflection', 'approve'],
      ['reflection', 'publish'],
      ['reflection', 'feature'],
    ]);
    expect(events[1]?.fields).toMatchObject({ rating: 'good', comment: '联系实际' });

    // published: on the citizens' site, without the author's phone or the rating
    const pub = await t.app.inject({ method: 'GET', url: '/api/public/reflections?pageSize=200' });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().items.map((i: { id: string }) => i.id)).toContain(r.id);
    const one = await t.app.inject({ method: 'GET', url: `/api/public/reflections/${r.id}` });
    expect(Object.keys(one.json()).sort()).toEqual(
      ['author', 'body', 'id', 'orgName', 'publishedAt', 'title'].sort(),
    );
    // not a letter: the letters' page does not have it
    expectNotFound(await t.app.inject({ method: 'GET', url: `/api/public/letters/${r.id}` }));

    // withdrawn and resubmitted: the old rating goes, the unit rates again
    await step(w.as.office, r.id, 'withdraw', { reason: '再改改' });
    expectNotFound(await t.app.inject({ method: 'GET', url: `/api/public/reflections/${r.id}` }));
    const again = (await step(other.client, r.id, 'submit')).json() as Reflection;
    expect(again).toMatchObject({ state: 'submitted', rating: null });
  });

  it("answers 404 for another unit's reflection and keeps a colleague's draft from a cadre", async () => {
    const r = await made(colleague.client);
    expectNotFound(await adminB.get(`/api/reflections/${r.id}`));
    expectNotFound(await writer.client.get(`/api/reflections/${r.id}`));
    expectNotFound(await writer.client.patch(`/api/reflections/${r.id}`, { title: '改' }));
    expect((await w.as.unit_admin.get(`/api/reflections/${r.id}`)).statusCode).toBe(200);
    const xlsx = await w.as.unit_admin.get('/api/reflections/export');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('flags a near-copy for reviewers and overseers, never for a cadre, and not unrelated texts', async () => {
    const campaign = (await makeCampaign(t.db, { name: '雷同测试活动' })).id;
    const original = await made(writer.client, { campaignId: campaign, title: '原文' });
    const copy = await made(other.client, { campaignId: campaign, title: '抄的', body: COPY });
    const unrelated = await made(colleague.client, {
      campaignId: campaign,
      title: '无关',
      body: UNRELATED,
    });
    // in another campaign: never compared
    await made(colleague.client, { title: '别的活动', body: TEXT });
    // a self-examination report of the same campaign that copies it too
    const exam = await w.as.unit_admin.post('/api/self-exams', {
      cadreId: colleague.cadreId,
      campaignId: campaign,
      title: '对照检查',
      body: '',
      details: { problems: { service: TEXT } },
    });
    expect(exam.statusCode, exam.body).toBe(201);

    // the office sees every match with its title and id, highest first
    const office = (await w.as.office.get(`/api/reflections/${copy.id}/similar`)).json() as Similar;
    expect(office.threshold).toBe(0.6);
    expect(office.items.map((i) => i.documentId).sort()).toEqual(
      [original.id, exam.json().id].sort(),
    );
    const toOriginal = office.items.find((i) => i.documentId === original.id);
    expect(toOriginal).toMatchObject({ kind: 'reflection', title: '原文', author: '张写作' });
    expect(toOriginal?.percent).toBeGreaterThanOrEqual(85);
    expect(office.items.some((i) => i.documentId === unrelated.id)).toBe(false);

    // unit B's reviewer: the matches in unit A are named by author and unit, not title or id
    const reviewer = (await adminB.get(`/api/reflections/${copy.id}/similar`)).json() as Similar;
    expect(reviewer.items).toHaveLength(2);
    for (const i of reviewer.items) expect(i).toMatchObject({ documentId: null, title: null });
    expect(reviewer.items.map((i) => i.author)).toContain('张写作');
    // a cadre asks nothing of it: not his, not a colleague's
    expectError(await other.client.get(`/api/reflections/${copy.id}/similar`), 403, 'FORBIDDEN');
    expectError(
      await writer.client.get(`/api/reflections/${original.id}/similar`),
      403,
      'FORBIDDEN',
    );
    // out of the reader's scope: 404, as everywhere
    expectNotFound(await w.as.unit_admin.get(`/api/reflections/${copy.id}/similar`));
    // the unrelated text is like nothing
    expect(
      (await w.as.office.get(`/api/reflections/${unrelated.id}/similar`)).json().items,
    ).toEqual([]);
    // the threshold is a setting: at 100 % only identical texts remain
    await t.db
      .insert(settings)
      .values({ key: 'documents.similarityThreshold', value: 100 })
      .onConflictDoUpdate({ target: settings.key, set: { value: 100 } });
    const strict = (await w.as.office.get(`/api/reflections/${copy.id}/similar`)).json();
    expect(strict.threshold).toBe(1);
    expect(strict.items).toEqual([]);
    await t.db.delete(settings).where(eq(settings.key, 'documents.similarityThreshold'));
  });

  it('deletes a never-submitted draft only', async () => {
    const r = await made(writer.client);
    expectError(await w.as.inspector.delete(`/api/reflections/${r.id}`), 403, 'FORBIDDEN');
    expect((await writer.client.delete(`/api/reflections/${r.id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(documents).where(eq(documents.id, r.id))).toEqual([]);
  });
});
