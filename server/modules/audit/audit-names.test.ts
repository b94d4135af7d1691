import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ENTITIES, type TAuditEntity } from '../../../common/audit.ts';
import type { Db } from '../../db/client.ts';
import {
  assignmentReports,
  auditLog,
  cardRecords,
  caseCategories,
  discussionPosts,
  documents,
  goodPractices,
  holidays,
  letterDeliveries,
  materialDistributions,
  materials,
  meetings,
  notifications,
  outbox,
  quotaRules,
  rectifications,
  reports,
  serviceRecords,
  sessions,
  studySessions,
  visits,
} from '../../db/schema/index.ts';
import { makeCadre, makeContactPoint, makeUser } from '../../test/factories.ts';
import {
  makeActivity,
  makeAssignment,
  makeCampaign,
  makePhase,
} from '../../test/factories-campaigns.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { makeAssistance, makeHousehold, makePairing } from '../../test/factories-households.ts';
import { useWorld } from '../../test/hooks.ts';
import { readXlsx } from '../../test/xlsx.ts';
import { settingsCatalog } from '../settings/settings.catalog.ts';
import { objectKey, objectsOf } from './audit.repo.ts';

type Item = {
  entity: string;
  entityId: string | null;
  summary: string;
  object: { name: string | null; campaignId: string | null; search: string | null } | null;
};

