/**
 * Demo data of plan items 4–5: about 300 cases (件) of the current year for 萍乡市农业局 — from every
 * channel (field interviews with each respondent group), in every category and every status, some
 * overdue and escalated, some rated (all three ratings), some published (办成实事), some addressed
 * to or handled by the demo cadre so his 诉求清单 is not empty.
 *
 * Every case is played through the lifecycle table (`lifecycle.ts`): each step is checked against
 * its row (current status, who may take it) and moves the status as `applyTransition` would, so
 * states and events always agree. Rows are then written in a few batched inserts, which keeps the
 * seed fast. Deterministic: a seeded PRNG chooses everything but the ids.
 */

import { v7 as uuidv7 } from 'uuid';
import {
  CASE_CHANNELS,
  caseRatingLabels,
  RESPONDENT_GROUPS,
  type TCaseAction,
  type TCaseCategoryKind,
  type TCaseChannel,
  type TCaseRating,
  type TCaseStatus,
  TRACKING_ALPHABET,
  TRACKING_CODE_LENGTH,
  type TRespondentGroup,
} from '../../../common/cases.ts';
import { addDays, todayInChina } from '../../../common/dates.ts';
import { AUTO_SIGN_OFF_DAYS } from '../../modules/cases/cases.jobs.ts';
import { mayAct, statusAfterRating, transitionOf } from '../../modules/cases/lifecycle.ts';
import { addWorkingDays } from '../../modules/holidays/working-days.ts';
import { audit } from '../../platform/audit.ts';
import type { Tx } from '../client.ts';
import { cadres, caseCategories, caseEvents, cases, orgs, users } from '../schema/index.ts';
import { demoOrgs } from './demo-data.ts';
import { type Rng, rng } from './rng.ts';

export const DEMO_CASE_COUNT = 300;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const places = [
  '芦溪县宣风镇竹垣村',
  '芦溪县南坑镇',
  '上栗县桐木镇',
  '上栗县赤山镇',
  '莲花县琴亭镇',
  '莲花县坊楼镇',
  '莲花县路口镇',
  '湘东区腊市镇腊市村',
  '湘东区排上镇',
  '安源区白源街道',
  '安源区凤凰街道凤凰街社区',
  '湘东区麻山镇',
];
/** Roughly where each place is (WGS84), for the cases that came with a position. */
const placeLatLng: Record<string, [number, number]> = {
  芦溪县宣风镇竹垣村: [27.56, 114.11],
  芦溪县南坑镇: [27.5, 114.2],
  上栗县桐木镇: [27.95, 113.9],
  上栗县赤山镇: [27.83, 113.82],
  莲花县琴亭镇: [27.13, 113.96],
  莲花县坊楼镇: [27.1, 113.92],
  莲花县路口镇: [27.2, 113.99],
  湘东区腊市镇腊市村: [27.6, 113.72],
  湘东区排上镇: [27.52, 113.68],
  安源区白源街道: [27.66, 113.9],
  安源区凤凰街道凤凰街社区: [27.63, 113.87],
  湘东区麻山镇: [27.58, 113.78],
};

