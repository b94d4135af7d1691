/**
 * Demo data of plan item 9, the lasting mechanism (issue 14 §3): the office marks 经验做法 in the
 * 2014 campaign, copies the campaign to 2015 with the campaigns service's own copy (which carries
 * the set-up and the marks), starts it, and the 2015 campaign gets its own data — the units'
 * progress on the copied assignments and its own marks (its cases and its cadres' visits are
 * loaded with the others: demo-cases.ts, demo-campaign.ts). The current year's 常态化 campaign gets
 * a mark or two of this year's cases. Deterministic: the same data every time.
 */

import { and, asc, eq, gte, inArray, isNotNull, lt } from 'drizzle-orm';
import { addDays, daysBetween, todayInChina } from '../../../common/dates.ts';
import { updateAssignment } from '../../modules/campaigns/assignments.repo.ts';
import { updateCampaign } from '../../modules/campaigns/campaigns.repo.ts';
import { copyCampaignInTx } from '../../modules/campaigns/campaigns.service.ts';
import { insertPractices } from '../../modules/good-practices/good-practices.repo.ts';
import type { Tx } from '../client.ts';
import {
  activityAssignments,
  assignmentReports,
  campaignActivities,
  campaignPhases,
  campaigns,
  cases,
  documents,
  orgs,
  users,
} from '../schema/index.ts';
import { auditDemoLoad } from './demo-audit.ts';
import { rng } from './rng.ts';

const GONG_2014 = '学习龚全珍，争做贴心人';
export const DEMO_2015_NAME = `${GONG_2014}（2015年）`;

const caseTitle = (c: { trackingCode: string; content: string }) =>
  `${c.trackingCode} ${c.content.length > 30 ? `${c.content.slice(0, 30)}…` : c.content}`;

const documentNotes = {
  research: ['调研深入村组，问题找得准，对策可操作，建议在全局推广', '以走访记录为依据，数据翔实'],
  reflection: [
    '联系本职谈体会，真情实感，可作为学习交流材料',
    '把龚全珍精神落到为民服务的具体行动上',
  ],
} as const;
const caseNotes = [
  '当天受理、三天办结，群众满意：首问负责、限时办结的做法可在各单位推行',
  '承办单位上门核实、现场答复，群众满意，可作为办理诉求件的范例',
  '跨单位协调一次办成，值得总结推广',
];

/** The campaign by name, or an error: the demo loads it before this. */
async function campaignNamed(tx: Tx, name: string) {
  const [row] = await tx
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(eq(campaigns.name, name));
  if (!row) throw new Error(`demo lasting: campaign ${name} missing`);
  return row.id;
}

/** Satisfied, signed-off cases created in [from, to), oldest first. */
async function goodCases(tx: Tx, from: string, to: string, n: number) {
  return tx
    .select({ id: cases.id, trackingCode: cases.trackingCode, content: cases.content })
    .from(cases)
    .where(
      and(
        eq(cases.status, 'signed_off'),
        eq(cases.rating, 'satisfied'),
        gte(cases.createdAt, new Date(`${from}T00:00:00+08:00`)),
        lt(cases.createdAt, new Date(`${to}T00:00:00+08:00`)),
      ),
    )
    .orderBy(asc(cases.createdAt), asc(cases.id))
    .limit(n);
}

function caseMarks(
  campaignId: string,
  rows: { id: string; trackingCode: string; content: string }[],
  by: string | null,
) {
  return rows.map((c, i) => ({
    campaignId,
    kind: 'case' as const,
    subjectId: c.id,
    documentKind: null,
    title: caseTitle(c),
    note: caseNotes[i % caseNotes.length] as string,
    markedBy: by,
  }));
}

/** A campaign's approved or published documents of a kind, by title. */
function markableDocuments(tx: Tx, campaignId: string, kind: 'research' | 'reflection', n: number) {
  return tx
    .select({ id: documents.id, title: documents.title })
    .from(documents)
    .where(
      and(
        eq(documents.campaignId, campaignId),
        eq(documents.kind, kind),
        inArray(documents.state, ['approved', 'published']),
      ),
    )
    .orderBy(asc(documents.title), asc(documents.id))
    .limit(n)
    .then((rows) => rows.map((d) => ({ ...d, kind })));
}

function documentMarks(
  campaignId: string,
  rows: { id: string; title: string; kind: 'research' | 'reflection' }[],
  by: string | null,
) {
  return rows.map((d, i) => ({
    campaignId,
    kind: 'document' as const,
    subjectId: d.id,
    documentKind: d.kind,
    title: d.title,
    note: documentNotes[d.kind][i % 2] as string,
    markedBy: by,
  }));
}

