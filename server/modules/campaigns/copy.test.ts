import { describe, expect, it } from 'vitest';
import { todayInChina } from '../../../common/dates.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { makeAssignment } from '../../test/factories-campaigns.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { multipartFile, PNG } from '../../test/upload.ts';

type Campaign = { id: string; name: string; status: string; state: string; startDate: string };
type Assignment = { id: string; orgId: string; deadline: string; percent: number };

const put = (c: Client, url: string, payload: unknown) =>
  c.request({ method: 'PUT', url, payload: payload as Record<string, unknown> });

/**
 * The lasting mechanism (issue 14 §3, plan item 9): next year's campaign starts from this one.
 * A campaign with everything the office set up and a season's progress on it is copied to 2015;
 * every part the office set up is there with its dates shifted, nothing of the season's progress.
 */
describe('copying a campaign to a new year', () => {
  const { t, w } = useWorld();

  it('carries the set-up with dates shifted, none of the progress; its state follows its dates', async () => {
    // ---- 2014: the office sets the campaign up and the season runs ----
    const made = await w.as.office.post('/api/campaigns', { fromTemplate: 'gong-2014' });
    expect(made.statusCode, made.body).toBe(201);
    const src: Campaign = made.json();
    expect(
      (await w.as.office.patch(`/api/campaigns/${src.id}`, { status: 'active' })).statusCode,
    ).toBe(200);

    const settingsUrl = (id: string) => `/api/campaigns/${id}/six-ones`;
    const defaults = (await w.as.office.get(settingsUrl(src.id))).json();
    const rules = {
      ...defaults.rules,
      card: { require: 'handed_out', minHandedOut: 30 },
      demands: { minCount: 2 },
    };
    const pledge = '有困难找我，我一定尽力帮忙';
    const setRules = await put(w.as.office, settingsUrl(src.id), { rules, pledge });
    expect(setRules.statusCode, setRules.body).toBe(200);

    const headingsUrl = (id: string) => `/api/campaigns/${id}/self-exam-headings`;
    const headings = {
      standards: [{ key: 'faith', label: '理想信念' }],
      causes: [{ key: 'roots', label: '思想根源' }],
    };
    const setHeadings = await put(w.as.office, headingsUrl(src.id), headings);
    expect(setHeadings.statusCode, setHeadings.body).toBe(200);

    const up = await w.as.office.request({
      method: 'POST',
      url: '/api/attachments',
      ...multipartFile(PNG, 'cover.png', 'image/png'),
    });
    expect(up.statusCode).toBe(201);
    const material = await w.as.office.post('/api/materials', {
      kind: 'dvd',
      title: '龚全珍事迹报告会光盘',
      copies: 40,
      campaignId: src.id,
      attachmentIds: [up.json().id],
    });
    expect(material.statusCode, material.body).toBe(201);
    const sent = await w.as.office.post(`/api/materials/${material.json().id}/distributions`, {
      orgIds: [w.unitA.id],
      quantity: 5,
      sentOn: '2014-02-20',
    });
    expect(sent.statusCode, sent.body).toBe(201);

    const activities = (await w.as.office.get(`/api/campaigns/${src.id}/activities`)).json().items;
    const assignment = await makeAssignment(t.db, activities[6].id, w.unitA, {
      deadline: '2014-04-30',
    });
    const report = await w.as.unit_admin.post(`/api/assignments/${assignment.id}/reports`, {
      text: '已走访联系点三次',
      percent: 60,
    });
    expect(report.statusCode, report.body).toBe(201);

    const kase = await makeCase(t.db, { content: '村口路灯坏了，夜里出行不便' });
    const marked = await w.as.office.post('/api/good-practices', {
      kind: 'case',
      subjectId: kase.id,
      campaignId: src.id,
      note: '当天受理、三天修好',
    });
    expect(marked.statusCode, marked.body).toBe(201);

    // ---- the copy ----
    const res = await w.as.office.post(`/api/campaigns/${src.id}/copy`, { year: 2015 });
    expect(res.statusCode, res.body).toBe(201);
    const copy: Campaign = res.json();
    expect(copy).toMatchObject({ startDate: '2015-02-01', status: 'draft', state: 'draft' });

    // the pledge and the six ones' rules
    expect((await w.as.office.get(settingsUrl(copy.id))).json()).toEqual({ rules, pledge });
    // the self-examination headings
    expect((await w.as.office.get(headingsUrl(copy.id))).json()).toMatchObject(headings);
    // the materials, with their files, without the sendings
    const materials = (await w.as.office.get(`/api/materials?campaignId=${copy.id}`)).json();
    expect(materials.items).toHaveLength(1);
    expect(materials.items[0]).toMatchObject({
      kind: 'dvd',
      title: '龚全珍事迹报告会光盘',
      copies: 40,
      campaignId: copy.id,
      sentUnits: 0,
      sentCopies: 0,
      deletable: true,
    });
    expect(materials.items[0].attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      'cover.png',
    ]);
    const file = await w.as.cadre.get(`/api/attachments/${materials.items[0].attachments[0].id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PNG)).toBe(true);
    // the assignments' structure: the unit on the same activity, the deadline a year on, no progress
    const copied: Assignment[] = (
      await w.as.office.get(`/api/assignments?campaignId=${copy.id}`)
    ).json().items;
    expect(copied.map((a) => [a.orgId, a.deadline, a.percent])).toEqual([
      [w.unitA.id, '2015-04-30', 0],
    ]);
    const copiedActivity = (await w.as.office.get(`/api/campaigns/${copy.id}/activities`)).json()
      .items[6];
    expect(copiedActivity).toMatchObject({ title: activities[6].title, assignmentCount: 1 });
    const reports = (await w.as.office.get(`/api/assignments/${copied[0]?.id}/reports`)).json();
    expect(reports.total).toBe(0);
    // the 经验做法, as references to where they were marked
    const practices = (await w.as.office.get(`/api/good-practices?campaignId=${copy.id}`)).json();
    expect(practices.items).toMatchObject([
      {
        kind: 'case',
        subjectId: kase.id,
        note: '当天受理、三天修好',
        sourceCampaignId: src.id,
        sourceCampaignName: src.name,
      },
    ]);

    // the old campaign keeps its own: the sending, the progress, the mark
    const old = (await w.as.office.get(`/api/materials?campaignId=${src.id}`)).json().items;
    expect(old.map((m: { sentUnits: number }) => m.sentUnits)).toEqual([1]);
    const oldAssignments: Assignment[] = (
      await w.as.office.get(`/api/assignments?campaignId=${src.id}`)
    ).json().items;
    expect(oldAssignments.map((a) => [a.deadline, a.percent])).toEqual([['2014-04-30', 60]]);
    const oldPractices = (await w.as.office.get(`/api/good-practices?campaignId=${src.id}`)).json();
    expect(oldPractices.items).toMatchObject([{ sourceCampaignId: null }]);

    // one transaction, one audit row that says what was carried
    const audit = await auditRows(t.db, { entity: 'campaign', entityId: copy.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({
      from: src.id,
      carried: {
        phases: 3,
        activities: 9,
        quotaRules: 2,
        assignments: 1,
        materials: 1,
        selfExamHeadings: true,
        goodPractices: 1,
      },
    });

    // started, the 2015 copy has ended; one for next year has not started yet
    const started = await w.as.office.patch(`/api/campaigns/${copy.id}`, { status: 'active' });
    expect(started.json()).toMatchObject({ status: 'active', state: 'ended' });
    const nextYear = Number(todayInChina().slice(0, 4)) + 1;
    const next: Campaign = (
      await w.as.office.post(`/api/campaigns/${src.id}/copy`, { year: nextYear })
    ).json();
    expect(next).toMatchObject({ startDate: `${nextYear}-02-01`, state: 'draft' });
    const nextStarted = await w.as.office.patch(`/api/campaigns/${next.id}`, { status: 'active' });
    expect(nextStarted.json()).toMatchObject({ state: 'not_started' });
    const listed = (await w.as.office.get('/api/campaigns?state=not_started')).json().items;
    expect(listed.map((c: Campaign) => c.id)).toEqual([next.id]);
  });
});