/** What people write, by category: `{p}` is a place. */
const contents: Record<string, string[]> = {
  形式主义: [
    '{p}农技培训只拍照留痕，讲课不到半小时就散会，群众学不到东西。',
    '村里一个月要填七八张农业统计表格，内容大量重复，村干部忙于应付检查，没有时间下田。',
    '{p}的水稻示范田只插了块牌子，实际没有按方案种植，检查时临时找人补苗。',
    '乡镇农业站会议一个接一个，传达文件照本宣科，会后没有任何落实措施。',
    '春耕督导组到{p}只在村部看材料，没有到田间地头看一看。',
  ],
  官僚主义: [
    '到农机站办理购机补贴，工作人员相互推诿，前后让我跑了三趟还没办成。',
    '多次反映{p}耕地抛荒问题，乡里说不归他们管，让找农业局，农业局又让找乡里。',
    '办事窗口工作人员态度生硬，上班时间玩手机，问政策爱答不理。',
    '种子经营备案材料交了两个月没有任何回音，打电话也找不到经办人。',
    '反映的灌溉问题被要求层层写报告，拖了一个多月没人来现场。',
  ],
  享乐主义: [
    '反映某站工作人员工作日中午在{p}的饭店饮酒，下午上班满身酒气。',
    '有干部上班时间在办公室打牌，群众来办事要等半天。',
    '以调研为名到{p}农家乐游玩，调研报告却是从网上抄的。',
    '周末看到一辆公车停在水库边，有人开公车去钓鱼。',
  ],
  奢靡之风: [
    '某站借检查之机在{p}的酒店大吃大喝，一晚上摆了三桌，还喝了高档白酒。',
    '年底突击花钱，购买高档办公桌椅和茶具，办公室堆得放不下。',
    '有干部为子女操办升学宴，宴请范围很大，收受礼金。',
    '用公款购买土特产和购物卡，节前送给上级部门。',
  ],
  道路交通: [
    '{p}机耕道年久失修，雨后泥泞不堪，收割机下不了田。',
    '{p}通组公路坑洼不平，雨天积水，村民出行和运送农资都很困难。',
    '{p}村口小桥护栏损坏，学生上学经过很危险，希望尽快修复。',
    '产业路只修了一半就停工了，果园的橙子运不出去。',
  ],
  城乡建设: [
    '{p}高标准农田建设项目施工质量差，水渠刚修好就开裂漏水。',
    '{p}灌溉渠道被淤泥堵塞，下游几十亩稻田缺水，请求尽快清淤。',
    '{p}山塘漏水严重，担心汛期安全，也影响下半年灌溉。',
    '育秧大棚建设补助申请了半年，项目迟迟没有动工。',
  ],
  社会保障: [
    '今年的耕地地力保护补贴还没有到账，一卡通查不到记录。',
    '种粮大户补贴的发放标准不清楚，希望公开具体的面积和金额。',
    '生猪养殖保险出险三个月，理赔款迟迟不到位。',
    '农机购置补贴申请后一直没有兑现，经销商说要等局里审批。',
    '水稻种植保险受灾定损不合理，赔付金额太低。',
  ],
  环境卫生: [
    '{p}养猪场粪污直排河道，气味很大，河水发黑。',
    '{p}田边农药包装废弃物随意丢弃，下雨后冲进水沟。',
    '{p}有人焚烧秸秆，烟雾很大，影响群众生活。',
    '有人把病死猪丢在{p}的山沟里，担心传染疫病。',
  ],
  行政审批服务: [
    '想开农资店，农药经营许可证办理需要哪些材料，能否一次告知？',
    '希望农资经营备案能在网上办理，不用专门跑到市里。',
    '动物防疫条件合格证审批时间太长，养殖场迟迟不能投产。',
    '种子生产经营许可证变更法人，手续繁琐，需要的证明太多。',
  ],
  紧急诉求: [
    '{p}稻飞虱大面积暴发，叶子发黄，急需植保技术指导。',
    '昨晚暴雨冲垮了{p}的田埂和水渠，请求尽快组织抢修。',
    '家里养的鸡群两天内死了一百多只，怀疑是疫病，请求兽医上门。',
    '购买的杂交水稻种子发芽率不到五成，担心误了农时。',
    '在{p}买到假化肥，秧苗烧死一大片，请求执法部门查处。',
  ],
};
const genericContent: Record<TCaseCategoryKind, string[]> = {
  four_winds: ['反映{p}有干部作风不实，群众意见较大，请求调查处理。'],
  livelihood: ['{p}群众反映生产生活中遇到困难，希望有关部门帮助解决。'],
};

