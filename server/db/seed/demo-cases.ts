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
import { summarizeCaseEvents } from '../../modules/cases/cases.repo.ts';
import { mayAct, statusAfterRating, transitionOf } from '../../modules/cases/lifecycle.ts';
import { addWorkingDays } from '../../modules/holidays/working-days.ts';
import { settingsCatalog } from '../../modules/settings/settings.catalog.ts';
import type { Tx } from '../client.ts';
import { cadres, caseCategories, caseEvents, cases, orgs, users } from '../schema/index.ts';
import { auditDemoLoad } from './demo-audit.ts';
import { demoOrgs } from './demo-data.ts';
import { type Rng, rng } from './rng.ts';

/** 答复后自动销号天数 at its 2014 value (系统设置 cases.autoSignOffDays) */
const AUTO_SIGN_OFF_DAYS = settingsCatalog['cases.autoSignOffDays'].default;

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

/**
 * What people write, by category (`{p}` is a place), each complaint with the answers (and
 * measures) that fit it — a 办成实事 entry is published as complaint and answer side by side — and,
 * where the category's usual units do not fit it, the units that would handle it.
 */
export type Complaint = { text: string; answers: [string, string][]; units?: string[] };
/**
 * The complaints as text, by category (its name, or its kind for the catch-all categories):
 * `## 类别` opens a category, a plain line is a complaint, `@ units` the units that would handle it,
 * and each `= answer | measures` an answer that fits it.
 */