/** 审计日志 shows each row's object by its name (and its campaign for a campaign's parts). */
describe('audit log: objects by name', () => {
  const { t, w } = useWorld();
  /** per kind: the id written in the log, the name expected, the campaign expected */
  const expected = {} as Record<TAuditEntity, { id: string; name: string; campaignId?: string }>;
  const CATEGORY_ROADS = '01900000-0000-7000-8000-000000000011';
  beforeAll(async () => {
    const cadre = await makeCadre(t.db, w.unitA, { name: '审计干部' });
    const cp = await makeContactPoint(t.db, w.unitA, '审计村');
    const user = await makeUser(t.db, 'office', { org: w.bureau, username: 'audit-named' });
    const [session] = await t.db
      .insert(sessions)
      .values({
        tokenHash: 'audit-names-token',
        userId: user.id,
        csrfToken: 'x',
        expiresAt: new Date(Date.now() + 3_600_000),
      })
      .returning({ id: sessions.id });
    const campaign = await makeCampaign(t.db, { name: '审计活动' });
    const phase = await makePhase(t.db, campaign.id, { name: '学习阶段' });
    const activity = await makeActivity(t.db, campaign.id, { number: 7, title: '下访听诉' });
    const assignment = await makeAssignment(t.db, activity.id, w.unitA);
    const [report] = await t.db
      .insert(assignmentReports)
      .values({ assignmentId: assignment.id, authorId: user.id, text: '已完成', percent: 60 })
      .returning({ id: assignmentReports.id });
    const [rule] = await t.db
      .insert(quotaRules)
      .values({
        campaignId: campaign.id,
        rank: 'county',
        effectiveFrom: '2014-03-01',
        minDaysPerMonth: 4,
        minHouseholds: 3,
        maxHouseholds: 5,
        minPoorHelped: 1,
      })
      .returning({ id: quotaRules.id });
    const household = await makeHousehold(t.db, cp, { headName: '审计户主' });
    const pairing = await makePairing(t.db, cadre, household);
    const help = await makeAssistance(t.db, cadre, household, { measure: '送去化肥两袋' });
    const [visit] = await t.db
      .insert(visits)
      .values({
        cadreId: cadre.id,
        contactPointId: cp.id,
        startDate: '2014-03-12',
        endDate: '2014-03-12',
      })
      .returning({ id: visits.id });
    const [note] = await t.db
      .insert(notifications)
      .values({ userId: user.id, kind: 'reminder', title: '本月走访天数不足' })
      .returning({ id: notifications.id });
    const kase = await makeCase(t.db, { content: '村口排水沟堵塞，雨天积水进屋，请尽快疏通' });
    const [mail] = await t.db
      .insert(outbox)
      .values({
        kind: 'sms',
        recipient: '13900001111',
        subject: '诉求已受理',
        body: '您的诉求已受理',
      })
      .returning({ id: outbox.id });
    await t.db.insert(holidays).values({ date: '2031-05-20', name: '审计假日' });
    const [category] = await t.db
      .select({ name: caseCategories.name })
      .from(caseCategories)
      .where(eq(caseCategories.id, CATEGORY_ROADS));
    const titles = {
      research: '审计课题',
      letter: '审计公开信',
      reflection: '审计心得',
      self_exam: '审计对照检查',
    } as const;
    const [doc, letter, reflection, selfExam] = await t.db
      .insert(documents)
      .values(
        (['research', 'letter', 'reflection', 'self_exam'] as const).map((kind) => ({
          kind,
          cadreId: cadre.id,
          orgId: w.unitA.id,
          campaignId: campaign.id,
          title: titles[kind],
        })),
      )
      .returning({ id: documents.id });
    const [delivery] = await t.db
      .insert(letterDeliveries)
      .values({ documentId: letter?.id ?? '', copies: 30, deliveredOn: '2014-05-06' })
      .returning({ id: letterDeliveries.id });
    const [cardRecord] = await t.db
      .insert(cardRecords)
      .values({
        cadreId: cadre.id,
        campaignId: campaign.id,
        kind: 'printed',
        count: 200,
        on: '2014-03-01',
      })
      .returning({ id: cardRecords.id });
    if (!category || !session || !report || !rule || !visit || !note || !mail)
      throw new Error('seed failed');
    if (!doc || !letter || !delivery || !cardRecord) throw new Error('seed failed');
    // 学习座谈 (issue 13 §2)
    const [studySession] = await t.db
      .insert(studySessions)
      .values({
        orgId: w.unitA.id,
        kind: 'seminar',
        title: '审计座谈',
        startsAt: new Date('2014-03-05T01:00:00Z'),
        endsAt: new Date('2014-03-05T03:00:00Z'),
      })
      .returning({ id: studySessions.id });
    if (!studySession) throw new Error('seed failed');
    if (!doc || !letter || !delivery || !cardRecord || !reflection || !selfExam)
      throw new Error('seed failed');

    Object.assign(expected, {
      org: { id: w.unitA.id, name: '甲单位' },
      cadre: { id: cadre.id, name: '审计干部（甲单位）' },
      contact_point: { id: cp.id, name: '审计村' },
      user: { id: user.id, name: 'office 用户（audit-named）' },
      session: { id: session.id, name: 'office 用户（audit-named）的登录' },
      campaign: { id: campaign.id, name: '审计活动', campaignId: campaign.id },
      campaign_phase: { id: phase.id, name: '审计活动 · 学习阶段', campaignId: campaign.id },
      campaign_activity: { id: activity.id, name: '7. 下访听诉', campaignId: campaign.id },
      assignment: { id: assignment.id, name: '7. 下访听诉 · 甲单位', campaignId: campaign.id },
      assignment_report: {
        id: report.id,
        name: '7. 下访听诉 · 甲单位 60%',
        campaignId: campaign.id,
      },
      quota_rule: {
        id: rule.id,
        name: '审计活动 · 县级干部（2014-03 起）',
        campaignId: campaign.id,
      },
      household: { id: household.id, name: '审计户主（审计村）' },
      pairing: { id: pairing.id, name: '审计干部 — 审计户主' },
      assistance: { id: help.id, name: '审计户主：送去化肥两袋' },
      visit: { id: visit.id, name: '审计干部 2014-03-12 走访' },
      notification: { id: note.id, name: '本月走访天数不足' },
      case: { id: kase.id, name: `${kase.trackingCode} 村口排水沟堵塞，雨天积水进屋，请…` },
      case_category: { id: CATEGORY_ROADS, name: category?.name },
      outbox: { id: mail.id, name: '诉求已受理' },
      holiday: { id: '2031-05-20', name: '2031-05-20 审计假日' },
      household_category: { id: 'poor', name: '贫困户' },
      research_topic: { id: doc.id, name: '「审计课题」（审计干部）' },
      letter: { id: letter.id, name: '「审计公开信」（审计干部）' },
      letter_delivery: { id: delivery.id, name: '「审计公开信」2014-05-06 寄发 30 份' },
      reflection: { id: reflection.id, name: '「审计心得」（审计干部）' },
      self_exam: { id: selfExam.id, name: '「审计对照检查」（审计干部）' },
      cadre_card: { id: cadre.id, name: '审计干部的连心卡' },
      card_record: { id: cardRecord.id, name: '审计干部的连心卡 2014-03-01 印制 200 张' },
      study_session: { id: studySession.id, name: '「审计座谈」（甲单位）' },
      setting: {
        id: 'receipts.perRecipientPerDay',
        name: settingsCatalog['receipts.perRecipientPerDay'].label,
      },
    });
    Object.assign(expected, await materialObjects(t.db, w.unitA.id));
    Object.assign(expected, await discussionObjects(t.db, w.unitA.id, cadre.id, user.id));
    Object.assign(expected, await selfExamObjects(t.db, w.unitA.id, cadre.id));
    const [practice] = await t.db
      .insert(goodPractices)
      .values({
        campaignId: campaign.id,
        kind: 'document',
        subjectId: reflection.id,
        documentKind: 'reflection',
        title: '审计心得',
        note: '值得推广',
      })
      .returning({ id: goodPractices.id });
    if (!practice) throw new Error('seed failed');
    expected.good_practice = {
      id: practice.id,
      name: '经验做法「审计心得」',
      campaignId: campaign.id,
    };
    const [generated] = await t.db
      .insert(reports)
      .values({ kind: 'monthly', title: '甲单位 2014年5月 月报', month: '2014-05', snapshot: {} })
      .returning({ id: reports.id });
    if (!generated) throw new Error('seed failed');
    expected.report = { id: generated.id, name: '「甲单位 2014年5月 月报」' };
    await t.db.insert(auditLog).values(
      AUDIT_ENTITIES.filter((e) => expected[e]).map((entity) => ({
        actorName: '命名测试',
        action: 'update',
        entity,
        entityId: expected[entity].id,
        summary: `命名测试 ${entity}`,
      })),
    );
    // the activity's id, as a multi-unit 分解 writes it, and rows whose object is gone or has none
    await t.db.insert(auditLog).values([
      {
        actorName: '命名测试',
        action: 'create',
        entity: 'assignment',
        entityId: activity.id,
        summary: '命名测试 分解到多个单位',
      },
      {
        actorName: '命名测试',
        action: 'delete',
        entity: 'contact_point',
        entityId: '01900000-0000-7000-8000-0000000dead1',
        summary: '命名测试 删除联系点 旧村',
      },
      { actorName: '命名测试', action: 'import', entity: 'household', summary: '命名测试 导入' },
    ]);
  });

  const page = async (query = '') =>
    (
      await w.as.admin.get(`/api/audit?q=${encodeURIComponent('命名测试')}&pageSize=100${query}`)
    ).json().items as Item[];

  it('names the object of every kind the server writes (each has a table)', async () => {
    const items = await page();
    for (const entity of AUDIT_ENTITIES) {
      const e = expected[entity];
      expect(e, `a fixture for ${entity}`).toBeDefined();
      const row = items.find((i) => i.entity === entity && i.entityId === e.id);
      expect(row, entity).toBeDefined();
      expect(row?.object?.name, entity).toEqual(e.name);
      expect(row?.object?.campaignId, entity).toBe(e.campaignId ?? null);
    }
  });

  it('gives the objects shown only in a list the words that find them there', async () => {
    const items = await page();
    const searchOf = (entity: 'cadre' | 'contact_point' | 'user' | 'household') =>
      items.find((i) => i.entity === entity && i.entityId === expected[entity].id)?.object?.search;
    expect(searchOf('cadre')).toBe('审计干部');
    expect(searchOf('contact_point')).toBe('审计村');
    expect(searchOf('user')).toBe('audit-named');
    expect(searchOf('household')).toBeNull();
  });

  it('names an assignment written by its activity, a deleted object as gone, and none without an id', async () => {
    const items = await page();
    const multi = items.find((i) => i.summary === '命名测试 分解到多个单位');
    expect(multi?.object).toEqual({
      name: '7. 下访听诉',
      campaignId: expected.campaign.id,
      search: null,
    });
    const gone = items.find((i) => i.summary.includes('删除联系点 旧村'));
    expect(gone?.object).toEqual({ name: null, campaignId: null, search: null });
    expect(items.find((i) => i.summary === '命名测试 导入')?.object).toBeNull();
    // the inspector reads the same names
    const asInspector = (
      await w.as.inspector.get(`/api/audit?entity=household&q=${encodeURIComponent('命名测试')}`)
    ).json().items as Item[];
    expect(asInspector.map((i) => i.object?.name)).toContain('审计户主（审计村）');
  });

  it('exports the object’s name beside its id', async () => {
    const res = await w.as.admin.get(`/api/audit/export?q=${encodeURIComponent('命名测试')}`);
    expect(res.statusCode).toBe(200);
    const rows = await readXlsx(res);
    const header = rows[0] ?? [];
    const name = header.indexOf('对象名称');
    const id = header.indexOf('对象编号');
    expect(name).toBeGreaterThan(-1);
    const caseRow = rows.find((r) => r[id] === expected.case.id);
    expect(caseRow?.[name]).toBe(expected.case.name);
    const gone = rows.find((r) => r[id] === '01900000-0000-7000-8000-0000000dead1');
    expect(gone?.[name]).toBe('（已删除）');
  });

  it('names a page with one query per kind of object, however many rows it has (no N+1)', async () => {
    const kases = [];
    for (let i = 0; i < 12; i++) kases.push(await makeCase(t.db, { content: `批量命名${i}` }));
    const rows = [
      ...kases.map((c) => ({ entity: 'case', entityId: c.id })),
      ...kases.map((c) => ({ entity: 'case', entityId: c.id })),
      { entity: 'household', entityId: expected.household.id },
      { entity: 'org', entityId: w.unitA.id },
      { entity: 'org', entityId: w.unitB.id },
    ];
    let selects = 0;
    const counting = new Proxy(t.db, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key !== 'select' || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          selects++;
          return value.apply(target, args);
        };
      },
    });
    const named = await objectsOf(counting, rows);
    expect(selects).toBe(3);
    expect(named.get(objectKey('case', kases[5]?.id ?? ''))?.name).toContain('批量命名5');
    expect(named.get(objectKey('org', w.unitB.id))?.name).toBe('乙单位');
  });
});

