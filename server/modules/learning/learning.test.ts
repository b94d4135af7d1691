import { beforeAll, describe, expect, it } from 'vitest';
import {
  discussionPosts,
  documents,
  materialDistributions,
  materials,
  materialViews,
  serviceRecords,
  sessionAttendance,
  studySessions,
  users,
} from '../../db/schema/index.ts';
import { expectNotFound, expectValidation } from '../../test/expect.ts';
import { makeCadre, type TestOrg } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';
import { column, expectSheet } from '../../test/xlsx.ts';

type Row = {
  cadreId: string;
  cadreName: string;
  materialsViewed: number;
  sessionsDue: number;
  sessionsAttended: number;
  sessionsLeave: number;
  sessionsAbsent: number;
  posts: number;
  reflections: number;
  reflectionsApproved: number;
  volunteerHours: number;
  frontline: number;
};
type UnitRow = {
  orgId: string;
  cadres: number;
  sessionsHeld: number;
  sessionsDue: number;
  sessionsAttended: number;
  attendanceRate: number | null;
  viewRate: number | null;
  receiptsSent: number;
  receiptsConfirmed: number;
  posts: number;
  reflections: number;
  volunteerHours: number;
  volunteerTarget: number;
};

const UNKNOWN = '01900000-0000-7000-8000-00000000abcd';

/**
 * 学习参与情况: every figure counted from the records of one campaign (another campaign's never
 * counts), in the reader's scope.
 */
