/**
 * Demo data of plan item 3: the 2014 campaign (Feb–Sep) and, as plan item 9's lasting mechanism,
 * a year-round 入户结亲常态化 campaign of the current year up to today — households at each
 * contact point, pairings, visits and assistance, shaped so that the compliance board shows a
 * realistic mix —
 * most cadres meet their quota most months, some fall short on days, a few on households or
 * on helping a poor household. Deterministic: the same data every time.
 */

import { asc, eq } from 'drizzle-orm';
import { addDays, daysBetween, monthOf, todayInChina } from '../../../common/dates.ts';
import type { TRank } from '../../../common/org.ts';
import { insertAssignments } from '../../modules/campaigns/assignments.repo.ts';
import { insertCampaign, insertPhases } from '../../modules/campaigns/campaigns.repo.ts';
import { createCampaignFromTemplate } from '../../modules/campaigns/campaigns.service.ts';
import { insertQuotaRules } from '../../modules/campaigns/quota-rules.repo.ts';
import { campaignTemplates } from '../../modules/campaigns/templates/gong-2014.ts';
import { idNumberCheckChar } from '../../platform/idnumber.ts';
import type { Tx } from '../client.ts';
import {
  type activityAssignments,
  assignmentReports,
  assistance,
  campaignActivities,
  campaignPhases,
  households,
  orgs,
  pairings,
  users,
  visitHouseholds,
  visits,
} from '../schema/index.ts';
import { auditDemoLoad } from './demo-audit.ts';
import { demoOrgs } from './demo-data.ts';

export type DemoPlace = { id: string; orgPath: string; county: string };
type DemoCadreRef = { id: string; rank: TRank; orgPath: string; demoAccount: boolean };

const HOUSEHOLDS_PER_POINT = 24;
const MONTHS_2014 = [
  '2014-02',
  '2014-03',
  '2014-04',
  '2014-05',
  '2014-06',
  '2014-07',
  '2014-08',
  '2014-09',
];

/** The 2015 campaign's months (the 2014 campaign copied a year on; see demo-lasting.ts). */
const MONTHS_2015 = MONTHS_2014.map((m) => `2015${m.slice(4)}`);