const COMPLAINTS = `
## 形式主义
{p}农技培训只拍照留痕，讲课不到半小时就散会，群众学不到东西。
= 经核查，该次培训时间不足、内容空泛，反映属实。已责令举办单位重新组织，改为田间课堂，由农技人员现场讲解水稻病虫害防治，培训后逐户回访。 | 约谈培训负责人；建立培训效果回访制度
= 今年剩余的农技培训已全部改到田间地头开展，每次不少于半天，并请参训群众评价打分，评价结果与培训经费挂钩。 | 培训下田；群众评价打分
村里一个月要填七八张农业统计表格，内容大量重复，村干部忙于应付检查，没有时间下田。
= 经梳理，向村级下发的农业统计报表中有 5 张内容重复，已全部取消，今后统计数据一次采集、各科室共享使用。 | 清理重复报表；数据共享
= 已督促相关站所精简报表，每月报送村级的表格由 8 张减为 3 张，并停止以报表代替检查的做法。 | 精简报表；通报整改
{p}的水稻示范田只插了块牌子，实际没有按方案种植，检查时临时找人补苗。
= 经现场核查，该示范田确未按实施方案种植，已责令承担单位按方案整改并暂停拨付示范项目资金，秋收前组织验收。 | 现场核查；暂停拨付项目资金
= 已对全市水稻示范田逐块检查，对 3 处未按方案实施的示范点通报批评并收回项目，示范田名单和检查结果已公示。 | 全面排查；公示检查结果
乡镇农业站会议一个接一个，传达文件照本宣科，会后没有任何落实措施。
= 已要求各乡镇农业站合并同类会议，能用文件、电话部署的不再开会；每次会议须明确落实事项和责任人，局里每季度抽查落实情况。 | 精简会议；落实情况季度抽查
春耕督导组到{p}只在村部看材料，没有到田间地头看一看。
= 已对该督导组提出批评，并要求重新到田间查看春耕备耕情况；今后春耕督导以实地查看为主，督导记录须附田间照片和走访农户名单。 | 重新督导；改进督导方式

## 官僚主义
到农机站办理购机补贴，工作人员相互推诿，前后让我跑了三趟还没办成。
@ machinery inspection
= 已为您办结购机补贴申请手续，补贴资金在审核公示后发放；对推诿的窗口工作人员已批评教育。 | 推行首问负责制和一次性告知
= 经调查，窗口存在推诿情况，相关人员已作出书面检查；购机补贴现实行一窗受理，材料齐全当场受理。 | 一窗受理；公开监督电话
多次反映{p}耕地抛荒问题，乡里说不归他们管，让找农业局，农业局又让找乡里。
@ rural crops
= 已会同乡镇实地查看抛荒地块 30 余亩，明确由乡镇牵头、农业部门提供技术和政策支持，已引导种粮大户流转复耕。 | 现场查看；明确责任单位；引导流转复耕
办事窗口工作人员态度生硬，上班时间玩手机，问政策爱答不理。
@ inspection
= 经调看窗口监控，反映情况属实，已对该工作人员诫勉谈话并调离窗口岗位，窗口服务纳入群众评议。 | 调整窗口人员；服务评议
种子经营备案材料交了两个月没有任何回音，打电话也找不到经办人。
@ seeds inspection
= 经核查，您的备案材料因经办人调岗未及时移交，现已办结备案并电话告知您；已建立备案材料交接登记制度。 | 办结备案；建立交接登记制度
反映的灌溉问题被要求层层写报告，拖了一个多月没人来现场。
@ rural extension
= 已派技术人员到现场查看灌溉设施，协调乡镇修复了损坏的涵闸，已恢复灌溉；今后群众反映的问题先到现场、后补材料。 | 现场办理；修复涵闸

## 享乐主义
反映某站工作人员工作日中午在{p}的饭店饮酒，下午上班满身酒气。
= 经局监察室核查，反映情况属实，已对当事人诫勉谈话，并在全局通报，重申工作日午间禁酒规定。 | 诫勉谈话；全局通报
= 经调取考勤记录并走访该饭店，未发现该站人员工作日午间饮酒的情况，已当面向您说明核查经过，欢迎继续监督。 | 调查核实；当面说明
有干部上班时间在办公室打牌，群众来办事要等半天。
= 经核查属实，已对涉事干部给予党内警告处分，并开展作风纪律专项检查，每周不定期抽查在岗情况。 | 党纪处分；在岗情况不定期抽查
以调研为名到{p}农家乐游玩，调研报告却是从网上抄的。
= 经核查，该次调研确有借机游玩的情况，调研报告不合格；相关人员已退回差旅费用并作出检查，须重新实地调研后提交报告。 | 退回费用；重新调研
周末看到一辆公车停在水库边，有人开公车去钓鱼。
= 经核查派车记录和行车轨迹，该车当日系执行水库渔业生产检查公务，未发现公车私用，已向您说明情况。 | 完善公车使用登记制度
= 经核查派车记录和行车轨迹，该车当日未经派车外出，属公车私用，驾驶人已受到党纪处分并退赔费用。 | 党纪处分；公车定位管理

## 奢靡之风
某站借检查之机在{p}的酒店大吃大喝，一晚上摆了三桌，还喝了高档白酒。
= 经核查属实，相关人员已退缴全部费用并受到党纪处分，局里已在全系统通报曝光。 | 通报曝光；建立公务接待清单
年底突击花钱，购买高档办公桌椅和茶具，办公室堆得放不下。
= 经核查采购记录，所购桌椅系更换损坏的旧家具，未超配置标准，茶具为个人自购；采购清单已向您说明。 | 公开年度采购计划
= 经核查，该单位年底超标准采购办公家具，已责令退货并追究相关负责人责任，全局开展办公用品采购专项检查。 | 责令退货；专项检查
有干部为子女操办升学宴，宴请范围很大，收受礼金。
= 经核查属实，涉事干部已退还收受的礼金，并受到党内严重警告处分。 | 党纪处分；落实婚丧喜庆事宜报告制度
用公款购买土特产和购物卡，节前送给上级部门。
= 经审查财务账目，反映问题属实，相关费用已由责任人个人承担，主要负责人被诫勉谈话，局里开展节日期间“四风”问题专项检查。 | 财务审查；节日专项检查

## 道路交通
{p}机耕道年久失修，雨后泥泞不堪，收割机下不了田。
@ machinery rural
= 已将该段机耕道列入今年农田宜机化改造项目，硬化 1.5 公里，预计下月完工；完工前先铺碎石，保障秋收机械通行。 | 列入农田宜机化改造项目；临时铺石
{p}通组公路坑洼不平，雨天积水，村民出行和运送农资都很困难。
@ rural extension
= 已协调乡镇和交通部门修补坑洼路段，并疏通路边排水沟，雨天积水问题已解决。 | 现场查看；协调交通部门
{p}村口小桥护栏损坏，学生上学经过很危险，希望尽快修复。
@ rural
= 已协调乡镇修复小桥护栏；修复前设置了警示标志，并请村里安排人员在上学时段看护。 | 设置警示标志；修复护栏
产业路只修了一半就停工了，果园的橙子运不出去。
@ rural extension
= 经了解，该产业路因工程款未结算停工，已协调项目资金到位，施工单位已复工，预计采摘季前通车。 | 协调项目资金；督促复工

## 城乡建设
{p}高标准农田建设项目施工质量差，水渠刚修好就开裂漏水。
= 已责令施工单位对开裂渠段返工，监理全程旁站，验收合格后再拨付尾款。 | 质量复查；暂停支付工程款
{p}灌溉渠道被淤泥堵塞，下游几十亩稻田缺水，请求尽快清淤。
= 已组织人员清淤疏通渠道 1.2 公里，下游稻田已恢复灌溉。 | 现场清淤；落实管护责任人
{p}山塘漏水严重，担心汛期安全，也影响下半年灌溉。
@ rural
= 已组织技术人员现场查看，山塘已降低水位运行并安排专人巡查；防渗加固已列入今冬小型农田水利建设项目。 | 降低水位；专人巡查；列入加固计划
育秧大棚建设补助申请了半年，项目迟迟没有动工。
@ crops extension
= 经核查，您的育秧大棚补助已审核通过，因招标延误未动工；现已完成招标，施工单位下周进场，补助资金按进度拨付。 | 督促招标进度；按进度拨付

## 社会保障
今年的耕地地力保护补贴还没有到账，一卡通查不到记录。
@ finance rural
= 经核查，因一卡通银行账号信息有误未发放成功，已更正并补发到位。 | 核对一卡通信息；补发补贴
种粮大户补贴的发放标准不清楚，希望公开具体的面积和金额。
= 已向您解释种粮大户补贴政策；各户的补贴面积、标准和金额已在村务公开栏和局门户网站公示。 | 政策解读；公示发放名单
生猪养殖保险出险三个月，理赔款迟迟不到位。
@ livestock finance
= 已约谈承保公司，督促其完成定损理赔，您的理赔款已于本周到账；今后超过规定时限理赔的将予通报。 | 约谈承保公司；督促理赔
农机购置补贴申请后一直没有兑现，经销商说要等局里审批。
@ machinery
= 经查，您的农机购置补贴已审核通过，因资金分批下达而延迟，现已兑付到您的账户。 | 加快审核兑付；公示进度
水稻种植保险受灾定损不合理，赔付金额太低。
@ crops finance
= 已会同承保公司和乡镇重新到田间查勘，按实际受灾面积和程度重新核定赔付金额，差额已补付。 | 重新查勘定损；补付差额

## 环境卫生
{p}养猪场粪污直排河道，气味很大，河水发黑。
@ livestock enforcement
= 执法人员已现场检查，责令养殖场立即停止排放并限期建设粪污处理设施，已立案查处并跟踪整改。 | 立案查处；跟踪整改
{p}田边农药包装废弃物随意丢弃，下雨后冲进水沟。
@ extension_station enforcement
= 已组织清理田间农药包装废弃物，在村里设置回收点 3 个。 | 设立回收点；宣传引导
{p}有人焚烧秸秆，烟雾很大，影响群众生活。
@ crops extension
= 已会同乡镇开展秸秆禁烧巡查，对焚烧户进行教育劝导，并推广秸秆还田和离田收储，提供机械作业补助。 | 禁烧巡查；推广秸秆综合利用
有人把病死猪丢在{p}的山沟里，担心传染疫病。
@ livestock
= 已对病死猪进行无害化处理并对现场消毒，正在追查丢弃者；同时向周边养殖户宣传病死畜禽统一收集处理政策。 | 无害化处理；现场消毒；追查来源

## 行政审批服务
想开农资店，农药经营许可证办理需要哪些材料，能否一次告知？
@ enforcement extension_station
= 已将农药经营许可证办理材料清单发给您，并开通网上预审，材料齐全后当场受理。 | 一次性告知；网上预审
希望农资经营备案能在网上办理，不用专门跑到市里。
@ seeds enforcement
= 农资经营备案已纳入网上办理事项，您可在政务服务网提交材料，审核结果短信告知，无需到现场。 | 开通网上办理
动物防疫条件合格证审批时间太长，养殖场迟迟不能投产。
@ livestock
= 已将动物防疫条件合格证审批时限压缩至 10 个工作日并实行容缺受理，您的申请已完成现场审核并发证。 | 优化流程；容缺受理
种子生产经营许可证变更法人，手续繁琐，需要的证明太多。
@ seeds
= 已精简变更所需材料，取消 3 项可由部门间核验的证明，您的法人变更已办结。 | 精简材料；部门间核验

## 紧急诉求
{p}稻飞虱大面积暴发，叶子发黄，急需植保技术指导。
@ extension_station extension
= 植保站技术人员已到田间查看虫情，指导统防统治，并免费发放防治药剂。 | 现场指导；发放药剂
昨晚暴雨冲垮了{p}的田埂和水渠，请求尽快组织抢修。
@ rural crops
= 已组织技术人员和村民连夜抢修，冲毁的田埂已重新夯筑，水渠缺口已用沙袋封堵；汛后将列入水毁设施修复项目彻底修复。 | 组织抢修；列入水毁修复项目
家里养的鸡群两天内死了一百多只，怀疑是疫病，请求兽医上门。
@ livestock
= 兽医人员已上门采样检测，确诊为新城疫，已指导鸡舍消毒和病死鸡无害化处理，并为存栏鸡群紧急免疫。 | 上门采样；紧急免疫；无害化处理
购买的杂交水稻种子发芽率不到五成，担心误了农时。
@ seeds enforcement
= 已对该批次种子抽样送检，确认发芽率不合格，已责令经销商下架并依法赔偿，同时调剂合格种子帮助您及时补种。 | 抽样送检；责令赔偿；调剂种子
在{p}买到假化肥，秧苗烧死一大片，请求执法部门查处。
@ enforcement
= 执法支队已查封问题化肥并抽样送检，对经销商立案查处，并协助您依法索赔。 | 抽样送检；立案查处

## four_winds
反映{p}有干部作风不实，群众意见较大，请求调查处理。
= 经核查，反映的问题部分属实，已对相关干部批评教育并责令整改，整改情况将向您反馈。 | 调查核实；批评教育；跟踪整改

## livelihood
{p}群众反映生产生活中遇到困难，希望有关部门帮助解决。
= 已安排干部上门了解具体困难，协调落实农技指导和惠农政策帮扶，后续将定期回访。 | 上门了解；落实帮扶；定期回访
`;

