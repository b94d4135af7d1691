/**
 * Demo data of 选派一线 and 志愿服务 (issue 13 §4) in the 2014 campaign: most cadres gave a few
 * days of volunteer service (2–6 hours each), some none, so the units' totals stand above and
 * below the target; four cadres were posted to villages for months (驻村). Deterministic: a
 * seeded PRNG chooses everything but the ids.
 */
import { asc, eq } from 'drizzle-orm';
import { addDays } from '../../../common/dates.ts';
import type { Tx } from '../client.ts';
import { cadres, campaigns, orgs, serviceRecords, users } from '../schema/index.ts';
import { auditDemoLoad } from './demo-audit.ts';
import { rng } from './rng.ts';

const SERVICES: readonly (readonly [place: string, task: string])[] = [
  ['安源区凤凰街社区', '到社区敬老院为老人理发、打扫卫生、陪老人聊天'],
  ['湘东区腊市镇腊市村', '帮缺劳力的农户抢插早稻秧苗'],
  ['芦溪县宣风镇竹垣村', '为村小学修缮课桌椅，给留守儿童辅导作业'],
  ['萍乡市人民公园', '参加“文明城市”创建，清理公园垃圾、劝导不文明行为'],
  ['湘东区腊市镇集市', '赶集日设农技咨询台，解答种植和病虫害防治问题'],
  ['安源区无偿献血点', '参加无偿献血志愿服务，引导市民登记'],
  ['芦溪县宣风镇敬老院', '为五保老人送米送油，检查房屋用电安全'],
  ['萍乡火车站', '春运期间在站前广场为旅客指路、搬运行李'],
];

const POSTINGS: readonly (readonly [place: string, task: string, result: string])[] = [
  [
    '芦溪县宣风镇竹垣村',
    '驻村第一书记：抓村党支部建设，帮助发展蔬菜种植合作社',
    '合作社发展社员 46 户，修建机耕道 1.8 公里，村集体年增收 3 万元',
  ],
  [
    '湘东区腊市镇腊市村',
    '驻村工作队员：开展农技服务，推广水稻病虫害统防统治',
    '统防统治覆盖 1200 亩，农药用量减少约两成',
  ],
  [
    '莲花县坊楼镇沿背村',
    '驻村帮扶：摸清贫困户底数，落实帮扶措施',
    '建立贫困户台账 37 户，落实产业帮扶项目 5 个',
  ],
  [
    '上栗县金山镇金山村',
    '驻村工作队员：协助村两委调处矛盾纠纷，解决群众饮水难',
    '调处纠纷 9 起，新建蓄水池 2 座，解决 80 余户饮水问题',
  ],
];

export async function loadDemoServiceRecords(tx: Tx): Promise<void> {
  const r = rng(20140420);
  const [campaign] = await tx
    .select({ id: campaigns.id, startDate: campaigns.startDate })
    .from(campaigns)
    .where(eq(campaigns.startDate, '2014-02-01'))
    .limit(1);
  if (!campaign) return;
  const [office] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'office'));
  const people = await tx
    .select({ id: cadres.id, orgId: cadres.orgId, leading: cadres.leading })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(eq(cadres.active, true))
    .orderBy(asc(orgs.path), asc(cadres.name));
  const rows: (typeof serviceRecords.$inferInsert)[] = [];
  // a day of service between March and the end of September 2014
  const day = () => addDays('2014-03-01', r.int(213));
  for (const c of people) {
    // most cadres serve; about one in six has not yet
    if (r.chance(0.17)) continue;
    const times = r.between(1, 3);
    for (let i = 0; i < times; i++) {
      const [place, task] = r.pick(SERVICES);
      rows.push({
        cadreId: c.id,
        orgId: c.orgId,
        campaignId: campaign.id,
        kind: 'volunteer',
        startsOn: day(),
        place,
        task,
        hours: r.between(4, 12) / 2,
        createdBy: office?.id ?? null,
      });
    }
  }
  // 驻村: four cadres (not leaders) posted to villages for months
  const posted = people
    .filter((c) => !c.leading)
    .filter((_, i) => i % 9 === 4)
    .slice(0, 4);
  posted.forEach((c, i) => {
    const [place, task, result] = POSTINGS[i % POSTINGS.length] as (typeof POSTINGS)[number];
    const startsOn = addDays('2014-03-01', i * 14);
    rows.push({
      cadreId: c.id,
      orgId: c.orgId,
      campaignId: campaign.id,
      kind: 'frontline',
      startsOn,
      endsOn: addDays(startsOn, 120 + i * 15),
      place,
      task,
      result,
      createdBy: office?.id ?? null,
    });
  });
  if (rows.length) await tx.insert(serviceRecords).values(rows);
  const volunteer = rows.filter((x) => x.kind === 'volunteer');
  await auditDemoLoad(
    tx,
    'service_record',
    `载入演示数据：志愿服务 ${volunteer.length} 次，选派一线 ${rows.length - volunteer.length} 人`,
  );
}
