/**
 * Demo data of 整改清单 (issue 13 §5, plan item 6) in the 2014 campaign: the problems the leading
 * cadres found against the five standards, one or two each, in every state — 待整改, 整改中 with
 * progress, 申请销号 with evidence, 已销号 by the unit — some past their deadline (逾期), some linked
 * to the citizens' cases that raised them: done ones to signed-off cases, one waiting for the
 * citizen's rating of its answered case. An item comes from the cadre's 对照检查材料 when one exists
 * (another loader makes them; without one, `self_exam_id` stays empty). Deterministic: a seeded
 * PRNG chooses everything but the ids.
 */
import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { addDays, todayInChina } from '../../../common/dates.ts';
import type { TRectificationState } from '../../../common/rectification-terms.ts';
import type { Tx } from '../client.ts';
import {
  cadres,
  campaigns,
  cases,
  documents,
  orgs,
  rectifications,
  users,
  workflowEvents,
} from '../schema/index.ts';
import { auditDemoLoad } from './demo-audit.ts';
import { rng } from './rng.ts';

/** [standard, problem, measure] as written in 2014's 对照检查材料. */
const PROBLEMS: readonly (readonly [string, string, string])[] = [
  [
    '为民服务',
    '深入基层联系点次数偏少，对群众反映的农资价格问题了解不深',
    '每月到联系点住村不少于 3 天，建立农资价格问题台账，逐户回访',
  ],
  [
    '勤政务实',
    '文件会议多，部分会议照本宣科，以会议落实会议',
    '全年会议压减三分之一，一般性工作不开会、不发文，推行“短实新”文风',
  ],
  [
    '敢于担当',
    '对涉及多个科室的群众诉求存在推诿现象，办理时限长',
    '实行首问负责制，跨科室诉求由分管领导牵头，15 个工作日内办结',
  ],
  [
    '清正廉洁',
    '公务接待标准执行不严，存在超标准陪餐现象',
    '严格执行公务接待规定，实行接待清单制度，每季度公开接待费用',
  ],
  [
    '信念坚定',
    '理论学习不系统，满足于读文件、听报告，学用结合不够',
    '制定个人学习计划，每月撰写一篇学习体会，结合分管工作开展一次专题调研',
  ],
  [
    '为民服务',
    '农技服务“最后一公里”不畅，技术人员下乡少',
    '组织技术人员包村联户，每名农技员联系 10 户以上种植大户，农忙季节驻村指导',
  ],
  [
    '勤政务实',
    '农机购置补贴审核环节多，群众跑腿次数多',
    '精简补贴审核材料，推行一次告知、一站办理，办理时限压缩到 10 个工作日',
  ],
  [
    '敢于担当',
    '对农资市场执法检查不够，坑农害农问题查处不及时',
    '开展春季农资打假专项行动，公开举报电话，接到举报 24 小时内到场',
  ],
];

const EVIDENCE = [
  '已到联系点住村 9 天，走访农户 46 户，建立农资价格问题台账并逐户回访，群众反映的问题已全部答复。',
  '上半年全局会议同比减少 38%，印发文件减少 27%，会议纪要和文件目录已附后。',
  '已建立首问负责制度并在局网站公示，上半年跨科室诉求 12 件全部在时限内办结。',
  '已制定公务接待清单制度，二季度接待费用已在局务公开栏公开。',
];

const PROGRESS = [
  '已制定整改方案，正在组织实施',
  '已完成整改任务的一半，剩余部分按计划推进',
  '已召开专题会议研究，落实到具体科室和责任人',
];

/** How far the items got: most under way or done, a few waiting, a few not started. */
const STATES: readonly (readonly [TRectificationState, number])[] = [
  ['done', 4],
  ['submitted', 2],
  ['in_progress', 4],
  ['open', 2],
];

const FIRST: readonly TRectificationState[] = ['submitted', 'done', 'in_progress', 'open'];

/** A moment on a 2014 day, in Beijing time. */
const on2014 = (day: string, hour = 10) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