function parseComplaints(text: string): Record<string, Complaint[]> {
  const out: Record<string, Complaint[]> = {};
  let list: Complaint[] = [];
  for (const line of text.trim().split('\n')) {
    const last = list[list.length - 1];
    if (line.startsWith('## ')) {
      list = [];
      out[line.slice(3)] = list;
    } else if (line.startsWith('@ ') && last) last.units = line.slice(2).split(' ');
    else if (line.startsWith('= ') && last) {
      const [answer = '', measures = ''] = line.slice(2).split(' | ');
      last.answers.push([answer, measures]);
    } else if (line) list.push({ text: line, answers: [] });
  }
  return out;
}

const { four_winds = [], livelihood = [], ...complaints } = parseComplaints(COMPLAINTS);
const genericComplaints: Record<TCaseCategoryKind, Complaint[]> = { four_winds, livelihood };

/** Every complaint the demo writes, with the answers that fit it (demo.test.ts checks the cases). */
export const DEMO_COMPLAINTS: readonly Complaint[] = [
  ...Object.values(complaints).flat(),
  ...Object.values(genericComplaints).flat(),
];

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

/**
 * The 2015 campaign's cases (issue 14 §3: its own data for 比去年同期): all settled by now — most
 * answered, rated and signed off (some after their time limit), some signed off unrated, a few not
 * accepted or merged — so no case of 2015 is still open today.
 */
