import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ZAssignmentSchema } from '../../../common/campaigns.ts';
import type { TJson } from '../../../common/zod.ts';
import { notifications } from '../../db/schema/index.ts';
import { makeTestApp } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { type Call, expectError, expectEveryCall } from '../../test/expect.ts';
import { makeCadre, makeOrg, makeUser, type TestOrg } from '../../test/factories.ts';
import { makeActivity, makeAssignment, makeCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';
import { multipartFile, PNG } from '../../test/upload.ts';
import { board, notifyOverdueAssignments } from './assignments.service.ts';

const NO_ID = '00000000-0000-7000-8000-000000000000';

type AssignmentJson = TJson<typeof ZAssignmentSchema>;

describe('/api/assignments', () => {
  const { t, w } = useWorld();
  let campaign: { id: string };
  let activity: { id: string; title: string };
  beforeAll(async () => {
    campaign = await makeCampaign(t.db, {
      name: '任务测试活动',
      startDate: '2014-02-01',
      endDate: '2099-12-31',
    });
    activity = await makeActivity(t.db, campaign.id, { number: 1, title: '大讨论' });
  });

  it('answers 401 without login on every route', async () => {
    const calls: Call[] = [
      ['GET', '/api/assignments'],
      ['GET', '/api/assignments/export'],
      ['POST', '/api/assignments'],
      ['POST', '/api/assignments/remind-overdue'],
      ['GET', `/api/assignments/${NO_ID}`],
      ['PATCH', `/api/assignments/${NO_ID}`],
      ['DELETE', `/api/assignments/${NO_ID}`],
      ['GET', `/api/assignments/${NO_ID}/reports`],
      ['POST', `/api/assignments/${NO_ID}/reports`],
    ];
    await expectEveryCall(t.app, calls, 401);
  });

  it('lets the office assign an activity to several units, notifying their admins', async () => {
    const res = await w.as.office.post('/api/assignments', {
      activityId: activity.id,
      orgIds: [w.unitA.id, w.unitB.id, w.unitA.id],
      deadline: '2099-04-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ created: 2, updated: 0 });
    expect(body.items.map((a: AssignmentJson) => a.orgName).sort()).toEqual(['乙单位', '甲单位']);
    expect(body.items[0]).toMatchObject({
      percent: 0,
      status: 'not_started',
      overdue: false,
      deadline: '2099-04-30',
      activityTitle: '大讨论',
      campaignName: '任务测试活动',
    });
    const audits = await auditRows(t.db, { entity: 'assignment', entityId: activity.id });
    expect(audits).toHaveLength(1);
    expect(audits[0]?.summary).toContain('分解到 2 个单位');

    const me = (await w.as.unit_admin.get('/api/auth/me')).json().user;
    const notes = await t.db.select().from(notifications).where(eq(notifications.userId, me.id));
    expect(notes.map((n) => n.title)).toEqual(['新任务：大讨论']);

    // assigning again changes the deadline and keeps the assignment
    const again = await w.as.admin.post('/api/assignments', {
      activityId: activity.id,
      orgIds: [w.unitA.id],
      deadline: '2099-05-31',
    });
    expect(again.json()).toMatchObject({
      created: 0,
      updated: 1,
      items: [{ deadline: '2099-05-31' }],
    });
  });

  it('answers 403 to roles that may not assign, 400 to bad input, 404 to unknown rows', async () => {
    for (const role of ['unit_admin', 'cadre', 'inspector'] as const) {
      expectError(
        await w.as[role].post('/api/assignments', {
          activityId: activity.id,
          orgIds: [w.unitA.id],
          deadline: '2099-01-01',
        }),
        403,
        'FORBIDDEN',
      );
      expectError(await w.as[role].post('/api/assignments/remind-overdue'), 403, 'FORBIDDEN');
    }
    const bad = await w.as.office.post('/api/assignments', {
      activityId: activity.id,
      orgIds: [],
      deadline: '2099-13-01',
    });
    expectError(bad, 400, 'VALIDATION');
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['body.orgIds', 'body.deadline']),
    );
    expectError(
      await w.as.office.post('/api/assignments', {
        activityId: NO_ID,
        orgIds: [w.unitA.id],
        deadline: '2099-01-01',
      }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await w.as.office.post('/api/assignments', {
        activityId: activity.id,
        orgIds: [NO_ID],
        deadline: '2099-01-01',
      }),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses new assignments and reports in a closed campaign', async () => {
    const closed = await makeCampaign(t.db, { status: 'closed' });
    const act = await makeActivity(t.db, closed.id);
    expectError(
      await w.as.office.post('/api/assignments', {
        activityId: act.id,
        orgIds: [w.unitA.id],
        deadline: '2014-05-01',
      }),
      409,
      'CAMPAIGN_CLOSED',
    );
    const a = await makeAssignment(t.db, act.id, w.unitA);
    expectError(
      await w.as.unit_admin.post(`/api/assignments/${a.id}/reports`, {
        text: '完成',
        percent: 100,
      }),
      409,
      'CAMPAIGN_CLOSED',
    );
  });

  describe('scope and filters', () => {
    let c: { id: string };
    let overdueA: { id: string };
    let branch: { id: string };
    let doneB: { id: string };
    beforeAll(async () => {
      c = await makeCampaign(t.db, { name: '筛选活动' });
      const act1 = await makeActivity(t.db, c.id, { number: 1, title: '学习' });
      const act2 = await makeActivity(t.db, c.id, { number: 2, title: '走访' });
      overdueA = await makeAssignment(t.db, act1.id, w.unitA, {
        deadline: '2014-03-31',
        percent: 40,
      });
      branch = await makeAssignment(t.db, act1.id, w.branchA, { deadline: '2099-03-31' });
      doneB = await makeAssignment(t.db, act1.id, w.unitB, {
        deadline: '2014-03-31',
        percent: 100,
      });
      await makeAssignment(t.db, act2.id, w.unitB, { deadline: '2014-03-31', percent: 10 });
    });

    it("shows a unit admin their units' assignments only; others' are 404", async () => {
      for (const role of ['unit_admin', 'cadre'] as const) {
        const res = (await w.as[role].get(`/api/assignments?campaignId=${c.id}`)).json();
        expect(res.items.map((a: AssignmentJson) => a.orgName).sort()).toEqual([
          '甲单位',
          '甲单位党支部',
        ]);
        expectError(await w.as[role].get(`/api/assignments/${doneB.id}`), 404, 'NOT_FOUND');
        expectError(await w.as[role].get(`/api/assignments?orgId=${w.unitB.id}`), 404, 'NOT_FOUND');
      }
      const all = (await w.as.inspector.get(`/api/assignments?campaignId=${c.id}`)).json();
      expect(all.total).toBe(4);
    });

    it('filters by unit subtree, overdue and status, flagging overdue work', async () => {
      const sub = (
        await w.as.office.get(`/api/assignments?campaignId=${c.id}&orgId=${w.unitA.id}`)
      ).json();
      expect(sub.items.map((a: AssignmentJson) => a.id).sort()).toEqual(
        [overdueA.id, branch.id].sort(),
      );
      const late = (
        await w.as.office.get(`/api/assignments?campaignId=${c.id}&overdue=true`)
      ).json();
      expect(late.items.map((a: AssignmentJson) => [a.orgName, a.percent])).toEqual([
        ['甲单位', 40],
        ['乙单位', 10],
      ]);
      expect(late.items.every((a: AssignmentJson) => a.overdue)).toBe(true);
      const done = (
        await w.as.office.get(`/api/assignments?campaignId=${c.id}&status=done`)
      ).json();
      expect(done.items).toMatchObject([{ id: doneB.id, overdue: false, status: 'done' }]);
      const started = (
        await w.as.office.get(`/api/assignments?campaignId=${c.id}&status=in_progress`)
      ).json();
      expect(started.total).toBe(2);
      expectError(await w.as.office.get('/api/assignments?overdue=yes'), 400, 'VALIDATION');
      const xlsx = await w.as.unit_admin.get(`/api/assignments/export?campaignId=${c.id}`);
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    });

    it('builds the board per activity × unit with totals, leading units first', async () => {
      await makeCadre(t.db, w.branchA, { leading: true });
      const res = await w.as.office.get(`/api/campaigns/${c.id}/board`);
      expect(res.statusCode, res.body).toBe(200);
      const b = res.json();
      expect(
        b.units.map((u: { orgName: string; leadingCadres: number }) => [
          u.orgName,
          u.leadingCadres,
        ]),
      ).toEqual([
        ['甲单位', 1],
        ['甲单位党支部', 1],
        ['乙单位', 0],
      ]);
      expect(
        b.activities.map((a: { title: string; assigned: number; overdue: number }) => [
          a.title,
          a.assigned,
          a.overdue,
        ]),
      ).toEqual([
        ['学习', 3, 1],
        ['走访', 1, 1],
      ]);
      expect(b.totals).toEqual({ assigned: 4, done: 1, overdue: 2, avgPercent: 38 });
      expect(b.cells).toHaveLength(4);

      const leading = (
        await w.as.office.get(`/api/campaigns/${c.id}/board?leadingOnly=true`)
      ).json();
      expect(leading.units.map((u: { orgName: string }) => u.orgName)).toEqual([
        '甲单位',
        '甲单位党支部',
      ]);
      expect(leading.cells).toHaveLength(2);
      expect(leading.totals).toMatchObject({ assigned: 2, overdue: 1 });

      const mine = (await w.as.unit_admin.get(`/api/campaigns/${c.id}/board`)).json();
      expect(mine.units).toHaveLength(2);
      expectError(
        await w.as.unit_admin.get(`/api/campaigns/${c.id}/board?orgId=${w.unitB.id}`),
        404,
        'NOT_FOUND',
      );
      expectError(await w.as.office.get(`/api/campaigns/${NO_ID}/board`), 404, 'NOT_FOUND');
    });

    it('lets the office change a deadline and delete an assignment without reports', async () => {
      const res = await w.as.office.patch(`/api/assignments/${branch.id}`, {
        deadline: '2014-03-01',
      });
      expect(res.json()).toMatchObject({ deadline: '2014-03-01', overdue: true });
      expectError(
        await w.as.unit_admin.patch(`/api/assignments/${branch.id}`, { deadline: '2099-01-01' }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await w.as.office.patch(`/api/assignments/${branch.id}`, { deadline: '' }),
        400,
        'VALIDATION',
      );
      expect((await w.as.office.delete(`/api/assignments/${branch.id}`)).statusCode).toBe(204);
      expectError(await w.as.office.get(`/api/assignments/${branch.id}`), 404, 'NOT_FOUND');
      const audits = await auditRows(t.db, { entityId: branch.id });
      expect(audits.map((a) => a.action).sort()).toEqual(['delete', 'update']);
    });
  });

  describe('progress reports', () => {
    let mine: { id: string };
    let theirs: { id: string };
    beforeAll(async () => {
      const c = await makeCampaign(t.db, { name: '填报活动' });
      const act = await makeActivity(t.db, c.id, { title: '入户结亲' });
      mine = await makeAssignment(t.db, act.id, w.branchA, { deadline: '2099-06-30' });
      theirs = await makeAssignment(t.db, act.id, w.unitB, { deadline: '2099-06-30' });
    });

    it('lets the admin of an ancestor unit report with attachments; readers see them', async () => {
      const upload = await w.as.unit_admin.request({
        method: 'POST',
        url: '/api/attachments',
        ...multipartFile(PNG, '进展.png', 'image/png'),
      });
      expect(upload.statusCode).toBe(201);
      const file = upload.json();
      const res = await w.as.unit_admin.post(`/api/assignments/${mine.id}/reports`, {
        text: '已组织两次座谈',
        percent: 60,
        attachmentIds: [file.id],
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        text: '已组织两次座谈',
        percent: 60,
        attachments: [{ id: file.id, fileName: '进展.png' }],
      });
      const a = (await w.as.office.get(`/api/assignments/${mine.id}`)).json();
      expect(a).toMatchObject({ percent: 60, status: 'in_progress' });
      expect(a.lastReportAt).not.toBeNull();

      const list = (await w.as.cadre.get(`/api/assignments/${mine.id}/reports`)).json();
      expect(list).toMatchObject({
        total: 1,
        items: [{ percent: 60, authorName: 'unit_admin 用户' }],
      });
      // the office and the unit's cadre may download it; another unit's admin may not
      expect((await w.as.office.get(file.url)).statusCode).toBe(200);
      expect((await w.as.cadre.get(file.url)).statusCode).toBe(200);
      const adminB = await makeUser(t.db, 'unit_admin', { org: w.unitB });
      const { login } = await import('../../test/app.ts');
      const asB = await login(t.app, adminB.username, adminB.password);
      expect((await asB.get(file.url)).statusCode).toBe(404);
      expectError(await asB.get(`/api/assignments/${mine.id}/reports`), 404, 'NOT_FOUND');

      const audits = await auditRows(t.db, {
        entity: 'assignment_report',
        entityId: res.json().id,
      });
      expect(audits[0]?.summary).toContain('0% → 60%');

      // an assignment with reports cannot be deleted
      const del = await w.as.office.delete(`/api/assignments/${mine.id}`);
      expectError(del, 409, 'ASSIGNMENT_HAS_REPORTS');
      expect(del.json().error.message).toContain('填报 1 次进展');
    });

    it('shows the latest report on the board', async () => {
      const before = await w.as.unit_admin.post(`/api/assignments/${mine.id}/reports`, {
        text: '全部完成',
        percent: 100,
      });
      expect(before.statusCode).toBe(201);
      const a = (await w.as.office.get(`/api/assignments/${mine.id}`)).json();
      const b = (await w.as.office.get(`/api/campaigns/${a.campaignId}/board`)).json();
      const cell = b.cells.find((x: { assignmentId: string }) => x.assignmentId === mine.id);
      expect(cell).toMatchObject({ percent: 100, status: 'done', lastReportText: '全部完成' });
    });

    it("refuses reports from other roles, on another unit's assignment, or with bad input", async () => {
      for (const role of ['office', 'admin', 'cadre', 'inspector'] as const) {
        expectError(
          await w.as[role].post(`/api/assignments/${mine.id}/reports`, {
            text: '越权',
            percent: 10,
          }),
          403,
          'FORBIDDEN',
        );
      }
      expectError(
        await w.as.unit_admin.post(`/api/assignments/${theirs.id}/reports`, {
          text: '越权',
          percent: 10,
        }),
        404,
        'NOT_FOUND',
      );
      const bad = await w.as.unit_admin.post(`/api/assignments/${mine.id}/reports`, {
        text: '',
        percent: 101,
      });
      expectError(bad, 400, 'VALIDATION');
      expect(bad.json().error.details.map((d: { message: string }) => d.message)).toEqual(
        expect.arrayContaining(['请填写进展情况', '完成进度应在 0 到 100 之间']),
      );
      expectError(
        await w.as.unit_admin.post(`/api/assignments/${mine.id}/reports`, {
          text: '别人的附件',
          percent: 20,
          attachmentIds: [NO_ID],
        }),
        400,
        'ATTACHMENT_INVALID',
      );
      // nothing of the refused report was kept
      const list = (await w.as.office.get(`/api/assignments/${mine.id}/reports`)).json();
      expect(list.items.map((r: { text: string }) => r.text)).not.toContain('别人的附件');
    });
  });

  describe('overdue reminders', () => {
    it('notifies the responsible unit admins and the office once per overdue assignment', async () => {
      // a world of its own so that earlier tests' assignments do not count
      const own = await makeTestApp();
      try {
        const bureau = await makeOrg(own.db, { name: '局' });
        const unit: TestOrg = await makeOrg(own.db, { parent: bureau, name: '单位' });
        const branch = await makeOrg(own.db, { parent: unit, name: '支部', kind: 'branch' });
        const other = await makeOrg(own.db, { parent: bureau, name: '他单位' });
        const unitAdmin = await makeUser(own.db, 'unit_admin', { org: unit });
        const branchAdmin = await makeUser(own.db, 'unit_admin', { org: branch });
        const otherAdmin = await makeUser(own.db, 'unit_admin', { org: other });
        const office = await makeUser(own.db, 'office', { org: bureau });
        const c = await makeCampaign(own.db, { name: '提醒活动' });
        const draft = await makeCampaign(own.db, { name: '草稿', status: 'draft' });
        const act = await makeActivity(own.db, c.id, { title: '照镜子' });
        const late = await makeAssignment(own.db, act.id, branch, {
          deadline: '2014-05-31',
          percent: 50,
        });
        await makeAssignment(own.db, act.id, other, { deadline: '2014-05-31', percent: 100 });
        await makeAssignment(own.db, act.id, unit, { deadline: '2014-06-30' });
        await makeAssignment(own.db, (await makeActivity(own.db, draft.id)).id, other, {
          deadline: '2014-05-31',
        });

        expect(await notifyOverdueAssignments(own.db, '2014-05-31')).toEqual({
          overdue: 0,
          notified: 0,
        });
        expect(await notifyOverdueAssignments(own.db, '2014-06-01')).toEqual({
          overdue: 1,
          notified: 3,
        });
        const notes = await own.db.select().from(notifications);
        expect(notes.map((n) => n.userId).sort()).toEqual(
          [unitAdmin.id, branchAdmin.id, office.id].sort(),
        );
        expect(notes.every((n) => n.dedupeKey === `assignment-overdue:${late.id}`)).toBe(true);
        expect(notes[0]?.title).toBe('任务逾期：支部「照镜子」');
        expect(notes.map((n) => n.userId)).not.toContain(otherAdmin.id);
        // the next day: no new notification for the same assignment
        expect(await notifyOverdueAssignments(own.db, '2014-06-02')).toEqual({
          overdue: 1,
          notified: 0,
        });
        // and the board service agrees on what is overdue
        const ctx = {
          db: own.db,
          ip: null,
          actor: { userId: office.id, role: 'office', orgPath: null } as never,
        };
        const b = await board(ctx as never, c.id, {}, '2014-06-01');
        expect(b.totals).toMatchObject({ assigned: 3, overdue: 1, done: 1 });
      } finally {
        await own.close();
      }
    });

    it('runs from the route for the office', async () => {
      const res = await w.as.office.post('/api/assignments/remind-overdue');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().overdue).toBeGreaterThan(0);
    });
  });
});