/** The answer and the measures, by category. */
const answers: Record<string, [string, string][]> = {
  形式主义: [
    [
      '经核查情况基本属实，已责令整改，精简表格 5 张，培训改为田间课堂。',
      '约谈相关负责人；建立培训效果回访制度',
    ],
    ['已督促相关站所取消重复报表，今后统计数据一次采集、共享使用。', '清理报表；通报整改'],
  ],
  官僚主义: [
    ['已为您办结购机补贴手续，并对窗口工作人员进行了批评教育。', '推行首问负责制和一次性告知'],
    ['经调查，相关人员存在推诿情况，已责令作出书面检查。', '明确办理时限；公开监督电话'],
  ],
  享乐主义: [
    ['经纪检组核查，反映的问题部分属实，已对相关人员诫勉谈话。', '开展作风纪律专项检查'],
    ['经核查，该车辆系执行公务，未发现公车私用，已向您说明情况。', '完善公车使用登记制度'],
  ],
  奢靡之风: [
    [
      '经核查属实，相关人员已退缴费用并受到党纪处分，局里通报全系统。',
      '通报曝光；建立公务接待清单',
    ],
    ['经核查，所购物品属正常办公需要，未超标准；已将采购清单向您说明。', '公开年度采购计划'],
  ],
  道路交通: [
    ['已安排农机化项目资金对机耕道进行硬化，预计下月完工。', '列入今年农田宜机化改造项目'],
    ['已联系乡镇对坑洼路段进行修补，并加装护栏。', '现场查看；协调交通部门'],
  ],
  城乡建设: [
    ['已责令施工单位返工，监理全程旁站，验收合格后再拨付尾款。', '质量复查；暂停支付工程款'],
    ['已组织人员清淤疏通渠道 1.2 公里，下游稻田已恢复灌溉。', '现场清淤；落实管护责任人'],
  ],
  社会保障: [
    ['经核查，因银行卡信息有误未发放成功，已更正并补发到位。', '核对一卡通信息；补发补贴'],
    ['已向您解释补贴政策，发放标准已在村务公开栏公示。', '政策解读；公示发放名单'],
  ],
  环境卫生: [
    ['执法支队已现场检查，责令养殖场停止排放并限期建设粪污处理设施。', '立案查处；跟踪整改'],
    ['已组织清理田间农药包装废弃物，设置回收点 3 个。', '设立回收点；宣传引导'],
  ],
  行政审批服务: [
    ['已将办理材料清单发给您，并开通网上预审，材料齐全后当场办结。', '一次性告知；网上预审'],
    ['已压缩审批时限至 10 个工作日，您的申请已办结。', '优化流程；容缺受理'],
  ],
  紧急诉求: [
    ['植保站技术人员已到田间指导防治，并免费发放防治药剂。', '现场指导；发放药剂'],
    ['执法支队已查封问题农资，协助您向经销商索赔。', '抽样送检；立案查处'],
  ],
};

/** Which units handle which categories (the first is the usual one). */
const unitsFor: Record<string, string[]> = {
  形式主义: ['inspection', 'office', 'extension'],
  官僚主义: ['inspection', 'machinery', 'seeds'],
  享乐主义: ['inspection'],
  奢靡之风: ['inspection', 'finance'],
  道路交通: ['machinery', 'rural', 'extension'],
  城乡建设: ['rural', 'extension', 'crops'],
  社会保障: ['rural', 'finance', 'machinery'],
  环境卫生: ['livestock', 'enforcement', 'extension_station'],
  行政审批服务: ['seeds', 'enforcement', 'livestock'],
  紧急诉求: ['extension_station', 'extension', 'enforcement', 'livestock'],
};

const surnames = '刘王李张陈杨黄赵周吴彭易钟邹谢罗文袁廖丁邓胡曾肖';
const given =
  '德福 桂兰 春生 秀珍 有才 冬梅 金水 兰英 长根 凤英 石生 桂香 茂林 红梅 水根 翠英 发生 菊花 光明 秋香 建国 丽华'.split(
    ' ',
  );
const ratingComments: Record<TCaseRating, string[]> = {
  satisfied: ['办得很快，谢谢！', '问题解决了，很满意', ''],
  basically: ['问题基本解决，希望以后多来看看', '速度还可以再快一点', ''],
  dissatisfied: ['问题没有解决，只是来看了一下', '答复和实际情况不符', '还是老样子'],
};