const STORIES_2015 = [
  ['not_accepted', 8],
  ['merged', 5],
  ['signed_off', 70],
  ['auto_signed_off', 17],
] as const satisfies readonly (readonly [StoryKind, number])[];

type Stories = readonly (readonly [StoryKind, number])[];

function storyOf(i: number, r: Rng, stories: Stories = STORIES): StoryKind {
  // the first ones walk every story once, so each status is there whatever the dice say
  if (i < stories.length) return stories[i]?.[0] as StoryKind;
  let x = r.int(100);
  for (const [kind, weight] of stories) {
    if (x < weight) return kind;
    x -= weight;
  }
  return 'signed_off';
}

/** How many cases the 2015 campaign's year had (January to the campaign's end). */
export const DEMO_CASE_COUNT_2015 = 120;
/** The 2015 batch is played as if it were the evening of the 2015 campaign's last day. */
const END_2015 = new Date('2015-09-30T18:00:00+08:00');

/**
 * Loads the demo cases — this year's and, for the 2015 campaign, that year's — reading the demo
 * bureau, cadres and accounts already in `tx`.
 */
export async function loadDemoCases(tx: Tx, now = new Date()): Promise<void> {
  await loadCaseBatch(tx, {
    now,
    seed: 20140214,
    count: DEMO_CASE_COUNT,
    stories: STORIES,
    tag: '',
  });
  await loadCaseBatch(tx, {
    now: END_2015,
    seed: 20150201,
    count: DEMO_CASE_COUNT_2015,
    stories: STORIES_2015,
    tag: '2015-',
  });
}

