/**
 * Demo data of the six ones (六个一, plan item 3) in the campaign running now: every leading cadre
 * has a research topic in some state (a few approved or published, one returned with a comment,
 * some waiting at the unit or the office, some drafts) and an open letter, most have printed their
 * connection cards and handed some out, most open letters are published and some delivered. The
 * demo cadre (the 推广中心 director) has a topic in draft and no letter yet: the walk-through writes it.
 * Deterministic: a seeded PRNG chooses everything but the ids.
 */
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { addDays, todayInChina } from '../../../common/dates.ts';
import type { TDocumentState } from '../../../common/documents.ts';
import type { Tx } from '../client.ts';
import {
  cadres,
  campaigns,
  cardRecords,
  contactPoints,
  documents,
  letterDeliveries,
  orgs,
  users,
  workflowEvents,
} from '../schema/index.ts';
import { auditDemoLoad } from './demo-audit.ts';
import { rng } from './rng.ts';

const TOPICS = [
  '关于提升农村道路养护水平的调研',
  '关于农产品销售渠道不畅问题的调研',
  '关于基层农技推广服务“最后一公里”的调研',
  '关于农村留守老人生活照料情况的调研',
  '关于农民专业合作社规范运行的调研',
  '关于动物疫病防控基层力量的调研',
  '关于农机购置补贴落实情况的调研',
  '关于种子市场监管与农户维权的调研',
];

const REPORT = `# 调研报告

**一、基本情况**

我们先后走访联系点农户，召开群众座谈会，收集意见建议。

**二、存在的问题**

- 群众反映的问题集中在生产生活的“急难愁盼”
- 部分问题涉及多个部门，协调难度大

**三、对策建议**

1. 建立问题清单，逐项销号
2. 每月到联系点走访，面对面听取意见`;

const LETTER = (name: string, post: string) => `亲爱的乡亲们：

你们好！我是${name}，现任${post}。按照“学习龚全珍，争做贴心人”活动的安排，我联系咱们这个点，和大家结为亲戚。

**我向大家承诺：**

- 每月至少来村里住上几天，到各家各户走一走、坐一坐
- 大家反映的问题，件件有登记、有答复、有结果
- 办不了的事，说清楚原因，不推诿、不敷衍

有什么困难和意见，请拨打连心卡上的电话，或者扫卡上的二维码直接给我留言。

此致
敬礼！`;

/** How far each document got, weighted: most through review, some waiting, one returned. */
const TOPIC_STATES: readonly (readonly [TDocumentState | 'none', number])[] = [
  ['published', 2],
  ['approved', 4],
  ['submitted', 3],
  ['draft', 2],
];
const LETTER_STATES: readonly (readonly [TDocumentState | 'none', number])[] = [
  ['published', 7],
  ['approved', 2],
  ['submitted', 1],
  ['draft', 1],
];