describe('/api/learning (学习参与情况)', () => {
  const { t, w } = useWorld();
  let campaignId: string;
  const c: Record<'lead' | 'plain' | 'branch' | 'other', { id: string; name: string }> =
    {} as never;

  beforeAll(async () => {
    const db = t.db;
    campaignId = (await makeCampaign(db, { name: '参与活动', startDate: '2014-01-01' })).id;
    const elsewhere = (await makeCampaign(db, { name: '别的活动', startDate: '2014-01-01' })).id;
    const cadre = async (org: TestOrg, name: string, leading = false) => {
      const row = await makeCadre(db, org, { name, leading });
      return { id: row.id, name };
    };
    c.lead = await cadre(w.unitA, '带头干部', true);
    c.plain = await cadre(w.unitA, '普通干部');
    c.branch = await cadre(w.branchA, '支部干部');
    c.other = await cadre(w.unitB, '乙单位干部');
    const [office] = await db.select({ id: users.id }).from(users).limit(1);
    const userId = office?.id as string;

    // materials: one online (studied by the lead, in this campaign and in another), one printed
    const [video, book, otherVideo] = await db
      .insert(materials)
      .values([
        { campaignId, kind: 'video', title: '老阿姨', link: 'https://example.org/a' },
        { campaignId, kind: 'book', title: '日记选', copies: 10 },
        { campaignId: elsewhere, kind: 'video', title: '别的', link: 'https://example.org/b' },
      ])
      .returning({ id: materials.id });
    if (!video || !book || !otherVideo) throw new Error('seed');
    await db.insert(materialViews).values([
      { materialId: video.id, cadreId: c.lead.id },
      { materialId: otherVideo.id, cadreId: c.plain.id },
    ]);
    await db.insert(materialDistributions).values([
      {
        materialId: book.id,
        orgId: w.unitA.id,
        quantity: 5,
        sentOn: '2014-02-20',
        receivedAt: new Date('2014-02-22T02:00:00Z'),
        receivedQuantity: 5,
      },
      { materialId: book.id, orgId: w.unitB.id, quantity: 5, sentOn: '2014-02-20' },
    ]);

    // sessions of unit A: one held (lead present, plain absent, branch on leave), one to come
    const [held, coming] = await db
      .insert(studySessions)
      .values([
        {
          orgId: w.unitA.id,
          campaignId,
          kind: 'seminar',
          title: '座谈',
          startsAt: new Date('2014-03-05T07:00:00Z'),
          endsAt: new Date('2014-03-05T09:00:00Z'),
        },
        {
          orgId: w.unitA.id,
          campaignId,
          kind: 'viewing',
          title: '观看',
          startsAt: new Date('2099-03-05T07:00:00Z'),
          endsAt: new Date('2099-03-05T09:00:00Z'),
        },
      ])
      .returning({ id: studySessions.id });
    if (!held || !coming) throw new Error('seed');
    await db.insert(sessionAttendance).values([
      { sessionId: held.id, cadreId: c.lead.id, status: 'present' },
      { sessionId: held.id, cadreId: c.plain.id, status: 'absent' },
      { sessionId: held.id, cadreId: c.branch.id, status: 'leave', reason: '驻村' },
      { sessionId: coming.id, cadreId: c.lead.id, status: 'expected' },
    ]);

    // the lead's thread and reply count; a removed reply does not
    const [thread] = await db
      .insert(discussionPosts)
      .values({
        campaignId,
        orgId: w.unitA.id,
        audience: 'unit',
        authorUserId: userId,
        authorCadreId: c.lead.id,
        title: '我该怎么做',
        body: '扎根基层',
      })
      .returning({ id: discussionPosts.id });
    if (!thread) throw new Error('seed');
    const reply = {
      campaignId,
      threadId: thread.id,
      orgId: w.unitA.id,
      audience: 'unit' as const,
      authorUserId: userId,
      authorCadreId: c.lead.id,
      body: '回复',
    };
    await db.insert(discussionPosts).values([reply, { ...reply, state: 'removed' as const }]);

    // reflections: a draft does not count; submitted and approved do (approved also apart)
    const reflection = {
      kind: 'reflection' as const,
      cadreId: c.lead.id,
      orgId: w.unitA.id,
      campaignId,
      title: '心得',
    };
    await db.insert(documents).values([
      { ...reflection, state: 'draft' as const },
      { ...reflection, state: 'submitted' as const },
      { ...reflection, state: 'approved' as const },
      { ...reflection, campaignId: elsewhere, state: 'approved' as const },
    ]);

    // service: 5.5 volunteer hours and one posting of the lead; the other unit's 4 hours
    const service = { orgId: w.unitA.id, campaignId, place: '村委会', task: '义务劳动' };
    await db.insert(serviceRecords).values([
      { ...service, cadreId: c.lead.id, kind: 'volunteer', startsOn: '2014-04-01', hours: 3.5 },
      { ...service, cadreId: c.lead.id, kind: 'volunteer', startsOn: '2014-04-02', hours: 2 },
      { ...service, cadreId: c.lead.id, kind: 'frontline', startsOn: '2014-04-03' },
      {
        ...service,
        orgId: w.unitB.id,
        cadreId: c.other.id,
        kind: 'volunteer',
        startsOn: '2014-04-01',
        hours: 4,
      },
    ]);
  });

  const participation = (client = w.as.office, query = '') =>
    client.get(`/api/learning/participation?campaignId=${campaignId}${query}`);
  const rowOf = (items: Row[], who: { id: string }) => items.find((r) => r.cadreId === who.id);

  it('answers 401 without login, and every role its scope', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/learning/participation' })).statusCode,
    ).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/learning/units' })).statusCode).toBe(
      401,
    );
    for (const client of [w.as.admin, w.as.office, w.as.inspector, w.as.unit_admin, w.as.cadre])
      expect((await participation(client)).statusCode).toBe(200);
  });

  it('counts each cadre from the records of the campaign only', async () => {
    const res = await participation();
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: Row[]; total: number; onlineMaterials: number };
    expect(body.onlineMaterials).toBe(1);
    expect(body.total).toBe(4);
    expect(rowOf(body.items, c.lead)).toMatchObject({
      materialsViewed: 1,
      sessionsDue: 1,
      sessionsAttended: 1,
      sessionsLeave: 0,
      sessionsAbsent: 0,
      posts: 2,
      reflections: 2,
      reflectionsApproved: 1,
      volunteerHours: 5.5,
      frontline: 1,
    });
    expect(rowOf(body.items, c.plain)).toMatchObject({
      materialsViewed: 0,
      sessionsDue: 1,
      sessionsAttended: 0,
      sessionsAbsent: 1,
      posts: 0,
      reflections: 0,
      volunteerHours: 0,
    });
    expect(rowOf(body.items, c.branch)).toMatchObject({ sessionsDue: 1, sessionsLeave: 1 });
    // the unit's first, the leading cadre first within it
    expect(body.items[0]?.cadreId).toBe(c.lead.id);
  });

  it('filters: a unit, leading cadres, a name, those who lag', async () => {
    const ids = async (query: string) =>
      ((await participation(w.as.office, query)).json().items as Row[]).map((r) => r.cadreName);
    expect(await ids(`&orgId=${w.branchA.id}`)).toEqual(['支部干部']);
    expect(await ids('&leadingOnly=true')).toEqual(['带头干部']);
    expect(await ids(`&q=${encodeURIComponent('普通')}`)).toEqual(['普通干部']);
    // absent from a session, nothing studied online or no reflection
    expect((await ids('&lagging=true')).sort()).toEqual(
      ['乙单位干部', '支部干部', '普通干部'].sort(),
    );
    const page = (await participation(w.as.office, '&pageSize=1&page=2')).json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(4);
  });

  it('keeps a unit admin and a cadre to their units (another unit is not found)', async () => {
    const names = ((await participation(w.as.unit_admin)).json().items as Row[]).map(
      (r) => r.cadreName,
    );
    expect(names.sort()).toEqual(['带头干部', '支部干部', '普通干部'].sort());
    expectNotFound(await participation(w.as.unit_admin, `&orgId=${w.unitB.id}`));
    expectNotFound(await participation(w.as.cadre, `&orgId=${w.unitB.id}`));
    const units = (
      await w.as.unit_admin.get(`/api/learning/units?campaignId=${campaignId}`)
    ).json() as { items: UnitRow[] };
    expect(units.items.map((u) => u.orgId)).not.toContain(w.unitB.id);
  });

  it('refuses bad input in words and an unknown campaign as not found', async () => {
    expectValidation(
      await w.as.office.get('/api/learning/participation?campaignId=x'),
      'querystring.campaignId',
    );
    expectValidation(
      await w.as.office.get('/api/learning/participation?pageSize=1000'),
      'querystring.pageSize',
    );
    expectNotFound(await w.as.office.get(`/api/learning/participation?campaignId=${UNKNOWN}`));
    expectNotFound(await w.as.office.get(`/api/learning/units?campaignId=${UNKNOWN}`));
  });

  it('sums per unit: sessions held, attendance, online study, receipts, hours against the target', async () => {
    const res = await w.as.office.get(`/api/learning/units?campaignId=${campaignId}`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as UnitRow[];
    const a = items.find((u) => u.orgId === w.unitA.id);
    expect(a).toEqual(
      expect.objectContaining({
        cadres: 2,
        sessionsHeld: 2,
        sessionsDue: 2,
        sessionsAttended: 1,
        attendanceRate: 0.5,
        viewRate: 0.5,
        receiptsSent: 1,
        receiptsConfirmed: 1,
        posts: 2,
        reflections: 2,
        volunteerHours: 5.5,
        volunteerTarget: 16,
      }),
    );
    const b = items.find((u) => u.orgId === w.unitB.id);
    expect(b).toMatchObject({
      cadres: 1,
      sessionsHeld: 0,
      attendanceRate: null,
      receiptsSent: 1,
      receiptsConfirmed: 0,
      volunteerHours: 4,
    });
  });

  it('exports the filtered list as a sheet', async () => {
    const res = await w.as.office.get(
      `/api/learning/participation/export?campaignId=${campaignId}&leadingOnly=true`,
    );
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('学习参与情况.xlsx'));
    const rows = await expectSheet(res, [
      '干部',
      '领导干部',
      '单位',
      '在线学习资料',
      '应参加座谈',
      '出席',
      '请假',
      '缺席',
      '讨论发帖',
      '心得体会',
      '心得通过',
      '志愿服务（小时）',
      '选派一线',
    ]);
    expect(column(rows, 0)).toEqual(['带头干部']);
    expect(rows[1]?.slice(3)).toEqual(['1', '1', '1', '0', '0', '2', '2', '1', '5.5', '1']);
  });
});