export async function loadDemoRectifications(tx: Tx): Promise<void> {
  const r = rng(20140520);
  const today = todayInChina();
  const [campaign] = await tx
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(gte(campaigns.startDate, '2014-01-01'), lte(campaigns.startDate, '2014-12-31')))
    .orderBy(asc(campaigns.startDate))
    .limit(1);
  if (!campaign) return;
  const leaders = await tx
    .select({ id: cadres.id, name: cadres.name, orgId: cadres.orgId, orgPath: orgs.path })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(and(eq(cadres.leading, true), eq(cadres.active, true)))
    .orderBy(asc(orgs.path), asc(cadres.name), asc(cadres.id));
  const [office] = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.username, 'office'));
  // 对照检查材料 of the campaign, where the self-examination loader has made them
  const exams = await tx
    .select({ id: documents.id, cadreId: documents.cadreId })
    .from(documents)
    .where(and(sql`${documents.kind}::text = 'self_exam'`, eq(documents.campaignId, campaign.id)));
  const examOf = (cadreId: string) => exams.find((d) => d.cadreId === cadreId)?.id ?? null;
  // the demo cases an item may come from: closed ones, and one answered that waits for a rating
  const caseRows = await tx
    .select({ id: cases.id, status: cases.status, rating: cases.rating })
    .from(cases)
    .where(
      or(
        eq(cases.status, 'signed_off'),
        and(
          eq(cases.status, 'answered'),
          isNull(cases.rating),
          or(isNull(cases.enteredBy), sql`${cases.citizenPhone} is not null`),
        ),
        eq(cases.status, 'in_progress'),
      ),
    )
    .orderBy(asc(cases.createdAt), asc(cases.id));
  const signedOff = caseRows.filter((c) => c.status === 'signed_off');
  const waiting = caseRows.find((c) => c.status === 'answered');
  const handling = caseRows.filter((c) => c.status === 'in_progress');

  const items: (typeof rectifications.$inferInsert)[] = [];
  const events: (typeof workflowEvents.$inferInsert)[] = [];
  const event = (
    id: string,
    action: string,
    from: TRectificationState,
    to: TRectificationState,
    at: Date,
    who: { id: string | null; name: string },
    fields: Record<string, unknown> = {},
  ) =>
    events.push({
      kind: 'rectification',
      recordId: id,
      action,
      fromState: from,
      toState: to,
      actorId: who.id,
      actorName: who.name,
      note: '',
      fields,
      public: false,
      at,
    });

  let n = 0;
  let waitingUsed = false;
  for (const c of leaders) {
    const count = 1 + (r.chance(0.5) ? 1 : 0);
    for (let k = 0; k < count; k++) {
      const i = n++;
      const [standard, problem, measure] = PROBLEMS[(i + k * 3) % PROBLEMS.length] as readonly [
        string,
        string,
        string,
      ];
      // the first four show every state; the rest as weighted
      const drawn = r.weighted(STATES);
      const state: TRectificationState = FIRST[i] ?? drawn;
      let caseId: string | null = null;
      // one item waits for the citizen's rating of the case that raised it
      if (!waitingUsed && waiting && state === 'submitted') {
        caseId = waiting.id;
        waitingUsed = true;
      } else if (state === 'done' && signedOff.length && r.chance(0.4)) {
        caseId = (signedOff.shift() as { id: string }).id;
      } else if (state === 'in_progress' && handling.length && r.chance(0.3)) {
        caseId = (handling.shift() as { id: string }).id;
      }
      const created = on2014(`2014-05-${String(6 + (i % 20)).padStart(2, '0')}`, 9);
      // done ones were due in summer 2014; the rest partly overdue now, partly due in the weeks ahead
      const deadline =
        state === 'done'
          ? `2014-0${6 + (i % 3)}-30`
          : i % 3 === 0
            ? addDays(today, -(5 + (i % 20)))
            : addDays(today, 20 + (i % 60));
      const id = uuidv7();
      const me = { id: null, name: c.name };
      const unit = { id: office?.id ?? null, name: office?.name ?? '局活动办' };
      const evidence =
        state === 'submitted' || state === 'done' ? (EVIDENCE[i % EVIDENCE.length] as string) : '';
      const progressNote = state === 'open' ? '' : (PROGRESS[i % PROGRESS.length] as string);
      if (state !== 'open') {
        event(id, 'start', 'open', 'in_progress', on2014('2014-05-28'), me, { progressNote });
      }
      if (state === 'submitted' || state === 'done') {
        event(id, 'submit', 'in_progress', 'submitted', on2014('2014-07-15'), me, { evidence });
      }
      const doneAt = state === 'done' ? on2014('2014-07-25', 15) : null;
      if (doneAt) event(id, 'sign_off', 'submitted', 'done', doneAt, unit, { comment: '整改到位' });
      items.push({
        id,
        cadreId: c.id,
        orgId: c.orgId,
        campaignId: campaign.id,
        selfExamId: examOf(c.id),
        standard,
        problem,
        measure,
        responsible: c.name,
        deadline,
        state,
        caseId,
        evidence,
        progressNote,
        doneAt,
        signedOffBy: doneAt ? (office?.id ?? null) : null,
        signedOffAt: doneAt,
        createdAt: created,
        updatedAt: doneAt ?? created,
      });
    }
  }
  if (items.length) await tx.insert(rectifications).values(items);
  if (events.length) await tx.insert(workflowEvents).values(events);
  await auditDemoLoad(tx, 'rectification', `载入演示整改清单：${items.length} 项`);
}
