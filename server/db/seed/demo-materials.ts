/**
 * Demo data of 学习资料 (issue 13 §1, plan item 1) in the 2014 campaign's learning phase: the report
 * meeting's DVD, 《龚全珍日记选》 and the reader sent to every unit under the bureau in February and
 * March 2014 and confirmed by nearly all (two not yet, one of them reminded); the plays 《老阿姨》
 * and 《本色》 and the ringtone online, studied by most cadres. The demo cadre has not yet studied
 * 《本色》: the walk-through marks it. Deterministic: a seeded PRNG chooses everything but the ids.
 */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { addDays } from '../../../common/dates.ts';
import type { TMaterialKind } from '../../../common/materials-terms.ts';
import type { Tx } from '../client.ts';
import {
  cadres,
  campaigns,
  materialDistributions,
  materials,
  materialViews,
  orgs,
  users,
} from '../schema/index.ts';
import { auditDemoLoad } from './demo-audit.ts';
import { rng } from './rng.ts';

type DemoMaterial = {
  key: string;
  kind: TMaterialKind;
  title: string;
  description: string;
  copies: number | null;
  link: string | null;
  /** registered on */
  on: string;
  /** sent to every unit: copies each and the day */
  send?: { quantity: number; sentOn: string };
};

const MATERIALS: readonly DemoMaterial[] = [
  {
    key: 'dvd',
    kind: 'dvd',
    title: '龚全珍同志先进事迹报告会实录光盘',
    description: '省委宣传部组织的龚全珍同志先进事迹报告会全程实录，各支部组织集中观看。',
    copies: 60,
    link: null,
    on: '2014-02-14',
    send: { quantity: 4, sentOn: '2014-02-20' },
  },
  {
    key: 'diary',
    kind: 'book',
    title: '《龚全珍日记选》',
    description: '龚全珍同志日记选编，党员干部人手一册，结合“学习龚全珍，我该怎么做”撰写心得。',
    copies: 300,
    link: null,
    on: '2014-02-18',
    send: { quantity: 20, sentOn: '2014-02-25' },
  },
  {
    key: 'reader',
    kind: 'book',
    title: '学习龚全珍精编读本',
    description: '局活动办编印的学习读本：龚全珍同志事迹、讲话摘编和学习要求。',
    copies: 200,
    link: null,
    on: '2014-03-01',
    send: { quantity: 12, sentOn: '2014-03-05' },
  },
  {
    key: 'play',
    kind: 'video',
    title: '话剧《老阿姨》',
    description: '以龚全珍先进事迹为主题的话剧全剧录像，可在线观看。',
    copies: null,
    link: 'https://video.example.org/laoayi',
    on: '2014-03-03',
  },
  {
    key: 'radio',
    kind: 'link',
    title: '广播剧《本色》',
    description: '以龚全珍先进事迹为主题的广播剧，可在线收听。',
    copies: null,
    link: 'https://radio.example.org/bense',
    on: '2014-03-06',
  },
  {
    key: 'ringtone',
    kind: 'ringtone',
    title: '手机彩铃《老阿姨》',
    description: '将话剧《老阿姨》主题歌设为党员干部手机彩铃，按链接中的说明设置。',
    copies: null,
    link: 'https://ring.example.org/laoayi',
    on: '2014-03-10',
  },
];

/** The sendings not confirmed in the demo: the reader at 农机站, the diary at 畜牧水产局 (reminded). */
const UNCONFIRMED: readonly (readonly [material: string, unit: string])[] = [
  ['reader', '农业机械管理站'],
  ['diary', '畜牧水产局'],
];

const at = (day: string, hour: number) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