export async function loadDemoSixOnes(tx: Tx): Promise<void> {
  const r = rng(20140312);
  const today = todayInChina();
  const [campaign] = await tx
    .select()
    .from(campaigns)
    .where(
      and(
        eq(campaigns.status, 'active'),
        lte(campaigns.startDate, today),
        gte(campaigns.endDate, today),
      ),
    )
    .orderBy(desc(campaigns.startDate))
    .limit(1);
  if (!campaign) return;
  const leaders = await tx
    .select({
      id: cadres.id,
      name: cadres.name,
      post: cadres.post,
      orgId: cadres.orgId,
      orgPath: orgs.path,
    })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(eq(cadres.leading, true))
    .orderBy(asc(cadres.name), asc(cadres.id));
  const points = await tx
    .select({ id: contactPoints.id, orgPath: orgs.path })
    .from(contactPoints)
    .innerJoin(orgs, eq(orgs.id, contactPoints.orgId));
  const [demoCadre] = await tx
    .select({ cadreId: users.cadreId })
    .from(users)
    .where(eq(users.username, 'cadre'));
  const pointOf = (path: string) => points.find((p) => path.startsWith(p.orgPath)) ?? points[0];
  const start = campaign.startDate;
  const day = (k: number) => [addDays(start, 3 + k), today].sort()[0] as string;
  const at = (k: number) => new Date(`${day(k)}T09:00:00+08:00`);

  const docs: (typeof documents.$inferInsert)[] = [];
  const events: (typeof workflowEvents.$inferInsert)[] = [];
  const deliveries: (typeof letterDeliveries.$inferInsert)[] = [];
  const cards: (typeof cardRecords.$inferInsert)[] = [];
  let returnedOne = false;

  const addDocument = (
    kind: 'research' | 'letter',
    c: (typeof leaders)[number],
    state: TDocumentState,
    k: number,
    fields: { title: string; body: string; details: object },
  ) => {
    const id = uuidv7();
    const name = kind === 'research' ? 'research_topic' : 'letter';
    const ev = (action: string, from: string, to: string, who: string, d: number, note = '') =>
      events.push({
        kind: name,
        recordId: id,
        action,
        fromState: from,
        toState: to,
        actorName: who,
        note,
        public: action === 'publish',
        at: at(d),
      });
    const reviewed = state === 'approved' || state === 'published';
    if (state !== 'draft') ev('submit', 'draft', 'submitted', c.name, k);
    if (state === 'returned') ev('return', 'submitted', 'returned', '单位党组织', k + 2);
    if (reviewed || (state === 'submitted' && k % 2 === 0))
      ev('approve', 'submitted', 'submitted', '单位党组织', k + 2, '单位审核通过');
    if (reviewed) ev('approve', 'submitted', 'approved', '局活动办', k + 4, '活动办审核通过');
    if (state === 'published') ev('publish', 'approved', 'published', '局活动办', k + 5);
    docs.push({
      id,
      kind,
      cadreId: c.id,
      orgId: c.orgId,
      campaignId: campaign.id,
      ...fields,
      state,
      // a submitted one waits at the unit (0) or, once the unit passed it, at the office (1)
      reviewLevel: state === 'submitted' && k % 2 === 0 ? 1 : 0,
      comment: state === 'returned' ? '调研数据不够具体，请补充走访农户的户数和主要问题' : null,
      featured: state === 'published' && k % 3 === 0,
      submittedAt: state === 'draft' ? null : at(k),
      approvedAt: reviewed ? at(k + 4) : null,
      publishedAt: state === 'published' ? at(k + 5) : null,
    });
    return id;
  };

  leaders.forEach((c, i) => {
    const isDemo = c.id === demoCadre?.cadreId;
    const point = pointOf(c.orgPath);
    // 调研课题
    let topicState = isDemo ? 'draft' : r.weighted(TOPIC_STATES);
    if (topicState === 'submitted' && !returnedOne) {
      topicState = 'returned';
      returnedOne = true;
    }
    if (topicState !== 'none') {
      addDocument('research', c, topicState, i % 20, {
        title: TOPICS[i % TOPICS.length] as string,
        body: topicState === 'draft' ? '' : REPORT,
        details: {
          purpose: '群众在走访中反映集中，关系生产生活',
          milestones: [
            { title: '制定调研方案', due: day(5), done: true },
            { title: '走访联系点农户', due: day(40), done: topicState !== 'draft' },
            { title: '形成调研报告', due: day(90), done: topicState !== 'draft' },
          ],
          contactPointId: point?.id ?? null,
          concerns: '联系点农户',
          findings: topicState === 'draft' ? '' : '道路、销售、技术服务是群众最关心的三件事',
        },
      });
    }
    // 连心卡: most printed, some handed out at the unit's contact point
    if (isDemo || r.chance(0.85)) {
      cards.push({
        cadreId: c.id,
        campaignId: campaign.id,
        kind: 'printed',
        count: 200,
        on: day(i % 10),
      });
      if (r.chance(0.6) && point) {
        cards.push({
          cadreId: c.id,
          campaignId: campaign.id,
          kind: 'handed_out',
          count: r.between(30, 120),
          on: day(10 + (i % 10)),
          contactPointId: point.id,
        });
      }
    }
    // 公开信 (none for the demo cadre: the walk-through writes his)
    const letterState = isDemo ? 'none' : r.weighted(LETTER_STATES);
    if (letterState !== 'none') {
      const id = addDocument('letter', c, letterState, (i % 20) + 1, {
        title: `${c.name}致联系点群众的一封公开信`,
        body: LETTER(c.name, c.post),
        details: { salutation: '亲爱的乡亲们' },
      });
      if (letterState === 'published' && point && r.chance(0.7)) {
        deliveries.push({
          documentId: id,
          contactPointId: point.id,
          households: r.between(20, 60),
          copies: r.between(30, 80),
          deliveredOn: day(30 + (i % 20)),
        });
      }
    }
  });
  if (docs.length) await tx.insert(documents).values(docs);
  if (events.length) await tx.insert(workflowEvents).values(events);
  if (deliveries.length) await tx.insert(letterDeliveries).values(deliveries);
  if (cards.length) await tx.insert(cardRecords).values(cards);
  const pledge = '心系群众、真情服务，有事您找我，件件有回音。';
  await tx.update(campaigns).set({ pledge }).where(eq(campaigns.id, campaign.id));
  await auditDemoLoad(
    tx,
    'research_topic',
    `载入演示数据：六个一——调研课题和公开信 ${docs.length} 份、连心卡记录 ${cards.length} 条、寄发 ${deliveries.length} 次`,
  );
}
