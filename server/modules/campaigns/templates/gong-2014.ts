import type { TActivityModule, TCampaignTemplate } from '../../../../common/campaigns.ts';
import type { TRank } from '../../../../common/org.ts';

/** A built-in campaign: data only; `createCampaignFromTemplate` turns it into rows. */
export type CampaignTemplate = {
  key: TCampaignTemplate;
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  phases: { name: string; startDate: string; endDate: string }[];
  /** `phase` is the index into `phases` */
  activities: {
    number: number;
    phase: number;
    module: TActivityModule;
    title: string;
    description: string;
  }[];
  /** quota rules effective from the campaign's first month; a rank without a rule has no quota */
  quotaRules: {
    rank: TRank;
    minDaysPerMonth: number;
    minHouseholds: number;
    maxHouseholds: number;
    minPoorHelped: number;
  }[];
};

/**
 * 「学习龚全珍，争做贴心人」 — the bureau's implementation plan of 2014 (seed/plan-2014.zh.txt):
 * three phases (section 二) and the nine numbered activities, each tagged with the module that
 * carries its work. Titles and descriptions are the plan's own words.
 */
export const gong2014: CampaignTemplate = {
  key: 'gong-2014',
  name: '学习龚全珍，争做贴心人',
  description:
    '为充分发挥龚全珍同志的榜样作用，有力推进局系统党的群众路线教育实践活动，根据市委萍字〔2014〕8号文件要求，在局系统党的群众路线教育实践活动中组织开展“学习龚全珍，争做贴心人”活动。活动贯穿教育实践活动始终，分学习教育、对照检查、总结提升3个阶段推进。',
  startDate: '2014-02-01',
  endDate: '2014-09-30',
  phases: [
    { name: '学习教育', startDate: '2014-02-01', endDate: '2014-04-30' },
    { name: '对照检查', startDate: '2014-05-01', endDate: '2014-06-30' },
    { name: '总结提升', startDate: '2014-07-01', endDate: '2014-09-30' },
  ],
  activities: [
    {
      // 大讨论, materials, viewings, reflections (SPEC §7)
      number: 1,
      phase: 0,
      module: 'learning',
      title: '开展“学习龚全珍，我该怎么做”大讨论活动',
      description:
        '向局属各单位党组织（总支、支部）、局机关各科室发放龚全珍同志先进事迹报告会实录光盘、《龚全珍日记选》或精编读本；精心编排并组织观看以龚全珍先进事迹为主题的话剧《老阿姨》和广播剧《本色》，并将《老阿姨》歌曲设制为党员干部的手机彩铃，引导党员干部深刻领会龚全珍的精神内涵。组织开展“学习龚全珍，我该怎么做”大讨论活动，通过学习座谈、交流心得、撰写体会文章等形式，使广大党员干部自觉在学习的过程中净化思想灵魂，转变工作作风，激励自己争当龚全珍式的好党员、好干部。',
    },
    {
      // front-line postings and volunteer service (SPEC §7); the models it grows are nominated in plan item 7
      number: 2,
      phase: 0,
      module: 'learning',
      title: '培育一批“龚全珍式好党员、好干部”',
      description:
        '有计划地选派党员干部深入第一线，在艰难险重的工作环境中接受考验，使他们能尽快成长为龚全珍式好党员、好干部。有计划的引导党员干部参与志愿服务，造就龚全珍精神的传承者和接班人。',
    },
    {
      // 入户结亲 with quotas (SPEC §4); its 六个一 are carried by the six_ones module (SPEC §5)
      number: 3,
      phase: 0,
      module: 'visits',
      title: '深化“入户结亲，争做贴心人”活动',
      description:
        '组织动员局系统党员干部到群众中去，感受群众冷暖、了解群众疾苦、倾听群众呼声，集中解决一批群众最关心、最直接、最现实的利益问题，办成一些群众看得见、摸得着的实事好事，争做龚全珍式的群众贴心人。县级干部到所在单位的基层联系点每月不少于3天，每人至少联系群众3-5户，重点联系贫困户、舆情户、老党员户、产业大户，帮扶贫困户不少于1户；科级干部到所在单位的基层联系点每月不少于5天，每人至少联系群众3-5户，帮扶贫困户不少于1户。在“入户结亲”过程中，各级党组织及党员领导干部要采取“六个一”的方式，即领导干部认领一个调研课题、制作一张干群连心卡片、开通一个电子信箱、寄发一封给群众的公开信、整理一份诉求清单、建立一本问题解决销号台账，多方面听取群众诉求意见，帮助群众解决实际问题。',
    },
    {
      // 下访听诉 field interviews become cases (SPEC §6)
      number: 4,
      phase: 0,
      module: 'cases',
      title: '开展“下访听诉”专项调研活动',
      description:
        '局机关、局属单位领导班子和党员领导干部要像龚全珍同志一样，真正把群众当亲人，放下身子走近群众，“面对面”、“心贴心”地与群众交流，认真听取基层干部、农民及农民工、企业职工、社区工作人员、教师及科技人员等干部群众对“四风”方面的意见建议，把群众的意见当良药，通过各种形式听真话、听实话，请群众为“四风”问题把脉诊病，为对照检查、开展批评和解决问题打好基础。',
    },
    {
      // 开门纳谏 channels become cases (SPEC §6)
      number: 5,
      phase: 0,
      module: 'cases',
      title: '开展“开门纳谏”活动',
      description:
        '局机关、局属单位领导班子和党员领导干部要像龚全珍一样，在思想上尊重群众、感情上贴近群众、工作上依靠群众，对群众打开心扉、放下架子、抛开面子，采取“网络问政”、媒体征集、信函问答、电子信箱、短信平台以及“民声通道”、“行风热线”、“网上在线交流”等方式，真正问政于民、问需于民、问计于民。要认真听取服务对象的意见。向社会公布反映“四风”问题专用信箱、专用电话，各活动单位要设立专门的征求意见箱。',
    },
    {
      // 照镜子，找差距 (SPEC §8)
      number: 6,
      phase: 1,
      module: 'self_exam',
      title: '开展“照镜子，找差距”活动',
      description:
        '局系统党员干部要认真对照龚全珍这面镜子，按照“信念坚定、为民服务、勤政务实、敢于担当、清正廉洁”的标准，结合自身实际，往深处照、往细处照，认清差距、查找不足，认真查摆和剖析“四风”方面的问题，重点从理想信念、宗旨意识、党性修养、政治纪律等方面剖析根源，积极开展批评和自我批评，对作风之弊、行为之垢进行一次大排查、大检修、大扫除，进一步改进作风，始终保持党的先进性和纯洁性。',
    },
    {
      // nomination of model cadres and 身边榜样 (SPEC §9)
      number: 7,
      phase: 1,
      module: 'models',
      title: '树立一批“龚全珍式好党员、好干部”',
      description:
        '局机关、局属单位要注重多到基层干部群众中了解党员干部，挖掘树立一批默默无闻、一心为民、群众公认的龚全珍式好党员、好干部。同时，要积极开展向身边的榜样学习活动，用身边的好人好事、先进典型教育引导党员干部，让广大党员、干部学有榜样、赶有方向、追有目标。',
    },
    {
      // scoring, public evaluation, notice and commendation (SPEC §9)
      number: 8,
      phase: 2,
      module: 'models',
      title: '评选表彰一批“龚全珍式好党员、好干部”',
      description:
        '要严格按照“龚全珍式好党员、好干部”的基本标准，认真进行活动总结，真正树立起好党员、好干部的榜样，使工作举措推进在日常工作中。',
    },
    {
      // 长效机制: no dedicated module
      number: 9,
      phase: 2,
      module: 'other',
      title: '建立健全学赶先进典型、联系服务群众的长效机制',
      description:
        '要坚持开展向龚全珍等先进典型学习活动，认真总结提炼活动中的成功做法和经验，并把它转化为制度和机制，使开展向龚全珍等先进典型学习成为党内的一种经常性、日常性工作，成为基层组织和党员干部的自觉行动，使龚全珍精神代代相传。',
    },
  ],
  // plan item 3: 县级干部 ≥3 days a month, 科级干部 ≥5; both 3–5 households and ≥1 poor household
  quotaRules: [
    { rank: 'county', minDaysPerMonth: 3, minHouseholds: 3, maxHouseholds: 5, minPoorHelped: 1 },
    { rank: 'section', minDaysPerMonth: 5, minHouseholds: 3, maxHouseholds: 5, minPoorHelped: 1 },
  ],
};

export const campaignTemplates: Record<TCampaignTemplate, CampaignTemplate> = {
  'gong-2014': gong2014,
};