export async function loadDemoMaterials(tx: Tx): Promise<void> {
  const r = rng(20140220);
  const [campaign] = await tx
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(gte(campaigns.startDate, '2014-01-01'), lte(campaigns.startDate, '2014-12-31')))
    .orderBy(asc(campaigns.startDate))
    .limit(1);
  if (!campaign) return;
  const [bureau] = await tx
    .select({ id: orgs.id })
    .from(orgs)
    .where(eq(orgs.kind, 'bureau'))
    .orderBy(asc(orgs.path))
    .limit(1);
  if (!bureau) return;
  // every unit right under the bureau: the offices, the organ's party branch, the 局属单位
  const units = await tx
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(eq(orgs.parentId, bureau.id))
    .orderBy(asc(orgs.sortOrder), asc(orgs.name));
  const accounts = await tx
    .select({ id: users.id, role: users.role, orgId: users.orgId, username: users.username })
    .from(users);
  const office = accounts.find((a) => a.role === 'office');
  const adminOf = (orgId: string) =>
    accounts.find((a) => a.role === 'unit_admin' && a.orgId === orgId) ?? office;

  const ids = new Map<string, string>();
  const rows = MATERIALS.map((m) => {
    const id = uuidv7();
    ids.set(m.key, id);
    return {
      id,
      campaignId: campaign.id,
      kind: m.kind,
      title: m.title,
      description: m.description,
      copies: m.copies,
      link: m.link,
      createdBy: office?.id ?? null,
      createdAt: at(m.on, 9),
      updatedAt: at(m.on, 9),
    };
  });
  await tx.insert(materials).values(rows);

  const sendings: (typeof materialDistributions.$inferInsert)[] = [];
  let brokenOne = false;
  for (const m of MATERIALS) {
    if (!m.send) continue;
    const { quantity, sentOn } = m.send;
    for (const u of units) {
      const open = UNCONFIRMED.some(([key, unit]) => key === m.key && unit === u.name);
      const row: typeof materialDistributions.$inferInsert = {
        materialId: ids.get(m.key) ?? '',
        orgId: u.id,
        quantity,
        sentOn,
        createdAt: at(sentOn, 10),
      };
      if (open) {
        // the diary's was reminded once, in March
        if (m.key === 'diary') row.remindedAt = at('2014-03-10', 9);
      } else {
        const day = addDays(sentOn, r.between(1, 6));
        // one disc arrived broken: the unit confirms what it got, with a note
        const broken = m.key === 'dvd' && !brokenOne && r.chance(0.3);
        if (broken) brokenOne = true;
        Object.assign(row, {
          receivedAt: at(day, r.between(9, 17)),
          receivedBy: adminOf(u.id)?.id ?? null,
          receivedQuantity: broken ? quantity - 1 : quantity,
          receiptNote: broken ? '运输中一张光盘破损，已联系活动办补发' : '',
        });
      }
      sendings.push(row);
    }
  }
  if (sendings.length) await tx.insert(materialDistributions).values(sendings);

  // most cadres studied the online ones in March; the demo cadre has not yet heard 《本色》
  const [demo] = await tx
    .select({ cadreId: users.cadreId })
    .from(users)
    .where(eq(users.username, 'cadre'));
  const all = await tx
    .select({ id: cadres.id })
    .from(cadres)
    .where(eq(cadres.active, true))
    .orderBy(asc(cadres.name), asc(cadres.id));
  const views: (typeof materialViews.$inferInsert)[] = [];
  for (const m of MATERIALS.filter((x) => x.send === undefined)) {
    const share = m.key === 'play' ? 0.85 : m.key === 'radio' ? 0.7 : 0.6;
    for (const c of all) {
      const isDemo = c.id === demo?.cadreId;
      if (isDemo ? m.key === 'radio' : !r.chance(share)) continue;
      const day = addDays(m.on, r.between(1, 20));
      views.push({
        materialId: ids.get(m.key) ?? '',
        cadreId: c.id,
        viewedAt: at(day, r.between(8, 21)),
      });
    }
  }
  if (views.length) await tx.insert(materialViews).values(views);

  await auditDemoLoad(
    tx,
    'material',
    `载入演示数据：学习资料 ${rows.length} 种、发放 ${sendings.length} 次（未签收 ${UNCONFIRMED.length} 次）、已学记录 ${views.length} 条`,
  );
}