/** One year's cases, placed between its 1 January and `now`; `tag` keeps channel ids apart. */
async function loadCaseBatch(
  tx: Tx,
  batch: { now: Date; seed: number; count: number; stories: Stories; tag: string },
): Promise<void> {
  const { now } = batch;
  const r = rng(batch.seed);
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

  /** A unit for the complaint and a cadre of that unit (the demo cadre for many extension cases). */
  const handlerFor = (category: string, complaint: Complaint) => {
    const keys = complaint.units ?? unitsFor[category] ?? ['office'];
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

  for (let i = 0; i < batch.count; i++) {
    const kind = storyOf(i, r, batch.stories);
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
    const complaint = r.pick(complaints[category.name] ?? genericComplaints[category.kind]);
    const content = complaint.text.replace('{p}', place);
    const anonymous = channel !== 'field_interview' && r.chance(0.15);
    const name = anonymous ? null : `${r.pick([...surnames])}${r.pick(given)}`;
    const phone =
      anonymous || (channel !== 'sms' && r.chance(0.2))
        ? null
        : `1${r.pick(['35', '39', '58', '82', '87'])}${String(r.int(100_000_000)).padStart(8, '0')}`;
    const staffEntered = channel !== 'web' && channel !== 'email' && channel !== 'sms';

    // played from a provisional start, then placed in the year so that it ends before now
    const story = new Story(yearStart, staffEntered ? office : null);
    const { orgId, cadreId } = handlerFor(category.name, complaint);
    const handler = actorFor(cadreId);
    const assign = () => {
      story.step('assign', office, 2 + r.int(40));
      story.c.assignedOrgId = orgId;
      story.c.handlerCadreId = cadreId;
    };
    // the answer is one written for this complaint, never another one of its category
    const pickAnswer = (): [string, string] => r.pick(complaint.answers);
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
        story.step('note', handler, 24 + r.int(48), { note: '已开展调查核实，正在协调办理' });
      answer(days * 24);
    };
    /** accepted in its 2nd hour, assigned, and answered `days` plus 0 to `spread` − 1 days later */
    const handled = (days: number, spread: number) => {
      story.step('accept', office, 2);
      assign();
      work(days + r.int(spread));
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
          const to = handlerFor(category.name, complaint);
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
        handled(2, 6);
        break;
      case 'rated':
        handled(3, 8);
        rate(r.chance(0.6) ? 'satisfied' : 'basically');
        break;
      case 'reopened':
        handled(3, 6);
        rate('dissatisfied');
        break;
      case 'twice_dissatisfied':
        handled(3, 5);
        rate('dissatisfied');
        answer((2 + r.int(5)) * 24);
        rate('dissatisfied');
        break;
      case 'signed_off': {
        handled(2, 12);
        if (r.chance(0.15)) {
          rate('dissatisfied');
          answer((2 + r.int(5)) * 24);
        }
        rate(r.chance(0.7) ? 'satisfied' : 'basically');
        story.step('sign_off', office, 24 + r.int(72));
        break;
      }
      case 'auto_signed_off':
        handled(2, 10);
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
            ? `<demo-${batch.tag}${i}@mail.example.com>`
            : channel === 'sms'
              ? `demo-sms-${batch.tag}${i}`
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
  // the cases' summary columns of their events (kept on write by the app, bulk-loaded here)
  await summarizeCaseEvents(tx);
  await auditDemoLoad(
    tx,
    'case',
    `载入演示诉求件：${batch.tag ? `${batch.tag.slice(0, 4)} 年 ` : ''}${caseRows.length} 件`,
  );
}
