/**
 * A small, deterministic zh_CN generator for scale data (no faker): a seeded PRNG and pools of
 * names, places and words from 萍乡 and its agriculture bureau. The same seed gives the same text.
 */

import type { Rng } from '../server/db/seed/rng.ts';

export { type Rng, rng } from '../server/db/seed/rng.ts';

/**
 * A UUID v7 for a moment: the time-ordered id the app itself would have made then (48-bit
 * milliseconds, version 7, variant 10), the random part from the PRNG.
 */
export function uuidAt(r: Rng, ms: number): string {
  const t = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  const v = (8 + r.int(4)).toString(16);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${r.hex(3)}-${v}${r.hex(3)}-${r.hex(12)}`;
}

// 百家姓 weighted roughly as in Jiangxi (刘, 李, 王, 张, 陈 … most common)
const SURNAMES: readonly (readonly [string, number])[] = [
  ['刘', 9],
  ['李', 8],
  ['王', 7],
  ['张', 7],
  ['陈', 7],
  ['黄', 5],
  ['杨', 4],
  ['周', 4],
  ['吴', 4],
  ['彭', 4],
  ['易', 3],
  ['钟', 3],
  ['邹', 3],
  ['谢', 3],
  ['罗', 3],
  ['文', 3],
  ['袁', 3],
  ['廖', 2],
  ['邓', 3],
  ['胡', 3],
  ['曾', 3],
  ['肖', 3],
  ['龚', 2],
  ['贺', 2],
  ['汤', 2],
  ['欧阳', 1],
  ['尹', 2],
  ['颜', 2],
  ['漆', 1],
  ['晏', 1],
  ['甘', 1],
  ['付', 2],
  ['朱', 3],
  ['郭', 2],
  ['何', 2],
  ['宋', 2],
  ['丁', 2],
  ['林', 2],
  ['赖', 2],
  ['钟离', 0.2],
];
const GIVEN_MALE = [
  ...'建国 志强 伟 军 勇 德福 春生 有才 金水 长根 石生 茂林 水根 发生 光明 海波 文华 国平 小龙 宏伟 新华 明亮 永红 卫东 学军 俊杰 志刚 正 斌 鹏 浩然 子轩 家乐 振华 庆 荣 辉 林生 水生 冬生'.split(
    ' ',
  ),
];
const GIVEN_FEMALE = [
  ...'秀珍 桂兰 冬梅 兰英 凤英 桂香 红梅 翠英 菊花 秋香 丽华 小芳 丽 敏 静 艳 燕 婷 雪梅 玉兰 春花 淑芬 晓燕 海燕 梦婷 思雨 欣怡 佳 琴 霞'.split(
    ' ',
  ),
];

export function personName(r: Rng, gender?: 'male' | 'female'): string {
  const g = gender ?? (r.chance(0.55) ? 'male' : 'female');
  return r.weighted(SURNAMES) + r.pick(g === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
}

/** A mainland mobile number, 11 digits. */
export function mobile(r: Rng): string {
  return `1${r.pick(['33', '35', '36', '37', '38', '39', '50', '51', '52', '58', '59', '80', '82', '87', '88', '89'])}${String(r.int(100_000_000)).padStart(8, '0')}`;
}

export const COUNTIES = ['安源区', '湘东区', '莲花县', '上栗县', '芦溪县'] as const;
const TOWNS: Record<(typeof COUNTIES)[number], readonly string[]> = {
  安源区: ['白源街道', '凤凰街道', '丹江街道', '安源镇', '青山镇', '高坑镇', '五陂镇'],
  湘东区: ['腊市镇', '排上镇', '麻山镇', '湘东镇', '荷尧镇', '老关镇', '广寒寨乡'],
  莲花县: ['琴亭镇', '坊楼镇', '路口镇', '良坊镇', '升坊镇', '三板桥乡', '高洲乡'],
  上栗县: ['桐木镇', '赤山镇', '上栗镇', '福田镇', '鸡冠山乡', '长平乡', '金山镇'],
  芦溪县: ['宣风镇', '南坑镇', '芦溪镇', '上埠镇', '银河镇', '新泉乡', '张佳坊乡'],
};
const VILLAGE_WORDS = [
  ...'竹垣 新田 长丰 石桥 枫林 高岭 下湾 上坊 塘边 龙潭 南岭 东山 西岗 柏树 荷塘 杨家 刘家 周家 白竹 青山 仙岭 双溪 麻田 樟树 泉塘 坪里 大路 沙湾'.split(
    ' ',
  ),
];

export function county(r: Rng) {
  return r.pick(COUNTIES);
}

export function town(r: Rng, c: (typeof COUNTIES)[number] = county(r)): string {
  return r.pick(TOWNS[c]);
}

/** A village or community name, e.g. 芦溪县宣风镇竹垣村 (with county and town) or 竹垣村. */
export function village(r: Rng): { county: string; town: string; name: string } {
  const c = county(r);
  return {
    county: c,
    town: town(r, c),
    name: `${r.pick(VILLAGE_WORDS)}${r.chance(0.85) ? '村' : '社区'}`,
  };
}

/** The stations and sections of an agriculture bureau (a unit is a station of a county or a section). */
export const STATIONS = [
  '农业技术推广站',
  '农机服务站',
  '畜牧兽医站',
  '植保植检站',
  '农村经营管理站',
  '水产站',
  '土肥站',
  '种子管理站',
  '农产品质量安全监管站',
  '农业综合执法大队',
  '能源环保站',
] as const;
export const SECTIONS = [
  '办公室',
  '人事科',
  '计划财务科',
  '科技教育科',
  '市场信息科',
  '种植业管理科',
  '农田建设管理科',
  '政策法规科',
  '机关党委',
  '纪检组',
] as const;
export const CITIES = [
  '萍乡市',
  '南昌市',
  '九江市',
  '景德镇市',
  '新余市',
  '鹰潭市',
  '赣州市',
  '宜春市',
  '上饶市',
  '吉安市',
] as const;

/** n distinct unit names of a city bureau: its sections first, then the county stations. */
export function unitNames(n: number): string[] {
  const names: string[] = [...SECTIONS];
  for (const s of STATIONS) for (const c of COUNTIES) names.push(`${c}${s}`);
  for (let i = 0; names.length < n; i++) names.push(`第${i + 1}农业服务中心`);
  return names.slice(0, n);
}

export const CADRE_POSTS: Record<'county' | 'section' | 'other', readonly string[]> = {
  county: ['局长', '副局长', '党组书记', '纪检组长', '总农艺师'],
  section: ['科长', '副科长', '站长', '副站长', '主任', '大队长'],
  other: ['科员', '技术员', '农艺师', '畜牧师', '办事员', '执法队员', '会计'],
};

const HEARD = [
  '群众反映今年早稻价格偏低，希望了解订单农业',
  '村民希望修缮村口的机耕道，雨天收割机下不了田',
  '贫困户反映家中劳动力不足，生猪养殖缺少技术',
  '村里灌溉渠道淤塞，下游稻田用水困难',
  '老党员建议多组织一些农业实用技术培训',
  '种粮大户反映农机购置补贴到账慢',
  '群众反映村里路灯损坏，晚上出行不便',
  '养殖户担心禽流感，希望加强防疫指导',
  '村民希望引进油茶、脐橙等特色产业',
  '留守老人反映看病远，希望村卫生室常驻医生',
  '群众对土地流转租金标准有疑问',
  '村干部反映台账表格太多，填报负担重',
] as const;
const DONE = [
  '现场讲解政策，帮助联系合作社签订订单',
  '与乡镇对接，列入今年农田宜机化改造计划',
  '送去仔猪二十头，请畜牧站技术员上门指导',
  '协调镇水管站组织清淤，已恢复灌溉',
  '在村部举办水稻病虫害防治培训一次',
  '帮助整理补贴申请材料，督促财政部门尽快拨付',
  '联系供电所更换路灯八盏',
  '发放消毒药品，指导做好禽舍消毒',
  '联系农业技术推广站制定产业发展规划',
  '向镇政府反映，协调医生每周坐诊两天',
  '解读土地流转政策，帮助起草流转合同',
  '将意见带回局里，精简报表三张',
] as const;

export function visitText(r: Rng): { heard: string; done: string } {
  const i = r.int(HEARD.length);
  // usually what was done answers what was heard; sometimes another measure
  return { heard: `${HEARD[i]}。`, done: `${DONE[r.chance(0.8) ? i : r.int(DONE.length)]}。` };
}

/** What people write, by category: `{p}` is a place. */
export const CASE_CONTENTS: Record<string, readonly string[]> = {
  形式主义: [
    '{p}农技培训只拍照留痕，讲课不到半小时就散会，群众学不到东西。',
    '村里一个月要填七八张农业统计表格，内容大量重复，村干部忙于应付检查。',
    '{p}的水稻示范田只插了块牌子，实际没有按方案种植，检查时临时找人补苗。',
    '乡镇农业站会议一个接一个，传达文件照本宣科，会后没有落实措施。',
    '春耕督导组到{p}只在村部看材料，没有到田间地头看一看。',
  ],
  官僚主义: [
    '到农机站办理购机补贴，工作人员相互推诿，前后让我跑了三趟还没办成。',
    '多次反映{p}耕地抛荒问题，乡里说不归他们管，让找农业局，农业局又让找乡里。',
    '办事窗口工作人员态度生硬，上班时间玩手机，问政策爱答不理。',
    '种子经营备案材料交了两个月没有任何回音，打电话也找不到经办人。',
  ],
  享乐主义: [
    '反映某站工作人员工作日中午在{p}的饭店饮酒，下午上班满身酒气。',
    '有干部上班时间在办公室打牌，群众来办事要等半天。',
    '以调研为名到{p}农家乐游玩，调研报告却是从网上抄的。',
  ],
  奢靡之风: [
    '某站借检查之机在{p}的酒店大吃大喝，一晚上摆了三桌。',
    '年底突击花钱，购买高档办公桌椅和茶具，办公室堆得放不下。',
    '用公款购买土特产和购物卡，节前送给上级部门。',
  ],
  道路交通: [
    '{p}机耕道年久失修，雨后泥泞不堪，收割机下不了田。',
    '{p}通组公路坑洼不平，雨天积水，村民出行和运送农资都很困难。',
    '{p}村口小桥护栏损坏，学生上学经过很危险，希望尽快修复。',
  ],
  城乡建设: [
    '{p}高标准农田建设项目施工质量差，水渠刚修好就开裂漏水。',
    '{p}灌溉渠道被淤泥堵塞，下游几十亩稻田缺水，请求尽快清淤。',
    '{p}山塘漏水严重，担心汛期安全，也影响下半年灌溉。',
  ],
  社会保障: [
    '今年的耕地地力保护补贴还没有到账，一卡通查不到记录。',
    '种粮大户补贴的发放标准不清楚，希望公开具体的面积和金额。',
    '生猪养殖保险出险三个月，理赔款迟迟不到位。',
    '农机购置补贴申请后一直没有兑现，经销商说要等局里审批。',
  ],
  环境卫生: [
    '{p}养猪场粪污直排河道，气味很大，河水发黑。',
    '{p}田边农药包装废弃物随意丢弃，下雨后冲进水沟。',
    '{p}有人焚烧秸秆，烟雾很大，影响群众生活。',
  ],
  行政审批服务: [
    '想开农资店，农药经营许可证办理需要哪些材料，能否一次告知？',
    '希望农资经营备案能在网上办理，不用专门跑到市里。',
    '动物防疫条件合格证审批时间太长，养殖场迟迟不能投产。',
  ],
  紧急诉求: [
    '{p}稻飞虱大面积暴发，叶子发黄，急需植保技术指导。',
    '昨晚暴雨冲垮了{p}的田埂和水渠，请求尽快组织抢修。',
    '在{p}买到假化肥，秧苗烧死一大片，请求执法部门查处。',
  ],
};
const GENERIC_CONTENT = ['{p}群众反映生产生活中遇到困难，希望有关部门帮助解决。'];

export function caseContent(r: Rng, category: string): string {
  const v = village(r);
  const place = `${v.county}${v.town}${v.name}`;
  const text = r.pick(CASE_CONTENTS[category] ?? GENERIC_CONTENT).replace('{p}', place);
  // a few words more now and then, as people write
  return r.chance(0.3)
    ? `${text}${r.pick(['希望尽快解决。', '请领导重视。', '盼复。', '谢谢！'])}`
    : text;
}

export const CASE_ANSWERS = [
  ['经核查情况基本属实，已责令整改，并将整改情况向您反馈。', '约谈相关负责人；建立回访制度'],
  ['已安排项目资金对机耕道进行硬化，预计下月完工。', '列入今年农田宜机化改造项目'],
  ['已组织人员清淤疏通渠道，下游稻田已恢复灌溉。', '现场清淤；落实管护责任人'],
  ['经核查，因银行卡信息有误未发放成功，已更正并补发到位。', '核对一卡通信息；补发补贴'],
  ['执法支队已现场检查，责令限期整改，并跟踪复查。', '立案查处；跟踪整改'],
  ['已将办理材料清单发给您，并开通网上预审，材料齐全后当场办结。', '一次性告知；网上预审'],
  ['植保站技术人员已到田间指导防治，并免费发放防治药剂。', '现场指导；发放药剂'],
  ['经调查，相关人员存在推诿情况，已责令作出书面检查。', '明确办理时限；公开监督电话'],
] as const;

export const RATING_COMMENTS = {
  satisfied: ['办得很快，谢谢！', '问题解决了，很满意', ''],
  basically: ['问题基本解决，希望以后多来看看', '速度还可以再快一点', ''],
  dissatisfied: ['问题没有解决，只是来看了一下', '答复和实际情况不符', '还是老样子'],
} as const;

export const RETURN_REASONS = [
  '不属于本单位职责范围',
  '诉求内容不清，需补充核实',
  '涉及多个单位，请重新交办',
];
export const NOT_ACCEPT_REASONS = [
  '反映的问题已进入司法程序',
  '内容与农业农村工作无关',
  '重复提交，已另案办理',
];
export const NOTES = [
  '已电话联系诉求人了解情况',
  '已到现场核实',
  '正在协调有关单位',
  '等待乡镇反馈材料',
];

/** A GB 11643 citizen id number (18 characters, valid check digit) for a birth date and sequence. */
export function idNumber(region: string, birth: string, seq: number): string {
  const body = `${region}${birth.replaceAll('-', '')}${String(seq % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (weights[i] as number);
  return body + '10X98765432'[sum % 11];
}

export const REGION_CODES: Record<(typeof COUNTIES)[number], string> = {
  安源区: '360302',
  湘东区: '360313',
  莲花县: '360321',
  上栗县: '360322',
  芦溪县: '360323',
};

export const RELATIONS = ['配偶', '儿子', '女儿', '母亲', '父亲', '孙子', '孙女', '儿媳'] as const;
