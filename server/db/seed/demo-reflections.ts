/**
 * Demo data of 心得体会 and 对照检查材料 (issue 13 §4–5) in the 2014 campaign:
 * - twelve reflections by cadres of ten units in every state — two featured and published, rated
 *   ones approved, some waiting for their unit, one returned, a draft, a withdrawn one — and two
 *   planted copies waiting for review (a ghost-written twin of a featured one, and one lifted
 *   whole with a paragraph added), which the similarity check finds;
 * - the self-examination reports of most leading cadres, each with his own problems per standard,
 *   in varied states (none for the demo cadre: the walk-through writes his).
 * The texts are demo-reflection-texts.ts (also read by the similarity measurement). Deterministic.
 */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { addDays, todayInChina } from '../../../common/dates.ts';
import type { TDocumentRating, TDocumentState } from '../../../common/documents.ts';
import type { Tx } from '../client.ts';
import { cadres, campaigns, documents, orgs, users, workflowEvents } from '../schema/index.ts';
import { auditDemoLoad } from './demo-audit.ts';
import { DEMO_REFLECTIONS, demoSelfExam } from './demo-reflection-texts.ts';
import { rng } from './rng.ts';

/** Who wrote each reflection (a cadre of this unit) and how far it got. */
const PLAN: Record<
  string,
  {
    org: string;
    state: TDocumentState;
    rating?: TDocumentRating;
    featured?: boolean;
    comment?: string;
  }
> = {
  r1: { org: '种植业管理科', state: 'published', rating: 'excellent', featured: true },
  r2: { org: '种子管理站', state: 'published', rating: 'excellent', featured: true },
  r3: { org: '农业综合执法支队', state: 'approved', rating: 'good' },
  r4: { org: '畜牧水产局', state: 'published', rating: 'good' },
  r5: { org: '办公室', state: 'approved', rating: 'good' },
  r6: { org: '农业机械管理站', state: 'submitted' },
  r7: {
    org: '监察室',
    state: 'returned',
    comment: '体会写得比较空，请结合监察室的具体工作和群众反映的问题，补充整改的实际打算',
  },
  r8: { org: '农业技术推广中心', state: 'draft' },
  r9: { org: '局活动办', state: 'withdrawn', comment: '本人撤回，准备结合活动督查情况重写' },
  r10: { org: '计划财务科', state: 'approved', rating: 'fair' },
  r1copy: { org: '农村经济科', state: 'submitted' },
  r5padded: { org: '人事科', state: 'submitted' },
};

/** How far a self-examination report got, weighted: most through review, some waiting. */
const SELF_EXAM_STATES: readonly (readonly [TDocumentState, number])[] = [
  ['approved', 5],
  ['submitted', 4],
  ['returned', 1],
  ['draft', 2],
];

