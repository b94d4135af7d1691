import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SELF_EXAM_HEADINGS } from '../../../common/self-exams.ts';
import { cases, visits } from '../../db/schema/index.ts';
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
import { makeCase, SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { pdfToText } from '../../test/pdf.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';

type Report = {
  id: string;
  state: string;
  waitingFor: string | null;
  cadreId: string;
  details: { problems: Record<string, string>; causes: Record<string, string>; measures: string };
};
type Opinions = {
  cadreName: string;
  fourWinds: { id: string; content: string; citizenPhone: string | null; aboutCadre: boolean }[];
  fourWindsTotal: number;
  interviews: { id: string; content: string; respondentGroup: string | null }[];
  interviewsTotal: number;
  visits: { heard: string; contactPointName: string }[];
  visitsTotal: number;
};

const DETAILS = {
  problems: { faith: '理论学习不够系统', service: '到联系点少，和农户拉家常少' },
  causes: { ideals: '放松了世界观改造', discipline: '纪律意识不强' },
  measures: '每月到联系点住两天',
};

/**
 * 对照检查材料 (issue 13 §5): one report per cadre and campaign, its sections keyed by the campaign's
 * headings (data per campaign), reviewed unit → office; the masses' opinions beside it.
 */
describe('self-examination reports API', () => {
  const { t, w } = useWorld();
  let campaignId: string;
  let leader: { cadreId: string; client: Client; userId: string };
  let colleague: { cadreId: string; client: Client; userId: string };
  let other: { cadreId: string; client: Client; userId: string };
  let adminB: Client;
  beforeAll(async () => {
    campaignId = (await makeCampaign(t.db, { name: '对照检查测试活动' })).id;
    leader = await makeCadreWithLogin(t, w.unitA, { name: '赵局长' });
    colleague = await makeCadreWithLogin(t, w.unitA, { name: '钱同事' });
    other = await makeCadreWithLogin(t, w.unitB, { name: '孙乙' });
    const u = await makeUser(t.db, 'unit_admin', { org: w.unitB });
    adminB = await login(t.app, u.username, u.password);
  });

  const write = (c: Client, extra: Record<string, unknown> = {}) =>
    c.post('/api/self-exams', {
      campaignId,
      title: '对照检查材料',
      body: '本人按五条标准查摆问题如下。',
      details: DETAILS,
      ...extra,
    });
  const step = (c: Client, id: string, action: string, extra: Record<string, unknown> = {}) =>
    c.post(`/api/self-exams/${id}/events`, { action, ...extra });
  const headingsUrl = (id = campaignId) => `/api/campaigns/${id}/self-exam-headings`;
  const put = (c: Client, url: string, payload: unknown) =>
    c.request({ method: 'PUT', url, payload: payload as Record<string, unknown> });

  it('answers 401 to every route without a session', async () => {
    const id = '00000000-0000-7000-8000-000000000001';
    await expectEveryCall(
      t.app,
      [
        ['GET', '/api/self-exams'],
        ['GET', '/api/self-exams/export'],
        ['GET', `/api/self-exams/${id}`],
        ['POST', '/api/self-exams', { title: 'x' }],
        ['PATCH', `/api/self-exams/${id}`, { title: 'x' }],
        ['DELETE', `/api/self-exams/${id}`],
        ['GET', `/api/self-exams/${id}/actions`],
        ['POST', `/api/self-exams/${id}/events`, { action: 'submit' }],
        ['GET', `/api/self-exams/${id}/similar`],
        ['GET', `/api/self-exams/${id}/opinions`],
        ['GET', '/api/self-exams/opinions'],
        ['GET', headingsUrl(id)],
        ['PUT', headingsUrl(id), DEFAULT_SELF_EXAM_HEADINGS],
      ],
      401,
      'UNAUTHENTICATED',
    );
  });

  it('has one report per cadre and campaign, its sections keyed by the campaign’s headings', async () => {
    const res = await write(leader.client);
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json() as Report;
    expect(report.details).toEqual(DETAILS);
    expect(
      await auditRows(t.db, { entity: 'self_exam', entityId: report.id, action: 'create' }),
    ).toHaveLength(1);
    const again = expectError(await write(leader.client), 409, 'DOCUMENT_EXISTS');
    expect(again.message).toContain('赵局长');
    // a key that is not one of the campaign's standards is refused, naming the field
    const bad = expectError(
      await write(colleague.client, { details: { problems: { courage: '不敢担当' } } }),
      400,
      'VALIDATION',
    );
    expect(bad.message).toContain('courage');
    expect(bad.details.map((d) => d.field)).toEqual(['details.problems.courage']);
    expectError(
      await leader.client.patch(`/api/self-exams/${report.id}`, {
        details: { causes: { money: '贪图享乐' } },
      }),
      400,
      'VALIDATION',
    );
    expectValidation(
      await write(colleague.client, { details: { measures: '长'.repeat(5001) } }),
      'body.details.measures',
    );
    // the patch merges: only the sections given change
    const patched = await leader.client.patch(`/api/self-exams/${report.id}`, {
      details: { measures: '建立台账，逐项销号' },
    });
    expect((patched.json() as Report).details).toMatchObject({
      problems: DETAILS.problems,
      measures: '建立台账，逐项销号',
    });
  });

  it('lets only one of two reports written at once be made (a clean 409)', async () => {
    const campaign = (await makeCampaign(t.db)).id;
    const [a, b] = await Promise.all([
      write(colleague.client, { campaignId: campaign }),
      write(colleague.client, { campaignId: campaign }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.code).toBe('DOCUMENT_EXISTS');
  });

  it('is reviewed unit → office', async () => {
    const r = (await write(other.client)).json() as Report;
    await step(other.client, r.id, 'submit');
    expectNotFound(await step(w.as.unit_admin, r.id, 'approve'));
    expectError(await step(w.as.office, r.id, 'approve'), 403, 'FORBIDDEN');
    // no rating for this kind: the step asks for a comment only
    const actions = (await adminB.get(`/api/self-exams/${r.id}/actions`)).json();
    const approve = actions.items.find((a: { action: string }) => a.action === 'approve');
    expect(approve.fields.map((f: { name: string }) => f.name)).toEqual(['comment']);
    expect((await step(adminB, r.id, 'approve')).json()).toMatchObject({
      state: 'submitted',
      waitingFor: '活动办审核',
      rating: null,
    });
    expect((await step(w.as.office, r.id, 'approve')).json().state).toBe('approved');
    // a self-examination report is never on the citizens' site
    await step(w.as.office, r.id, 'publish');
    expectNotFound(await t.app.inject({ method: 'GET', url: `/api/public/reflections/${r.id}` }));
    expectNotFound(await t.app.inject({ method: 'GET', url: `/api/public/letters/${r.id}` }));
  });

  it('keeps the headings per campaign: the 2014 ones by default, changed by the office only', async () => {
    const campaign = (await makeCampaign(t.db)).id;
    expect((await leader.client.get(headingsUrl(campaign))).json()).toEqual(
      DEFAULT_SELF_EXAM_HEADINGS,
    );
    const mine = {
      standards: [
        ...DEFAULT_SELF_EXAM_HEADINGS.standards,
        { key: 'discipline2', label: '遵规守纪' },
      ],
      causes: DEFAULT_SELF_EXAM_HEADINGS.causes.map((c) =>
        c.key === 'ideals' ? { ...c, label: '理想信念（世界观）' } : c,
      ),
    };
    expectError(await put(leader.client, headingsUrl(campaign), mine), 403, 'FORBIDDEN');
    expectError(await put(w.as.unit_admin, headingsUrl(campaign), mine), 403, 'FORBIDDEN');
    expectNotFound(
      await put(w.as.office, headingsUrl('00000000-0000-7000-8000-00000000beef'), mine),
    );
    // refused in words: a repeated key, a bad key, no standard at all, an empty label
    const dup = { ...mine, standards: [...mine.standards, { key: 'faith', label: '又一条' }] };
    expectValidation(await put(w.as.office, headingsUrl(campaign), dup), 'body.standards.6.key');
    expectValidation(
      await put(w.as.office, headingsUrl(campaign), {
        ...mine,
        standards: [{ key: '1x', label: 'x' }],
      }),
      'body.standards.0.key',
    );
    expectValidation(
      await put(w.as.office, headingsUrl(campaign), { ...mine, standards: [] }),
      'body.standards',
    );
    const saved = await put(w.as.office, headingsUrl(campaign), mine);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual(mine);
    expect(
      await auditRows(t.db, { entity: 'campaign', entityId: campaign, action: 'update' }),
    ).toHaveLength(1);
    // a report of that campaign may now write under the new standard
    const res = await write(colleague.client, {
      campaignId: campaign,
      details: { problems: { discipline2: '请销假不及时' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    // …which may be renamed but no longer removed
    const without = { ...mine, standards: DEFAULT_SELF_EXAM_HEADINGS.standards };
    const inUse = expectError(
      await put(w.as.office, headingsUrl(campaign), without),
      400,
      'VALIDATION',
    );
    expect(inUse.message).toContain('遵规守纪');
    const renamed = {
      ...mine,
      standards: mine.standards.map((s) =>
        s.key === 'discipline2' ? { ...s, label: '守规矩' } : s,
      ),
    };
    expect((await put(w.as.office, headingsUrl(campaign), renamed)).statusCode).toBe(200);
  });

  it('shows the masses’ opinions beside the report: 四风 cases, 下访听诉, his visits — masked, scoped', async () => {
    const campaign = (await makeCampaign(t.db)).id;
    const inPeriod = new Date('2014-05-10T10:00:00+08:00');
    const fourWinds = await makeCase(t.db, {
      categoryId: SEEDED_CATEGORY.formalism,
      assignedOrgId: w.unitA.id,
      status: 'assigned',
      content: '某科室办事推诿，材料要求反复补交',
      citizenPhone: '13812345678',
      createdAt: inPeriod,
    });
    const addressed = await makeCase(t.db, {
      categoryId: SEEDED_CATEGORY.formalism,
      content: '写给赵局长：会议太多，下乡太少',
      createdAt: inPeriod,
    });
    await t.db
      .update(cases)
      .set({ addresseeCadreId: leader.cadreId })
      .where(eq(cases.id, addressed.id));
    const interview = await makeCase(t.db, {
      channel: 'field_interview',
      assignedOrgId: w.branchA.id,
      content: '下访听诉：村道年久失修',
      createdAt: inPeriod,
    });
    await t.db.update(cases).set({ respondentGroup: 'farmer' }).where(eq(cases.id, interview.id));
    const otherUnit = await makeCase(t.db, {
      categoryId: SEEDED_CATEGORY.formalism,
      assignedOrgId: w.unitB.id,
      content: '乙单位的四风问题',
      createdAt: inPeriod,
    });
    const tooEarly = await makeCase(t.db, {
      categoryId: SEEDED_CATEGORY.formalism,
      assignedOrgId: w.unitA.id,
      content: '活动开始前的意见',
      createdAt: new Date('2013-12-01T10:00:00+08:00'),
    });
    const livelihood = await makeCase(t.db, {
      assignedOrgId: w.unitA.id,
      content: '网上反映的民生诉求',
      createdAt: inPeriod,
    });
    const point = await makeContactPoint(t.db, w.unitA, '赵家村');
    await t.db.insert(visits).values([
      {
        cadreId: leader.cadreId,
        contactPointId: point.id,
        startDate: '2014-04-02',
        endDate: '2014-04-02',
        heard: '群众说干部来得少，来了也是走过场',
      },
      {
        cadreId: leader.cadreId,
        contactPointId: point.id,
        startDate: '2014-04-09',
        endDate: '2014-04-09',
      },
    ]);

    // before the report exists: the cadre asks for himself
    const before = await leader.client.get(`/api/self-exams/opinions?campaignId=${campaign}`);
    expect(before.statusCode, before.body).toBe(200);
    const o = before.json() as Opinions;
    expect(o.cadreName).toBe('赵局长');
    const ids = o.fourWinds.map((c) => c.id);
    expect(ids).toContain(fourWinds.id);
    expect(ids).toContain(addressed.id);
    for (const gone of [otherUnit.id, tooEarly.id, livelihood.id, interview.id])
      expect(ids).not.toContain(gone);
    expect(o.fourWindsTotal).toBe(o.fourWinds.length);
    expect(o.fourWinds.find((c) => c.id === addressed.id)?.aboutCadre).toBe(true);
    expect(o.fourWinds.find((c) => c.id === fourWinds.id)?.aboutCadre).toBe(false);
    expect(o.interviews.map((c) => c.id)).toEqual([interview.id]);
    expect(o.interviews[0]?.respondentGroup).toBe('farmer');
    expect(o.visits).toEqual([
      expect.objectContaining({
        heard: '群众说干部来得少，来了也是走过场',
        contactPointName: '赵家村',
      }),
    ]);
    // masked as the case list masks it: never the phone in full
    expect(before.body).not.toContain('13812345678');
    expect(o.fourWinds.find((c) => c.id === fourWinds.id)?.citizenPhone).toBe('138****5678');

    // beside the report: the same, for its author and overseers in scope
    const report = (await write(leader.client, { campaignId: campaign })).json() as Report;
    const beside = await leader.client.get(`/api/self-exams/${report.id}/opinions`);
    expect(beside.statusCode, beside.body).toBe(200);
    expect((beside.json() as Opinions).fourWindsTotal).toBe(o.fourWindsTotal);
    expect((await w.as.office.get(`/api/self-exams/${report.id}/opinions`)).statusCode).toBe(200);
    expect((await w.as.unit_admin.get(`/api/self-exams/${report.id}/opinions`)).statusCode).toBe(
      200,
    );
    // another unit: not found; a colleague: not his draft (404) nor, asked by cadre, his opinions (403)
    expectNotFound(await adminB.get(`/api/self-exams/${report.id}/opinions`));
    expectNotFound(await colleague.client.get(`/api/self-exams/${report.id}/opinions`));
    expectError(
      await colleague.client.get(
        `/api/self-exams/opinions?cadreId=${leader.cadreId}&campaignId=${campaign}`,
      ),
      403,
      'FORBIDDEN',
    );
    expectNotFound(await adminB.get(`/api/self-exams/opinions?cadreId=${leader.cadreId}`));
    expectValidation(
      await leader.client.get('/api/self-exams/opinions?cadreId=x'),
      'querystring.cadreId',
    );
    expectNotFound(
      await leader.client.get(
        '/api/self-exams/opinions?campaignId=00000000-0000-7000-8000-00000000beef',
      ),
    );
  });

  it('checks copied text for reviewers only', async () => {
    const campaign = (await makeCampaign(t.db)).id;
    const text = `群众反映最多的是办事难、门难进、脸难看。我作为分管领导，对窗口服务的问题听得多、管得少，没有建立起首问负责和限时办结制度，群众多次跑腿的情况时有发生。`;
    const a = (
      await write(leader.client, { campaignId: campaign, details: { problems: { service: text } } })
    ).json() as Report;
    const b = (
      await write(colleague.client, {
        campaignId: campaign,
        details: { problems: { service: text } },
      })
    ).json() as Report;
    const seen = (await w.as.unit_admin.get(`/api/self-exams/${b.id}/similar`)).json();
    expect(seen.items.map((i: { documentId: string }) => i.documentId)).toEqual([a.id]);
    expect(seen.items[0]).toMatchObject({ kind: 'self_exam', author: '赵局长', percent: 100 });
    expectError(await colleague.client.get(`/api/self-exams/${b.id}/similar`), 403, 'FORBIDDEN');
    expectNotFound(await adminB.get(`/api/self-exams/${b.id}/similar`));
  });

  it('prints the report with its sections under the campaign’s headings', async () => {
    const campaign = (await makeCampaign(t.db)).id;
    const r = (await write(other.client, { campaignId: campaign })).json() as Report;
    const res = await other.client.get(`/api/self-exams/${r.id}/print.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    const text = (await pdfToText(res.rawPayload)).replace(/\s+/g, '');
    for (const words of [
      '信念坚定',
      '理论学习不够系统',
      '理想信念',
      '放松了世界观改造',
      '每月到联系点住两天',
    ])
      expect(text).toContain(words);
    expectNotFound(await w.as.unit_admin.get(`/api/self-exams/${r.id}/print.pdf`));
  });
});