type Step = {
  action: TCaseAction;
  fromStatus: TCaseStatus | null;
  toStatus: TCaseStatus | null;
  actorId: string | null;
  actorName: string | null;
  note: string;
  public: boolean;
  at: Date;
};
type Actor = { id: string | null; name: string; role: 'office' | 'cadre' | 'citizen' | 'system' };

/** One case played through the lifecycle: every step checked against the table, as the service does. */
class Story {
  status: TCaseStatus = 'received';
  events: Step[] = [];
  c = {
    assignedOrgId: null as string | null,
    handlerCadreId: null as string | null,
    dueDate: null as string | null,
    answer: null as string | null,
    measures: null as string | null,
    answeredAt: null as Date | null,
    rating: null as TCaseRating | null,
    ratingComment: null as string | null,
    ratedAt: null as Date | null,
    dissatisfiedCount: 0,
    escalated: false,
    publicity: false,
    mergedIntoId: null as string | null,
    signedOffAt: null as Date | null,
  };
  constructor(
    public at: Date,
    submitter: Actor | null,
  ) {
    this.events.push({
      action: 'submit',
      fromStatus: null,
      toStatus: 'received',
      actorId: submitter?.id ?? null,
      actorName: submitter ? submitter.name : null,
      note: '',
      public: true,
      at,
    });
  }

  /** Moves the whole story in time (it is played from a provisional start, then placed). */
  shift(ms: number) {
    const move = (d: Date | null) => (d ? new Date(d.getTime() + ms) : null);
    for (const e of this.events) e.at = move(e.at) as Date;
    this.at = move(this.at) as Date;
    this.c.answeredAt = move(this.c.answeredAt);
    this.c.ratedAt = move(this.c.ratedAt);
    this.c.signedOffAt = move(this.c.signedOffAt);
  }

  get started(): Date {
    return (this.events[0] as Step).at;
  }

  step(action: TCaseAction, by: Actor, hours: number, extra: { note?: string } = {}) {
    const t = transitionOf(action);
    // the system signs off an unrated answer after AUTO_SIGN_OFF_DAYS, as cases.jobs.ts does
    const systemSignOff = by.role === 'system' && action === 'sign_off';
    if (by.role === 'system' ? !systemSignOff : !mayAct(t, by.role)) {
      throw new Error(`demo cases: ${by.role} may not ${action}`);
    }
    if (!t.from.includes(this.status)) {
      throw new Error(`demo cases: cannot ${action} from ${this.status}`);
    }
    this.at = new Date(this.at.getTime() + hours * HOUR);
    const from = this.status;
    let to: TCaseStatus = t.to === 'same' || t.to === 'by_rating' ? from : t.to;
    let note = extra.note ?? '';
    if (action === 'rate') {
      const rating = this.c.rating as TCaseRating;
      const after = statusAfterRating(rating, this.c.dissatisfiedCount);
      to = after.status;
      if (rating === 'dissatisfied') this.c.dissatisfiedCount++;
      if (to === 'in_progress') this.c.rating = null;
      if (after.escalate) this.c.escalated = true;
      this.c.ratedAt = this.at;
      const comment = this.c.ratingComment;
      note = `${caseRatingLabels[rating]}${comment ? `：${comment}` : ''}${
        after.escalate ? '（再次不满意，已转局活动办）' : ''
      }`;
    }
    if (action === 'answer') this.c.answeredAt = this.at;
    if (action === 'sign_off') {
      if (!systemSignOff && this.c.rating !== 'satisfied' && this.c.rating !== 'basically') {
        throw new Error('demo cases: sign off needs 满意 or 基本满意');
      }
      this.c.signedOffAt = this.at;
    }
    this.status = to;
    this.events.push({
      action,
      fromStatus: from,
      toStatus: to,
      actorId: by.id,
      actorName: by.role === 'citizen' || by.role === 'system' ? null : by.name,
      note,
      public: t.public,
      at: this.at,
    });
  }
}