export async function loadDemoLasting(tx: Tx): Promise<void> {
  const gong2014 = await campaignNamed(tx, GONG_2014);
  const [office] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'office'));
  const by = office?.id ?? null;

  // 2014: the office marks three reflections that worked (carried into 2015 by the copy)
  const reflections = await markableDocuments(tx, gong2014, 'reflection', 3);
  await insertPractices(tx, documentMarks(gong2014, reflections, by));

  // 2015: next year's campaign copied from 2014 — the set-up and the marks — and started
  const gong2015 = await copyCampaignInTx(tx, { actor: null, ip: null }, gong2014, { year: 2015 });
  await updateCampaign(tx, gong2015, { status: 'active' });
  const reports = await loadProgress2015(tx, gong2015);
  await insertPractices(
    tx,
    caseMarks(gong2015, await goodCases(tx, '2015-02-01', '2015-10-01', 2), by),
  );

  // this year's 常态化 campaign: two of this year's cases
  const year = Number(todayInChina().slice(0, 4));
  const [yearRound] = await tx
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(eq(campaigns.name, `入户结亲常态化（${year}年）`));
  if (yearRound) {
    // this year's: two research reports and two cases
    const research = await markableDocuments(tx, yearRound.id, 'research', 2);
    await insertPractices(tx, documentMarks(yearRound.id, research, by));
    const thisYear = await goodCases(tx, `${year}-01-01`, `${year + 1}-01-01`, 2);
    await insertPractices(tx, caseMarks(yearRound.id, thisYear, by));
  }
  await auditDemoLoad(
    tx,
    'good_practice',
    `载入演示经验做法，复制 2014 年活动为 2015 年活动（${reports} 条进展报告）`,
  );
}

/**
 * The units' progress on the 2015 copy's assignments: most done by the deadline, some late, a few
 * stalled — reported by the unit's admin (or the nearest one above it). Returns the reports made.
 */
async function loadProgress2015(tx: Tx, campaignId: string): Promise<number> {
  const r = rng(20150301);
  const rows = await tx
    .select({
      id: activityAssignments.id,
      deadline: activityAssignments.deadline,
      orgPath: orgs.path,
      start: campaignPhases.startDate,
    })
    .from(activityAssignments)
    .innerJoin(campaignActivities, eq(campaignActivities.id, activityAssignments.activityId))
    .innerJoin(campaignPhases, eq(campaignPhases.id, campaignActivities.phaseId))
    .innerJoin(orgs, eq(orgs.id, activityAssignments.orgId))
    .where(eq(campaignActivities.campaignId, campaignId))
    .orderBy(asc(campaignActivities.number), asc(orgs.path));
  const admins = await tx
    .select({ id: users.id, path: orgs.path })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(users.role, 'unit_admin'), isNotNull(users.orgId)));
  const at = (date: string, days: number) =>
    new Date(`${addDays(date, Math.round(days))}T10:00:00+08:00`);
  const reports: (typeof assignmentReports.$inferInsert)[] = [];
  for (const a of rows) {
    const author = admins
      .filter((x) => a.orgPath.startsWith(x.path))
      .sort((x, y) => y.path.length - x.path.length)[0];
    if (!author) continue;
    const span = daysBetween(a.start, a.deadline);
    const outcome = r.weighted([
      ['on_time', 75],
      ['late', 15],
      ['stalled', 10],
    ] as const);
    const steps =
      outcome === 'stalled'
        ? [
            { percent: 40, days: span * 0.4 },
            { percent: 60, days: span - 5 },
          ]
        : [
            { percent: 50, days: span * 0.4 + r.int(5) },
            { percent: 100, days: outcome === 'late' ? span + 3 + r.int(12) : span - 1 - r.int(6) },
          ];
    for (const s of steps) {
      reports.push({
        assignmentId: a.id,
        authorId: author.id,
        text:
          s.percent === 100
            ? '按 2015 年工作安排完成，相关材料已报局活动办。'
            : s.percent === 60
              ? '工作正在推进，部分人员下乡驻点，进度有所延后。'
              : '已按去年做法部署落实，正在推进。',
        percent: s.percent,
        createdAt: at(a.start, s.days),
      });
    }
    const last = steps.at(-1);
    if (last)
      await updateAssignment(tx, a.id, {
        percent: last.percent,
        lastReportAt: at(a.start, last.days),
      });
  }
  for (let k = 0; k < reports.length; k += 200) {
    await tx.insert(assignmentReports).values(reports.slice(k, k + 200));
  }
  return reports.length;
}