/** 学习资料 (issue 13 §1): a material and one of its sendings, with the names the log gives them. */
async function materialObjects(db: Db, orgId: string) {
  const [material] = await db
    .insert(materials)
    .values({ kind: 'dvd', title: '审计光盘', copies: 10 })
    .returning({ id: materials.id });
  const [sending] = await db
    .insert(materialDistributions)
    .values({ materialId: material?.id ?? '', orgId, quantity: 2, sentOn: '2014-02-20' })
    .returning({ id: materialDistributions.id });
  if (!material || !sending) throw new Error('seed failed');
  return {
    material: { id: material.id, name: '「审计光盘」' },
    material_distribution: { id: sending.id, name: '「审计光盘」2014-02-20 发放甲单位 2 份' },
  };
}

/** 学习讨论 and 一线服务 (issue 13 §3–4): a thread, its reply's report, a volunteer day. */
async function discussionObjects(db: Db, orgId: string, cadreId: string, userId: string) {
  const [thread] = await db
    .insert(discussionPosts)
    .values({ orgId, audience: 'unit', authorUserId: userId, title: '审计讨论', body: '正文' })
    .returning({ id: discussionPosts.id });
  if (!thread) throw new Error('seed failed');
  const [reply] = await db
    .insert(discussionPosts)
    .values({ threadId: thread.id, orgId, audience: 'unit', authorUserId: userId, body: '回复' })
    .returning({ id: discussionPosts.id });
  const [service] = await db
    .insert(serviceRecords)
    .values({
      cadreId,
      orgId,
      kind: 'volunteer',
      startsOn: '2014-04-05',
      place: '审计村',
      task: '义务劳动',
      hours: 3,
    })
    .returning({ id: serviceRecords.id });
  if (!reply || !service) throw new Error('seed failed');
  return {
    discussion_post: { id: thread.id, name: '「审计讨论」' },
    discussion_report: { id: reply.id, name: '回复「审计讨论」' },
    service_record: { id: service.id, name: '审计干部 2014-04-05 志愿服务' },
  };
}

/** 整改清单 and 民主生活会 (issue 13 §5–6): an item and a meeting, named by their words. */
async function selfExamObjects(db: Db, orgId: string, cadreId: string) {
  const [item] = await db
    .insert(rectifications)
    .values({
      cadreId,
      orgId,
      problem: '下基层不够',
      measure: '每月住夜三天',
      responsible: '审计干部',
      deadline: '2014-09-30',
    })
    .returning({ id: rectifications.id });
  const [meeting] = await db
    .insert(meetings)
    .values({ orgId, kind: 'democratic', heldOn: '2014-07-10', topic: '对照检查' })
    .returning({ id: meetings.id });
  if (!item || !meeting) throw new Error('seed failed');
  return {
    rectification: { id: item.id, name: '审计干部：下基层不够' },
    meeting: { id: meeting.id, name: '甲单位 2014-07-10 对照检查' },
  };
}