function trackingCodes(r: Rng) {
  const seen = new Set<string>();
  return () => {
    for (;;) {
      let code = '';
      for (let i = 0; i < TRACKING_CODE_LENGTH; i++) code += r.pick([...TRACKING_ALPHABET]);
      if (!seen.has(code)) {
        seen.add(code);
        return code;
      }
    }
  };
}

/** Which way a case went; weights sum to 100. */
const STORIES = [
  ['received', 6],
  ['accepted', 4],
  ['not_accepted', 4],
  ['merged', 4],
  ['assigned', 8],
  ['in_progress', 12],
  ['overdue', 6],
  ['returned', 3],
  ['answered', 7],
  ['rated', 5],
  ['reopened', 3],
  ['twice_dissatisfied', 2],
  ['signed_off', 30],
  ['auto_signed_off', 6],
] as const;
type StoryKind = (typeof STORIES)[number][0];

function storyOf(i: number, r: Rng): StoryKind {
  // the first ones walk every story once, so each status is there whatever the dice say
  if (i < STORIES.length) return STORIES[i]?.[0] as StoryKind;
  let x = r.int(100);
  for (const [kind, weight] of STORIES) {
    if (x < weight) return kind;
    x -= weight;
  }
  return 'signed_off';
}

/** Loads the demo cases; reads the demo bureau, cadres and accounts already in `tx`. */
export async function loadDemoCases(tx: Tx, now = new Date()): Promise<void> {
  const r = rng(20140214);
  const nextCode = trackingCodes(r);
  const today = todayInChina(now);
  const yearStart = new Date(`${today.slice(0, 4)}-01-01T08:00:00+08:00`);

  const orgRows = await tx.select({ id: orgs.id, name: orgs.name }).from(orgs);
  const orgIdByKey = new Map(
    demoOrgs.map((o) => [o.key, orgRows.find((x) => x.name === o.name)?.id]),
  );
  const cadreRows = await tx
    .select({ id: cadres.id, name: cadres.name, orgId: cadres.orgId })
    .from(cadres);
  const userRows = await tx
    .select({ id: users.id, username: users.username, name: users.name, cadreId: users.cadreId })
    .from(users);
  const categories = await tx
    .select({
      id: caseCategories.id,
      name: caseCategories.name,
      kind: caseCategories.kind,
      timeLimitDays: caseCategories.timeLimitDays,
      acceptDays: caseCategories.acceptDays,
    })
    .from(caseCategories);
  const officeUser = userRows.find((u) => u.username === 'office');
  const cadreUser = userRows.find((u) => u.username === 'cadre');
  if (!officeUser || !cadreUser?.cadreId) throw new Error('demo cases: demo accounts missing');
  const office: Actor = { id: officeUser.id, name: officeUser.name, role: 'office' };
  const demoCadre = cadreRows.find((c) => c.id === cadreUser.cadreId);
  if (!demoCadre) throw new Error('demo cases: demo cadre missing');
  const extensionId = orgIdByKey.get('extension');
  const actorFor = (cadreId: string): Actor =>
    cadreId === demoCadre.id
      ? { id: cadreUser.id, name: cadreUser.name, role: 'cadre' }
      : // cadres without an account: the step is recorded in their name
        { id: null, name: cadreRows.find((c) => c.id === cadreId)?.name ?? '', role: 'cadre' };
  const citizen: Actor = { id: null, name: '', role: 'citizen' };
  const system: Actor = { id: null, name: '', role: 'system' };

  /** A unit for the category and a cadre of that unit (the demo cadre for many extension cases). */
  const handlerFor = (category: string) => {
    const keys = unitsFor[category] ?? ['office'];
    const key = r.chance(0.6) ? (keys[0] as string) : r.pick(keys);
    const orgId = orgIdByKey.get(key) as string;
    const staff = cadreRows.filter((c) => c.orgId === orgId);
    const cadreId =
      orgId === extensionId && r.chance(0.6) ? demoCadre.id : (r.pick(staff)?.id ?? demoCadre.id);
    return { orgId, cadreId };
  };

  type Built = {
    row: typeof cases.$inferInsert;
    story: Story;
    kind: StoryKind;
  };
  const built: Built[] = [];
  const channelsUsed = new Set<TCaseChannel>();
  const groupsLeft = [...RESPONDENT_GROUPS];

  for (let i = 0; i < DEMO_CASE_COUNT; i++) {
    const kind = storyOf(i, r);
    const category =
      i < categories.length ? (categories[i] as (typeof categories)[number]) : r.pick(categories);
    const channel: TCaseChannel =
      i < CASE_CHANNELS.length * 2
        ? (CASE_CHANNELS[i % CASE_CHANNELS.length] as TCaseChannel)
        : r.chance(0.3)
          ? 'web'
          : r.pick(CASE_CHANNELS);
    channelsUsed.add(channel);
    const respondentGroup: TRespondentGroup | null =
      channel === 'field_interview' ? (groupsLeft.shift() ?? r.pick(RESPONDENT_GROUPS)) : null;
    const place = r.pick(places);
    const content = r
      .pick(contents[category.name] ?? genericContent[category.kind])
      .replace('{p}', place);
    const anonymous = channel !== 'field_interview' && r.chance(0.15);
    const name = anonymous ? null : `${r.pick([...surnames])}${r.pick(given)}`;
    const phone =
      anonymous || (channel !== 'sms' && r.chance(0.2))
        ? null
        : `1${r.pick(['35', '39', '58', '82', '87'])}${String(r.int(100_000_000)).padStart(8, '0')}`;
    const staffEntered = channel !== 'web' && channel !== 'email' && channel !== 'sms';

    // played from a provisional start, then placed in the year so that it ends before now
    const story = new Story(yearStart, staffEntered ? office : null);
    const { orgId, cadreId } = handlerFor(category.name);
    const handler = actorFor(cadreId);
    const assign = () => {
      story.step('assign', office, 2 + r.int(40));
      story.c.assignedOrgId = orgId;
      story.c.handlerCadreId = cadreId;
    };
    const pickAnswer = (): [string, string] =>
      r.pick(answers[category.name] ?? [['已办理并答复。', '']]);
    const answer = (hours: number) => {
      const [text, measures] = pickAnswer();
      story.step('answer', handler, hours);
      story.c.answer = text;
      story.c.measures = measures || null;
      story.c.rating = null;
      story.c.ratingComment = null;
      story.c.ratedAt = null;
    };
    const rate = (rating: TCaseRating) => {
      story.c.rating = rating;
      story.c.ratingComment = r.pick(ratingComments[rating]) || null;
      story.step('rate', citizen, 24 + r.int(96));
    };
    const work = (days: number) => {
      story.step('start', handler, 4 + r.int(40));
      if (r.chance(0.3))
        story.step('note', handler, 24 + r.int(48), { note: '已到现场查看，正在协调' });
      answer(days * 24);
    };

    switch (kind) {
      case 'received':
        break;
      case 'accepted':
        story.step('accept', office, 1 + r.int(20));
        break;
      case 'not_accepted':
        story.step('not_accept', office, 4 + r.int(40), {
          note: r.pick([
            '不属于本局职责范围，已告知向当地人民政府反映',
            '反映内容不具体，无法核实；已电话联系未接通',
            '属于司法程序处理的事项，已告知依法通过诉讼解决',
          ]),
        });
        break;
      case 'merged':
        break; // merged below, once the earlier cases exist
      case 'assigned':
        story.step('accept', office, 1 + r.int(10));
        assign();
        break;
      case 'in_progress':
      case 'overdue':
        story.step('accept', office, 1 + r.int(10));
        assign();
        if (r.chance(0.25)) {
          const to = handlerFor(category.name);
          story.step('transfer', office, 24, { note: '涉及其他单位职责，转交办理' });
          story.c.assignedOrgId = to.orgId;
          story.c.handlerCadreId = to.cadreId;
        }
        story.step('start', actorFor(story.c.handlerCadreId as string), 4 + r.int(30));
        break;
      case 'returned':
        story.step('accept', office, 2);
        assign();
        story.step('return', office, 24 + r.int(48), {
          note: '承办单位反映不属其职责，退回重新交办',
        });
        break;
      case 'answered':
        story.step('accept', office, 2);
        assign();
        work(2 + r.int(6));
        break;
      case 'rated':
        story.step('accept', office, 2);
        assign();
        work(3 + r.int(8));
        rate(r.chance(0.6) ? 'satisfied' : 'basically');
        break;
      case 'reopened':
        story.step('accept', office, 2);
        assign();
        work(3 + r.int(6));
        rate('dissatisfied');
        break;
      case 'twice_dissatisfied':
        story.step('accept', office, 2);
        assign();
        work(3 + r.int(5));
        rate('dissatisfied');
        answer((2 + r.int(5)) * 24);
        rate('dissatisfied');
        break;
      case 'signed_off': {
        story.step('accept', office, 2);
        assign();
        work(2 + r.int(12));
        if (r.chance(0.15)) {
          rate('dissatisfied');
          answer((2 + r.int(5)) * 24);
        }
        rate(r.chance(0.7) ? 'satisfied' : 'basically');
        story.step('sign_off', office, 24 + r.int(72));
        break;
      }
      case 'auto_signed_off':
        story.step('accept', office, 2);
        assign();
        work(2 + r.int(10));
        story.step('sign_off', system, AUTO_SIGN_OFF_DAYS * 24 + 1, {
          note: `答复后 ${AUTO_SIGN_OFF_DAYS} 天未评价，自动销号`,
        });
        break;
    }
    // place the story: how long before now its last step was taken
    const ago: Record<StoryKind, () => number> = {
      received: () => (1 + r.int(7 * 24)) * HOUR,
      accepted: () => (1 + r.int(7 * 24)) * HOUR,
      assigned: () => (1 + r.int(5 * 24)) * HOUR,
      in_progress: () => (1 + r.int(5 * 24)) * HOUR,
      // an unrated answer waits for the citizen less than AUTO_SIGN_OFF_DAYS
      answered: () => (2 + r.int(AUTO_SIGN_OFF_DAYS - 5)) * DAY,
      merged: () => 0,
      // past its due date: the longest time limit (15 working days) is 21 days
      overdue: () => (25 + r.int(30)) * DAY,
      not_accepted: () => 0,
      returned: () => 0,
      rated: () => 0,
      reopened: () => 0,
      twice_dissatisfied: () => 0,
      signed_off: () => 0,
      auto_signed_off: () => 0,
    };
    const duration = story.at.getTime() - story.started.getTime();
    const minAgo = ago[kind]();
    // a merge is decided up to a day and a half after the submission (below)
    const margin = kind === 'merged' ? 2 * DAY : HOUR;
    const latestStart = now.getTime() - duration - Math.max(minAgo, margin);
    const start =
      minAgo > 0 || latestStart <= yearStart.getTime()
        ? latestStart
        : yearStart.getTime() + r.next() * (latestStart - yearStart.getTime());
    story.shift(start - story.started.getTime());
    // the time limit runs from the last assignment (交办 or 转办), in working days
    const lastAssign = story.events
      .filter((e) => e.action === 'assign' || e.action === 'transfer')
      .at(-1);
    if (lastAssign) {
      story.c.dueDate = addWorkingDays(todayInChina(lastAssign.at), category.timeLimitDays);
    }
    // 办成实事: about a third of the settled cases are published
    const settled = story.status === 'signed_off' || story.status === 'answered';
    if (settled && r.chance(0.35)) story.c.publicity = true;

    const [lat, lng] = channel === 'web' && r.chance(0.5) ? (placeLatLng[place] ?? []) : [];
    built.push({
      kind,
      story,
      row: {
        id: uuidv7(),
        trackingCode: nextCode(),
        channel,
        respondentGroup,
        categoryId: category.id,
        acceptDueOn: addWorkingDays(todayInChina(story.started), category.acceptDays),
        content,
        citizenName: name,
        citizenPhone: phone,
        citizenEmail:
          channel === 'email' && !anonymous ? `villager${100 + i}@mail.example.com` : null,
        address:
          channel === 'field_interview' || channel === 'web' || channel === 'letter' ? place : null,
        lat: lat ?? null,
        lng: lng ?? null,
        externalRef:
          channel === 'email'
            ? `<demo-${i}@mail.example.com>`
            : channel === 'sms'
              ? `demo-sms-${i}`
              : null,
        anonymous,
        // a tenth is written to a cadre by name (the QR code of his connection card)
        addresseeCadreId:
          r.chance(0.1) || i % 37 === 5 ? (i % 3 === 0 ? cadreId : demoCadre.id) : null,
        enteredBy: staffEntered ? officeUser.id : null,
        createdAt: story.started,
      },
    });
  }
  if (channelsUsed.size !== CASE_CHANNELS.length)
    throw new Error('demo cases: a channel is missing');

  // merges: into an earlier case of the same category that is still a live one
  built.sort((a, b) => (a.row.createdAt as Date).getTime() - (b.row.createdAt as Date).getTime());
  const mergeNotes: Step[] = [];
  const mergeTargets = new Map<Step, string>();
  for (const [k, b] of built.entries()) {
    if (b.kind !== 'merged') continue;
    const target =
      built
        .slice(0, k)
        .reverse()
        .find(
          (x) =>
            x.row.categoryId === b.row.categoryId &&
            x.story.status !== 'merged' &&
            x.story.status !== 'not_accepted',
        ) ??
      built
        .slice(0, k)
        .find((x) => x.story.status !== 'merged' && x.story.status !== 'not_accepted');
    if (!target) {
      b.story.step('not_accept', office, 4, { note: '反映内容不具体，无法核实' });
      continue;
    }
    b.story.step('merge', office, 3 + r.int(30), {
      note: `合并到 ${target.row.trackingCode}；同一问题重复反映`,
    });
    b.story.c.mergedIntoId = target.row.id as string;
    const note: Step = {
      action: 'note',
      fromStatus: null,
      toStatus: null,
      actorId: office.id,
      actorName: office.name,
      note: `${b.row.trackingCode} 已合并到本件`,
      public: false,
      at: b.story.at,
    };
    mergeNotes.push(note);
    mergeTargets.set(note, target.row.id as string);
  }

  // overdue: an open case past its due date was escalated by the hourly job the day after
  for (const b of built) {
    const s = b.story;
    const open = s.status === 'assigned' || s.status === 'in_progress';
    if (open && s.c.dueDate && s.c.dueDate < today) {
      s.c.escalated = true;
      s.events.push({
        action: 'note',
        fromStatus: null,
        toStatus: null,
        actorId: null,
        actorName: null,
        note: `已超过办理时限（${s.c.dueDate}），已提醒单位管理员和局活动办`,
        public: false,
        at: new Date(
          Math.min(Date.parse(`${addDays(s.c.dueDate, 1)}T09:00:00+08:00`), now.getTime()),
        ),
      });
    }
  }

  const caseRows = built.map((b) => ({
    ...b.row,
    ...b.story.c,
    status: b.story.status,
    updatedAt: new Date(Math.max(...b.story.events.map((e) => e.at.getTime()))),
  }));
  for (let k = 0; k < caseRows.length; k += 100) {
    await tx.insert(cases).values(caseRows.slice(k, k + 100));
  }
  const eventRows = [
    ...built.flatMap((b) => b.story.events.map((e) => ({ ...e, caseId: b.row.id as string }))),
    ...mergeNotes.map((e) => ({ ...e, caseId: mergeTargets.get(e) as string })),
  ];
  for (let k = 0; k < eventRows.length; k += 500) {
    await tx.insert(caseEvents).values(eventRows.slice(k, k + 500));
  }
  await audit(
    tx,
    { actor: null, ip: null },
    {
      action: 'import',
      entity: 'case',
      entityId: null,
      summary: `载入演示诉求件：${caseRows.length} 件`,
    },
  );
}