export async function loadDemoReflections(tx: Tx): Promise<void> {
  const r = rng(20140615);
  const today = todayInChina();
  // the 2014 campaign 「学习龚全珍，争做贴心人」: its learning and self-examination phases
  const [campaign] = await tx
    .select()
    .from(campaigns)
    .where(and(gte(campaigns.startDate, '2014-01-01'), lte(campaigns.startDate, '2014-12-31')))
    .orderBy(asc(campaigns.startDate))
    .limit(1);
  if (!campaign) return;
  const staff = await tx
    .select({
      id: cadres.id,
      name: cadres.name,
      post: cadres.post,
      leading: cadres.leading,
      orgId: cadres.orgId,
      orgName: orgs.name,
    })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(eq(cadres.active, true))
    .orderBy(asc(cadres.name), asc(cadres.id));
  const [demo] = await tx
    .select({ cadreId: users.cadreId })
    .from(users)
    .where(eq(users.username, 'cadre'));
  const others = staff.filter((c) => c.id !== demo?.cadreId);
  const start = campaign.startDate;
  const day = (k: number) => [addDays(start, k), today].sort()[0] as string;
  const at = (k: number) => new Date(`${day(k)}T10:00:00+08:00`);

  const docs: (typeof documents.$inferInsert)[] = [];
  const events: (typeof workflowEvents.$inferInsert)[] = [];
  const add = (
    kind: 'reflection' | 'self_exam',
    c: (typeof staff)[number],
    k: number,
    p: {
      state: TDocumentState;
      rating?: TDocumentRating;
      featured?: boolean;
      comment?: string;
      /** a self-examination report waiting at the office (its unit passed it) */
      atOffice?: boolean;
    },
    text: { title: string; body: string; details: object },
  ) => {
    const id = uuidv7();
    const { state } = p;
    const ev = (
      action: string,
      from: string,
      to: string,
      who: string,
      d: number,
      extra: { note?: string; fields?: object } = {},
    ) =>
      events.push({
        kind,
        recordId: id,
        action,
        fromState: from,
        toState: to,
        actorName: who,
        note: extra.note ?? '',
        fields: extra.fields ?? {},
        public: action === 'publish',
        at: at(d),
      });
    const reviewed = state === 'approved' || state === 'published';
    const submitted = state !== 'draft';
    if (submitted) ev('submit', 'draft', 'submitted', c.name, k);
    if (state === 'returned')
      ev('return', 'submitted', 'returned', '单位党组织', k + 2, { fields: { reason: p.comment } });
    if (kind === 'self_exam' && (reviewed || p.atOffice))
      ev('approve', 'submitted', 'submitted', '单位党组织', k + 2, { note: '单位审核通过' });
    if (reviewed) {
      const who = kind === 'reflection' ? '单位党组织' : '局活动办';
      const note = kind === 'reflection' ? '单位审核通过' : '活动办审核通过';
      ev('approve', 'submitted', 'approved', who, k + 3, {
        note,
        fields: p.rating ? { rating: p.rating } : {},
      });
    }
    if (state === 'published') ev('publish', 'approved', 'published', '局活动办', k + 5);
    if (p.featured)
      ev('feature', 'published', 'published', '局活动办', k + 6, { fields: { featured: true } });
    if (state === 'withdrawn')
      ev('withdraw', 'submitted', 'withdrawn', c.name, k + 1, { fields: { reason: p.comment } });
    docs.push({
      id,
      kind,
      cadreId: c.id,
      orgId: c.orgId,
      campaignId: campaign.id,
      ...text,
      state,
      reviewLevel: state === 'submitted' && p.atOffice ? 1 : 0,
      comment: state === 'returned' || state === 'withdrawn' ? (p.comment ?? null) : null,
      featured: p.featured ?? false,
      rating: reviewed ? (p.rating ?? null) : null,
      submittedAt: submitted ? at(k) : null,
      approvedAt: reviewed ? at(k + 3) : null,
      publishedAt: state === 'published' ? at(k + 5) : null,
    });
  };

  // 心得体会: each by a cadre of the unit its text speaks of (never the demo cadre)
  DEMO_REFLECTIONS.forEach((text, i) => {
    const plan = PLAN[text.key];
    const author = plan && others.find((c) => c.orgName === plan.org);
    if (!plan || !author) return;
    add('reflection', author, 20 + i * 3, plan, {
      title: text.title,
      body: text.body,
      details: { source: text.source },
    });
  });

  // 对照检查材料: most leading cadres (not the demo cadre, whose report the walk-through writes)
  const leaders = others.filter((c) => c.leading);
  leaders.forEach((c, i) => {
    if (i % 7 === 6) return; // a few have not written theirs yet
    const state = r.weighted(SELF_EXAM_STATES);
    const returned = '问题查摆不够具体，请对照群众反映的四风问题逐条补充，并写明整改时限';
    add(
      'self_exam',
      c,
      100 + (i % 30),
      {
        state,
        comment: state === 'returned' ? returned : undefined,
        atOffice: state === 'submitted' && i % 2 === 0,
      },
      demoSelfExam({ name: c.name, post: c.post, orgName: c.orgName }),
    );
  });

  if (docs.length) await tx.insert(documents).values(docs);
  if (events.length) await tx.insert(workflowEvents).values(events);
  const reflections = docs.filter((d) => d.kind === 'reflection').length;
  await auditDemoLoad(
    tx,
    'reflection',
    `载入演示数据：心得体会 ${reflections} 篇、对照检查材料 ${docs.length - reflections} 份`,
  );
}
