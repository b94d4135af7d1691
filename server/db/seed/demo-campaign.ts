/**
 * Demo data of plan item 3: the 2014 campaign (Feb–Sep) and, as plan item 9's lasting mechanism,
 * a year-round 入户结亲常态化 campaign of the current year up to today — households at each
 * contact point, pairings, visits and assistance, shaped so that the compliance board shows a
 * realistic mix —
 * most cadres meet their quota most months, some fall short on days, a few on households or
 * on helping a poor household. Deterministic: the same data every time.
 */

import { addDays, monthOf, todayInChina } from '../../../common/dates.ts';
import type { TRank } from '../../../common/org.ts';
import { insertCampaign } from '../../modules/campaigns/campaigns.repo.ts';
import { createCampaignFromTemplate } from '../../modules/campaigns/campaigns.service.ts';
import { insertQuotaRules } from '../../modules/campaigns/quota-rules.repo.ts';
import { campaignTemplates } from '../../modules/campaigns/templates/gong-2014.ts';
import { idNumberCheckChar } from '../../platform/idnumber.ts';
import type { Tx } from '../client.ts';
import { assistance, households, pairings, visitHouseholds, visits } from '../schema/index.ts';

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
  await createCampaignFromTemplate(tx, { actor: null, ip: null }, 'gong-2014', {
    status: 'active',
  });
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
      helpRows.push({
        cadreId: cadre.id,
        householdId: poorHousehold.id,
        date: helpThisYear(k),
        measure: '联系农技人员指导油茶种植',
        result: '已上门指导两次',
      });
    }
    const required = cadre.rank === 'county' ? 3 : 5;
    for (const [m, month] of [...MONTHS_2014, ...monthsThisYear(today)].entries()) {
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
