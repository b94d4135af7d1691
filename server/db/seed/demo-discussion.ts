/**
 * Demo data of the discussion 「学习龚全珍，我该怎么做」 (issue 13 §3) in the 2014 campaign's
 * learning phase: a dozen threads, bureau-wide and of single units, 3–10 replies each, written as
 * cadres would after studying 龚全珍 (《龚全珍日记选》, the report meeting, the plays 《老阿姨》 and
 * 《本色》). A reply of spam is hidden after 3 reports pending review, an insult was removed with its
 * reason, one reply is reported once and still shown, one was restored after review. The cadres
 * who write get accounts (gbNN, the demo password). Deterministic: a seeded PRNG picks the writers.
 */
import { asc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { TDiscussionReportReason } from '../../../common/discussion-terms.ts';
import { hashPassword } from '../../platform/password.ts';
import type { Tx } from '../client.ts';
import {
  cadres,
  campaigns,
  discussionPosts,
  discussionReports,
  orgs,
  users,
  workflowEvents,
} from '../schema/index.ts';
import { auditDemoLoad } from './demo-audit.ts';
import { DEMO_PASSWORD } from './demo-data.ts';
import { rng } from './rng.ts';

type Moderation =
  | { kind: 'hidden'; reports: TDiscussionReportReason[] }
  | { kind: 'removed'; reports: TDiscussionReportReason[]; reason: string }
  | { kind: 'reported'; reports: TDiscussionReportReason[] }
  | { kind: 'restored'; reports: number };
type DemoReply = string | { body: string; moderation: Moderation };
type DemoThread = {
  /** the unit (its subtree reads a unit thread); 'bureau' threads are everyone's */
  org: string;
  audience: 'unit' | 'bureau';
  title: string;
  body: string;
  /** days after the campaign's start */
  day: number;
  replies: DemoReply[];
};

/** The thread the walk-through (tests/e2e/discussion.spec.ts) opens: bureau-wide, the newest. */
export const DEMO_DISCUSSION_THREAD = '学习龚全珍，我该怎么做？大家都来谈谈';

const THREADS: DemoThread[] = [
  {
    org: 'campaign',
    audience: 'bureau',
    title: DEMO_DISCUSSION_THREAD,
    body: '活动办开这个帖子，请大家结合学习《龚全珍日记选》和观看《本色》的体会，说说自己今后打算怎么做。\n\n不求长篇大论，**说实在话、定实在事**。',
    day: 60,
    replies: [
      '老阿姨说“我就是一名普通党员”，这句话我记在笔记本第一页。我打算每月到联系点住两天，把乡亲们的事一件件记下来、办下来。',
      '我在执法支队，以后检查时先讲政策、再讲处罚，能教育纠正的不一罚了之，让群众感到执法有温度。',
      '看了《本色》，最打动我的是她把工资拿出来帮学生交学费。我做不到那么多，但可以每年资助联系村一名困难学生。',
      '我们种子站准备把“种子真假怎么辨”做成明白纸，赶集时发到农户手里。',
      '建议把学习心得都发到群里，方便大家互相学习。',
      '学龚全珍不能只停在嘴上。我给自己定了三条：接群众电话不推、群众来办事不拖、答应的事不忘。',
      {
        body: '代办各类证件、低价出售茶叶礼盒，有意者加微信 tx2014888。',
        moderation: { kind: 'hidden', reports: ['spam', 'spam', 'off_topic'] },
      },
    ],
  },
  {
    org: 'extension',
    audience: 'unit',
    title: '推广中心：把技术送到田间地头',
    body: '龚全珍老人几十年扎根基层。我们推广中心的本职就是服务农民，我提议今年每名技术员至少包一个村的技术指导，大家看怎么样？',
    day: 20,
    replies: [
      '赞成。我负责腊市村，早稻育秧期间每周去一次。',
      '建议把服务电话印在连心卡上，农户有问题随时打。',
      '植保站可以配合，病虫害高发期搞统防统治示范。',
      '我年轻，经验不足，想跟着老农艺师一起下村，边干边学。',
      {
        body: '光说不练假把式，有的人报了名从来不去村里，别又是走过场。',
        moderation: { kind: 'restored', reports: 2 },
      },
      '同意上面的意见，我们每月在支部会上通报一次下村情况，互相监督。',
    ],
  },
  {
    org: 'enforcement',
    audience: 'unit',
    title: '执法支队：文明执法从我做起',
    body: '学习龚全珍，落到我们支队就是文明执法、热情服务。请大家说说执法中哪些做法群众不满意，我们怎么改。',
    day: 25,
    replies: [
      '群众最反感的是“门难进、脸难看”。我们窗口要做到首问负责。',
      '检查农资店时要亮证执法，先说明来意，不要一进门就翻东西。',
      '建议对小商户多宣传少罚款，第一次发现问题以教育为主。',
      {
        body: '某某队长平时就是个草包，学什么龚全珍。',
        moderation: {
          kind: 'removed',
          reports: ['offensive', 'offensive'],
          reason: '含有针对个人的侮辱性言语，不符合讨论规范',
        },
      },
      '执法记录仪要全程开启，既保护群众也保护我们自己。',
    ],
  },
  {
    org: 'seeds',
    audience: 'unit',
    title: '种子站：守好农民的“命根子”',
    body: '种子是农民的命根子。龚全珍说“为人民服务不是一句口号”，我们要让农民买到放心种子。',
    day: 30,
    replies: [
      '春耕前开展一次种子市场专项检查，重点查套牌种子。',
      '在乡镇农资店设立举报电话，发现假种子当天受理。',
      '我准备整理一份本地主推品种清单，方便农户选购。',
    ],
  },
  {
    org: 'livestock',
    audience: 'unit',
    title: '畜牧水产局：防疫一线怎么做得更好',
    body: '防疫工作天天和养殖户打交道，学龚全珍，我们要把养殖户当亲人。',
    day: 35,
    replies: [
      '免疫注射时多讲讲消毒知识，养殖户都愿意听。',
      '对困难养殖户上门服务，不让他们跑腿。',
      '建议建个养殖户微信群，疫情预警第一时间推送。',
      '我负责的片区有 3 户散养户，计划每月回访一次。',
    ],
  },
  {
    org: 'bureau',
    audience: 'bureau',
    title: '观看《老阿姨》后的几点感想',
    body: '昨晚和家人一起看了《老阿姨》，孩子问我：“你们单位也有这样的人吗？”我一时答不上来。\n\n这个问题值得我们每个人想一想。',
    day: 15,
    replies: [
      '这个问题问得好，答案要靠我们用行动来写。',
      '老阿姨一辈子不搞特殊，我们领导干部首先要带头。',
      '我也看哭了。她把自己的一切都给了群众，却说“我做得还不够”。',
      '建议局里组织一次观后感交流会，把好的体会整理成册。',
      '我们支部已经安排下周集中观看，组织党员谈体会。',
    ],
  },
  {
    org: 'bureau',
    audience: 'bureau',
    title: '干部走访，怎样才能不走过场？',
    body: '入户结亲开展一段时间了，有群众反映个别干部“来了拍个照就走”。我们怎样才能真正走进群众心里？',
    day: 40,
    replies: [
      '走访前先看上次的记录，带着问题去，群众能感觉到你是真心的。',
      '坐下来拉家常，比站着问“有什么困难”效果好得多。',
      '答应的事一定要回音，办不了也要说清楚原因。',
      '照片可以拍，但不能只为拍照。我每次走访都在本子上记下群众原话。',
      '建议局里把走访记录和诉求办理结果对照检查，看看有没有“只走不办”。',
      '我联系的竹垣村王大爷说，干部来一次他高兴一次，来了不办事他更失望。',
      '赞同楼上，关键在“办”字。',
    ],
  },
  {
    org: 'office',
    audience: 'unit',
    title: '办公室：从身边小事做起',
    body: '我们机关同志接触群众少，学龚全珍可以从身边小事做起：接电话、办文件、对待来访者。',
    day: 22,
    replies: [
      '来访群众进门先倒杯水，这是最起码的。',
      '办文要快，群众等不起。',
      '我们科室约定：来电话三声内接，不说“不知道”。',
    ],
  },
  {
    org: 'bureau',
    audience: 'bureau',
    title: '读《龚全珍日记选》摘抄与体会',
    body: '摘一句：“我愿做一块铺路的石子。”\n\n这句话让我想到，平凡的岗位一样可以成就不平凡的事业。大家也摘几句喜欢的吧。',
    day: 28,
    replies: [
      '“只要群众需要，我就去做。”简单朴素，却最难做到。',
      '“活着就要为群众做点事。”这句话值得每个党员铭记。',
      '我摘的是她写给学生的话：“做人要老实，做事要踏实。”',
      '读日记最大的感受是她从不说空话，每一篇都写着具体的人和事。',
    ],
  },
  {
    org: 'bureau',
    audience: 'bureau',
    title: '志愿服务怎么搞得更实在？',
    body: '局里要求每名干部参加志愿服务。大家说说，怎样的志愿服务群众最需要？',
    day: 45,
    replies: [
      '农忙时帮缺劳力的农户抢收抢种，比搞形式的活动实在。',
      '到敬老院给老人理发、打扫卫生，老人们很高兴。',
      '发挥专业特长，到村里开农技讲座。',
      {
        body: '我们小区停车太难了，物业也不管，大家有什么办法？',
        moderation: { kind: 'reported', reports: ['off_topic'] },
      },
      '建议志愿服务和联系点结合起来，形成长期服务。',
    ],
  },
  {
    org: 'machinery',
    audience: 'unit',
    title: '农机站：服务春耕不误农时',
    body: '春耕在即，农机站要学龚全珍，把服务送到农户家门口。',
    day: 18,
    replies: [
      '组织技术员下乡免费检修农机。',
      '对合作社开展驾驶操作培训。',
      '农机购置补贴要公开公示，接受群众监督。',
    ],
  },
  {
    org: 'bureau',
    audience: 'bureau',
    title: '领导干部要带头学、带头做',
    body: '学习教育，关键在领导干部。我作为班子成员，表个态：联系点每月去两次，诉求件亲自过问。',
    day: 10,
    replies: [
      '领导带头，我们跟着干就有方向了。',
      '希望领导多听听基层同志的意见。',
      '支持！我们支部也会跟上。',
      '班子成员带头，这样的活动才有说服力。',
      '建议领导干部的承诺也在公开信里写出来，让群众监督。',
      '局长在会上讲的“不做样子、要做样板”，我印象很深。',
      '我们执法支队已经把局长的要求传达到每名队员。',
      '接下来就是看行动了。',
    ],
  },
];

/** Where a post is moderated: by the system at 3 reports, or by the office. */
const SYSTEM = '系统（多人举报）';

export async function loadDemoDiscussion(tx: Tx): Promise<void> {
  const r = rng(20140305);
  const [campaign] = await tx
    .select({ id: campaigns.id, startDate: campaigns.startDate })
    .from(campaigns)
    .where(eq(campaigns.startDate, '2014-02-01'))
    .limit(1);
  if (!campaign) return;
  const people = await tx
    .select({
      cadreId: cadres.id,
      name: cadres.name,
      orgId: cadres.orgId,
      orgPath: orgs.path,
      userId: users.id,
    })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .leftJoin(users, eq(users.cadreId, cadres.id))
    .where(eq(cadres.active, true))
    .orderBy(asc(orgs.path), asc(cadres.name));
  const orgRows = await tx.select({ id: orgs.id, name: orgs.name, path: orgs.path }).from(orgs);
  const [office] = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.username, 'office'));
  const orgOf = (key: string) => {
    const names: Record<string, string> = {
      bureau: '萍乡市农业局',
      campaign: '局活动办',
      extension: '农业技术推广中心',
      enforcement: '农业综合执法支队',
      seeds: '种子管理站',
      livestock: '畜牧水产局',
      machinery: '农业机械管理站',
      office: '办公室',
    };
    const o = orgRows.find((x) => x.name === names[key]);
    if (!o) throw new Error(`demo discussion: unknown unit ${key}`);
    return o;
  };

  // the writers' accounts: a cadre without one gets gbNN (the demo password)
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let n = 0;
  const accountOf = async (p: (typeof people)[number]): Promise<string> => {
    if (p.userId) return p.userId;
    n += 1;
    const id = uuidv7();
    await tx.insert(users).values({
      id,
      username: `gb${String(n).padStart(2, '0')}`,
      name: p.name,
      role: 'cadre',
      orgId: p.orgId,
      cadreId: p.cadreId,
      passwordHash,
    });
    p.userId = id;
    return id;
  };

  const start = new Date(`${campaign.startDate}T09:00:00+08:00`).getTime();
  const at = (day: number, minutes: number) =>
    new Date(start + day * 86_400_000 + minutes * 60_000);
  const posts: (typeof discussionPosts.$inferInsert)[] = [];
  const reports: (typeof discussionReports.$inferInsert)[] = [];
  const events: (typeof workflowEvents.$inferInsert)[] = [];

  for (const th of THREADS) {
    const unit = orgOf(th.org);
    // a unit thread's writers are its own people; a bureau thread's anyone
    const pool = people.filter((p) => th.audience === 'bureau' || p.orgPath.startsWith(unit.path));
    const own = pool.filter((p) => p.orgPath.startsWith(unit.path));
    if (own.length === 0) throw new Error(`demo discussion: nobody in ${th.org}`);
    const authorPerson = r.pick(own);
    const author = await accountOf(authorPerson);
    const threadId = uuidv7();
    const created = at(th.day, 30);
    posts.push({
      id: threadId,
      campaignId: campaign.id,
      threadId: null,
      orgId: authorPerson.orgId,
      audience: th.audience,
      authorUserId: author,
      authorCadreId: authorPerson.cadreId,
      title: th.title,
      body: th.body,
      createdAt: created,
      updatedAt: created,
    });
    let minutes = 60;
    for (const reply of th.replies) {
      minutes += 40 + r.int(600);
      const body = typeof reply === 'string' ? reply : reply.body;
      const others = pool.filter((p) => p.cadreId !== authorPerson.cadreId);
      const writer = r.pick(others.length ? others : pool);
      const writerId = await accountOf(writer);
      const id = uuidv7();
      const when = at(th.day, minutes);
      const m = typeof reply === 'string' ? undefined : reply.moderation;
      const reporters = pool.filter((p) => p.cadreId !== writer.cadreId);
      const reasons: TDiscussionReportReason[] = m && m.kind !== 'restored' ? m.reports : [];
      for (const [i, reason] of reasons.entries()) {
        const who = reporters[(i * 3 + 1) % reporters.length];
        if (!who) continue;
        reports.push({
          postId: id,
          userId: await accountOf(who),
          reason,
          note: '',
          createdAt: at(th.day, minutes + 30 + i * 45),
        });
      }
      const later = at(th.day + 1, minutes);
      const event = (
        action: string,
        from: string,
        to: string,
        actor: string | null,
        name: string,
        note = '',
        fields = {},
      ) =>
        events.push({
          kind: 'discussion_post',
          recordId: id,
          action,
          fromState: from,
          toState: to,
          actorId: actor,
          actorName: name,
          note,
          fields,
          public: false,
          at: later,
        });
      if (m?.kind === 'hidden') event('hide', 'visible', 'hidden', null, SYSTEM);
      if (m?.kind === 'removed')
        event('remove', 'visible', 'removed', office?.id ?? null, office?.name ?? '局活动办', '', {
          reason: m.reason,
        });
      if (m?.kind === 'restored')
        event(
          'restore',
          'hidden',
          'visible',
          office?.id ?? null,
          office?.name ?? '局活动办',
          `清除举报 ${m.reports} 次`,
        );
      posts.push({
        id,
        campaignId: campaign.id,
        threadId,
        orgId: writer.orgId,
        audience: th.audience,
        authorUserId: writerId,
        authorCadreId: writer.cadreId,
        title: null,
        body,
        state: m?.kind === 'hidden' ? 'hidden' : m?.kind === 'removed' ? 'removed' : 'visible',
        reportCount: reasons.length,
        moderatedBy: m?.kind === 'removed' || m?.kind === 'restored' ? (office?.id ?? null) : null,
        moderatedAt: m?.kind === 'removed' || m?.kind === 'restored' ? later : null,
        moderationReason: m?.kind === 'removed' ? m.reason : null,
        createdAt: when,
        updatedAt: m ? later : when,
      });
    }
  }
  // threads first: a reply points at its thread
  await tx.insert(discussionPosts).values(posts.filter((p) => p.threadId === null));
  await tx.insert(discussionPosts).values(posts.filter((p) => p.threadId !== null));
  if (reports.length) await tx.insert(discussionReports).values(reports);
  if (events.length) await tx.insert(workflowEvents).values(events);
  await auditDemoLoad(
    tx,
    'discussion_post',
    `载入演示数据：学习讨论 ${THREADS.length} 个主题、${posts.length - THREADS.length} 条回复`,
  );
}