/** The months of the current year up to this one: the year-round campaign's span so far. */
function monthsThisYear(today: string): string[] {
  const year = today.slice(0, 4);
  const upTo = Number(today.slice(5, 7));
  return Array.from({ length: upTo }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
const heads =
  '刘德福 王桂兰 李春生 张秀珍 陈有才 杨冬梅 黄金水 赵兰英 周长根 吴凤英 彭石生 易桂香 钟茂林 邹红梅 谢水根 罗翠英 文发生 袁菊花 廖光明 丁秋香 邓福生 胡满英 刘根保 曾玉梅'.split(
    ' ',
  );
const relations = ['配偶', '儿子', '女儿', '孙子', '孙女', '儿媳'];
const memberNames = '建国 小芳 志强 丽华 明明 婷婷'.split(' ');
const regionOf: Record<string, string> = { 芦溪县: '360323', 湘东区: '360313', 安源区: '360302' };
const heard = [
  '反映村里通组公路年久失修，雨天出行困难',
  '希望帮助解决农产品销路问题',
  '反映自来水水压不足，夏季经常停水',
  '询问新型农村合作医疗报销政策',
  '反映办理证明要跑多个部门，手续繁琐',
  '希望增加农业技术培训次数',
];
const done = [
  '记录问题并转交相关科室办理',
  '现场讲解政策，留下联系卡',
  '联系农技人员上门指导',
  '协调有关部门实地查看',
];

function idNumber(region: string, serial: number): string {
  const birth = `19${40 + (serial % 50)}${String(1 + (serial % 12)).padStart(2, '0')}${String(1 + (serial % 28)).padStart(2, '0')}`;
  const first17 = `${region}${birth}${String(serial % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

function categoriesOf(
  i: number,
): ('poor' | 'opinion' | 'old_member' | 'large_producer' | 'other')[] {
  const c: ('poor' | 'opinion' | 'old_member' | 'large_producer' | 'other')[] = [];
  if (i % 4 === 0) c.push('poor');
  if (i % 7 === 3) c.push('opinion');
  if (i % 6 === 1) c.push('old_member');
  if (i % 9 === 5) c.push('large_producer');
  return c.length ? c : ['other'];
}

export async function loadDemoCampaign(
  tx: Tx,
  demo: { points: DemoPlace[]; cadres: DemoCadreRef[] },
) {
  const gong2014 = await createCampaignFromTemplate(tx, { actor: null, ip: null }, 'gong-2014', {
    status: 'active',
  });
  await loadDemoAssignments(tx, gong2014);
  // plan item 9, the lasting mechanism: the same quotas all year round, this year
  const today = todayInChina();
  const year = today.slice(0, 4);
  const yearRound = await insertCampaign(tx, {
    name: `入户结亲常态化（${year}年）`,
    description: '方案第 9 条：建立健全联系服务群众的长效机制，入户结亲指标常年执行。',
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
    status: 'active',
  });
  // its phases span the year, so the home page shows where the campaign is and the days left
  await insertPhases(
    tx,
    [
      { name: '部署启动', startDate: `${year}-01-01`, endDate: `${year}-02-28`, sortOrder: 1 },
      { name: '入户结亲', startDate: `${year}-03-01`, endDate: `${year}-10-31`, sortOrder: 2 },
      { name: '总结提升', startDate: `${year}-11-01`, endDate: `${year}-12-31`, sortOrder: 3 },
    ].map((p) => ({ ...p, campaignId: yearRound })),
  );
  await insertQuotaRules(
    tx,
    campaignTemplates['gong-2014'].quotaRules.map((r) => ({
      ...r,
      campaignId: yearRound,
      effectiveFrom: `${year}-01-01`,
    })),
  );
  const helpThisYear = (k: number) => {
    const day = addDays(`${year}-01-01`, 4 + (k % 24));
    // dates as 'YYYY-MM-DD' compare as text: the earlier of the two
    return [day, today].sort()[0] as string;
  };

  // households: 24 at each contact point, a quarter of them poor
  const householdsAt = new Map<string, { id: string; poor: boolean }[]>();
  let serial = 0;
  for (const point of demo.points) {
    const rows = Array.from({ length: HOUSEHOLDS_PER_POINT }, (_, i) => {
      serial++;
      const memberCount = 1 + (serial % 4);
      return {
        contactPointId: point.id,
        headName: `${heads[i % heads.length]}`,
        idNumber: idNumber(regionOf[point.county] ?? '360300', serial),
        // 11 digits: 1, a mobile prefix digit 3–8, nine more (it was ten digits in all)
        phone: `1${3 + (serial % 6)}${String(170_000_000 + serial * 7919).slice(0, 9)}`,
        address: `${point.county}第${1 + (i % 6)}村民小组`,
        members: Array.from({ length: memberCount }, (_, m) => ({
          name: `${(heads[i % heads.length] as string)[0]}${memberNames[(serial + m) % memberNames.length]}`,
          relation: relations[(serial + m) % relations.length] as string,
        })),
        categories: categoriesOf(i),
        notes: i % 4 === 0 ? '家中有病人，劳动力不足' : '',
      };
    });
    const inserted = await tx
      .insert(households)
      .values(rows)
      .returning({ id: households.id, categories: households.categories });
    householdsAt.set(
      point.id,
      inserted.map((h) => ({ id: h.id, poor: h.categories.includes('poor') })),
    );
  }

  // each cadre with a quota goes to the contact point of his unit, or the nearest one above it
  const quotaCadres = demo.cadres.filter((c) => c.rank !== 'other');
  const pointOf = (c: DemoCadreRef) =>
    demo.points
      .filter((p) => c.orgPath.startsWith(p.orgPath))
      .sort((a, b) => b.orgPath.length - a.orgPath.length)[0];
  const pairingRows: (typeof pairings.$inferInsert)[] = [];
  const visitRows: (typeof visits.$inferInsert & { households: string[] })[] = [];
  const helpRows: (typeof assistance.$inferInsert)[] = [];
  const taken = new Map<string, number>();

  quotaCadres.forEach((cadre, k) => {
    const point = pointOf(cadre);
    if (!point) return;
    const pool = householdsAt.get(point.id) ?? [];
    const poor = pool.filter((h) => h.poor);
    const others = pool.filter((h) => !h.poor);
    const start = taken.get(point.id) ?? 0;
    // most cadres pair 3–5 households; every eleventh only 2, every seventeenth 6
    const count = cadre.demoAccount ? 4 : k % 11 === 4 ? 2 : k % 17 === 6 ? 6 : 3 + (k % 3);
    const mine = [
      poor[(start + k) % poor.length],
      ...Array.from({ length: count - 1 }, (_, j) => others[(start * 3 + j + k) % others.length]),
    ].filter((h): h is { id: string; poor: boolean } => Boolean(h));
    taken.set(point.id, start + 1);
    const unique = [...new Map(mine.map((h) => [h.id, h])).values()];
    for (const h of unique)
      pairingRows.push({ cadreId: cadre.id, householdId: h.id, startDate: '2014-02-10' });
    // every tenth cadre never records help for a poor household
    const poorHousehold = unique.find((h) => h.poor);
    if (poorHousehold && (cadre.demoAccount || k % 10 !== 2)) {
      helpRows.push({
        cadreId: cadre.id,
        householdId: poorHousehold.id,
        date: '2014-02-20',
        measure: '帮助申请产业扶持资金，购买鸡苗 200 羽',
        result: '已到位，预计年增收 3000 元',
      });
      // the 2015 campaign's help (its quota counts help given in the campaign)
      helpRows.push({
        cadreId: cadre.id,
        householdId: poorHousehold.id,
        date: `2015-02-${String(12 + (k % 14)).padStart(2, '0')}`,
        measure: '帮助联系小额信贷，扩大生猪养殖规模',
        result: '贷款 2 万元已发放，新增存栏 10 头',
      });
      helpRows.push({
        cadreId: cadre.id,
        householdId: poorHousehold.id,
        date: helpThisYear(k),
        measure: '联系农技人员指导油茶种植',
        result: '已上门指导两次',
      });
    }
    const required = cadre.rank === 'county' ? 3 : 5;
    // the month's number picks who falls short: 2014's and this year's as they always were, 2015's
    // numbered after them
    const months: [number, string][] = [
      ...[...MONTHS_2014, ...monthsThisYear(today)].entries(),
      ...MONTHS_2015.map((month, i): [number, string] => [20 + i, month]),
    ];
    for (const [m, month] of months) {
      const current = month === monthOf(today);
      // days at the contact point this month: usually enough, sometimes one or two short;
      // the demo cadre is two days into this month ("2 of 3 days")
      const shortfall = cadre.demoAccount
        ? current
          ? 1
          : 0
        : (k + m * 3) % 5 === 0
          ? 1 + ((k + m) % 2)
          : 0;
      const days = Math.max(
        1,
        required - shortfall + (!cadre.demoAccount && (k + m) % 3 === 0 ? 1 : 0),
      );
      for (let d = 0; d < days; d++) {
        const date = `${month}-${String(3 + d * 4 + (k % 3)).padStart(2, '0')}`;
        if (date > today) break;
        const met = unique.filter((_, j) => (j + d + m) % 2 === 0).map((h) => h.id);
        visitRows.push({
          cadreId: cadre.id,
          contactPointId: point.id,
          startDate: date,
          endDate: date,
          heard: heard[(k + d + m) % heard.length] as string,
          done: done[(k + d) % done.length] as string,
          households: met,
        });
      }
    }
  });

  if (pairingRows.length) await tx.insert(pairings).values(pairingRows);
  if (helpRows.length) await tx.insert(assistance).values(helpRows);
  for (let i = 0; i < visitRows.length; i += 200) {
    const batch = visitRows.slice(i, i + 200);
    const ids = await tx
      .insert(visits)
      .values(batch.map(({ households: _h, ...v }) => v))
      .returning({ id: visits.id });
    const links = batch.flatMap((v, j) =>
      v.households.map((householdId) => ({ visitId: ids[j]?.id as string, householdId })),
    );
    if (links.length) await tx.insert(visitHouseholds).values(links);
  }
}

/** The units the 2014 activities are assigned to (局属单位), by demo key. */
const ASSIGNED_UNITS = [
  'extension',
  'extension_station',
  'enforcement',
  'seeds',
  'livestock',
  'machinery',
];

/** What a unit reports on each activity (by number) at a third, two thirds and the end. */
const progressTexts: Record<number, [string, string, string]> = {
  1: [
    '已召开党员大会传达活动方案，印发学习资料，组织集中学习龚全珍同志先进事迹。',
    '已围绕“我该怎么做”开展分组讨论两轮，党员干部人人撰写心得体会。',
    '大讨论活动完成，形成讨论情况报告和个人承诺清单，已报局活动办。',
  ],
  2: [
    '已制定培育方案，摸底推荐培育对象 3 名。',
    '培育对象已结对帮带，参加入户结亲和下访听诉，事迹材料正在整理。',
    '培育工作完成，培育对象的事迹材料和考察意见已报局活动办。',
  ],
  3: [
    '已落实干部结对联系户，联系卡已发放到户。',
    '干部按月到联系点驻点走访，帮扶措施逐户落实，走访记录已录入系统。',
    '本阶段入户结亲任务完成，联系户走访全覆盖，帮扶台账已归档。',
  ],
  4: [
    '已制定下访听诉调研方案，确定调研村组和走访群众名单。',
    '已完成两批下访听诉，收集群众意见建议 20 余条，均已登记为诉求件。',
    '调研完成，收集的问题已逐条交办，专项调研报告已报局活动办。',
  ],
  5: [
    '已设置意见箱，公布意见电话和电子信箱。',
    '已召开服务对象座谈会，征求意见建议 15 条，正在梳理。',
    '开门纳谏完成，意见建议已分类建立台账，逐条明确整改责任人和时限。',
  ],
  6: [
    '已组织党员干部对照龚全珍同志查找差距，开展谈心谈话。',
    '已召开专题组织生活会，开展批评与自我批评，列出问题清单。',
    '问题清单和整改措施已在单位公示，整改落实情况按月报送。',
  ],
  7: [
    '已推荐先进典型候选人，正在核实事迹。',
    '典型事迹材料已整理，在单位宣传栏和网站开展宣传。',
    '先进典型选树完成，事迹材料已报局活动办汇编。',
  ],
  8: [
    '已按评选办法推荐候选人，组织群众评议。',
    '评议结果已公示，无异议，考察材料正在整理。',
    '评选推荐工作完成，推荐对象材料已报局评选表彰领导小组。',
  ],
  9: [
    '已梳理联系服务群众的现有制度，提出修订意见。',
    '联系点驻点、下访听诉、诉求办理等制度修订稿已征求意见。',
    '长效机制制度汇编已印发执行。',
  ],
};

/** How an assignment went: most done in time, some done late, some stalled or never started. */
type Outcome = 'on_time' | 'late' | 'stalled' | 'not_started';
function outcomeOf(k: number): Outcome {
  if (k % 13 === 7) return 'not_started';
  if (k % 9 === 4) return 'stalled';
  if (k % 7 === 2) return 'late';
  return 'on_time';
}

/** 10:00 China time on a date, `days` later. */
const reportTime = (date: string, days: number) =>
  new Date(`${addDays(date, Math.round(days))}T10:00:00+08:00`);

/**
 * 任务分解 of the 2014 campaign: every activity assigned to the bureau's units with its phase's
 * last day as deadline, and the units' progress reports (进展报告) by their unit admins — so that
 * 任务进展 and 进度看板 show a true picture of 2014: most done in time, some late, some overdue.
 */
async function loadDemoAssignments(tx: Tx, campaignId: string): Promise<void> {
  const activities = await tx
    .select({
      id: campaignActivities.id,
      number: campaignActivities.number,
      title: campaignActivities.title,
      start: campaignPhases.startDate,
      deadline: campaignPhases.endDate,
    })
    .from(campaignActivities)
    .innerJoin(campaignPhases, eq(campaignPhases.id, campaignActivities.phaseId))
    .where(eq(campaignActivities.campaignId, campaignId))
    .orderBy(asc(campaignActivities.number));
  const orgRows = await tx.select({ id: orgs.id, name: orgs.name, path: orgs.path }).from(orgs);
  const admins = await tx
    .select({ id: users.id, path: orgs.path })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(eq(users.role, 'unit_admin'));
  const units = ASSIGNED_UNITS.map((key) => {
    const name = demoOrgs.find((o) => o.key === key)?.name;
    const org = orgRows.find((o) => o.name === name);
    // the report is written by an admin of the unit or of the nearest unit above it
    const author = admins
      .filter((a) => org?.path.startsWith(a.path))
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (!org || !author) throw new Error(`demo assignments: unit ${key} or its admin missing`);
    return { ...org, authorId: author.id };
  });

  type Plan = { percent: number; days: number }[];
  const rows: (typeof activityAssignments.$inferInsert)[] = [];
  const plans: { authorId: string; start: string; texts: [string, string, string]; plan: Plan }[] =
    [];
  activities.forEach((a, i) => {
    const span = daysBetween(a.start, a.deadline);
    units.forEach((u, j) => {
      const k = i * units.length + j;
      const outcome = outcomeOf(k);
      const plan: Plan =
        outcome === 'not_started'
          ? []
          : outcome === 'stalled'
            ? [
                { percent: 30, days: span * 0.4 },
                { percent: 50 + (k % 3) * 10, days: span - 7 },
              ]
            : outcome === 'late'
              ? [
                  { percent: 30, days: span * 0.3 },
                  { percent: 70, days: span - 5 },
                  { percent: 100, days: span + 5 + (k % 15) },
                ]
              : [
                  { percent: 30, days: span * 0.25 + (k % 4) },
                  { percent: 70, days: span * 0.6 + (k % 5) },
                  { percent: 100, days: span - 1 - (k % 6) },
                ];
      const last = plan.at(-1);
      rows.push({
        activityId: a.id,
        orgId: u.id,
        deadline: a.deadline,
        percent: last?.percent ?? 0,
        lastReportAt: last ? reportTime(a.start, last.days) : null,
        createdAt: reportTime(a.start, 0),
      });
      plans.push({
        authorId: u.authorId,
        start: a.start,
        texts: progressTexts[a.number] ?? ['已部署落实。', '正在推进。', '已完成。'],
        plan,
      });
    });
  });
  const inserted = await insertAssignments(tx, rows);
  const reports = inserted.flatMap((row, n) => {
    const p = plans[n];
    if (!p) return [];
    return p.plan.map((step, s) => ({
      assignmentId: row.id,
      authorId: p.authorId,
      // a stalled unit's second report says where it is stuck
      text:
        step.percent < 100 && s === 1 && p.plan.length === 2
          ? `${p.texts[1]}部分工作因人员外出下乡暂缓，正在抓紧推进。`
          : (p.texts[step.percent === 100 ? 2 : s] as string),
      percent: step.percent,
      createdAt: reportTime(p.start, step.days),
    }));
  });
  if (reports.length) await tx.insert(assignmentReports).values(reports);
  await auditDemoLoad(
    tx,
    'assignment',
    `载入演示任务分解：${inserted.length} 项任务、${reports.length} 条进展报告`,
  );
}
