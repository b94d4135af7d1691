/**
 * The demo bureau: 萍乡市农业局 (a city bureau of the kind the 2014 plan was written for), its
 * offices and subordinate units with their party branches, cadres and grassroots contact points.
 * Pure data; `demo.ts` loads it.
 */
import type { TOrgKind, TRank } from '../../../common/org.ts';

export type DemoOrg = {
  key: string;
  name: string;
  kind: TOrgKind;
  parent?: string;
  sortOrder: number;
};

/**
 * The units, one a line: key, parent ("-" for none), kind, sort order among its siblings, name.
 */
const units = `
bureau            -           bureau         0   萍乡市农业局
# 局机关科室
office            bureau      office         1   办公室
personnel         bureau      office         2   人事科
finance           bureau      office         3   计划财务科
rural             bureau      office         4   农村经济科
crops             bureau      office         5   种植业管理科
inspection        bureau      office         6   监察室
campaign          bureau      office         7   局活动办
organ_party       bureau      general_branch 8   机关党总支
organ_b1          organ_party branch         1   机关第一党支部
organ_b2          organ_party branch         2   机关第二党支部
# 局属单位
extension         bureau      unit           20  农业技术推广中心
extension_b1      extension   branch         1   推广中心党支部
extension_station extension   unit           2   植保植检站
enforcement       bureau      unit           21  农业综合执法支队
enforcement_b1    enforcement branch         1   执法支队党支部
seeds             bureau      unit           22  种子管理站
seeds_b1          seeds       branch         1   种子站党支部
livestock         bureau      unit           23  畜牧水产局
livestock_b1      livestock   branch         1   畜牧水产局党支部
machinery         bureau      unit           24  农业机械管理站
`;

export const demoOrgs: DemoOrg[] = units
  .trim()
  .split('\n')
  .filter((line) => !line.startsWith('#'))
  .map((line) => {
    const [key = '', parent = '-', kind = '', sortOrder = '', name = ''] = line.split(/\s+/);
    const org: DemoOrg = { key, name, kind: kind as TOrgKind, sortOrder: Number(sortOrder) };
    if (parent !== '-') org.parent = parent;
    return org;
  });

export type DemoContactPoint = {
  org: string;
  name: string;
  kind: 'village' | 'community';
  county: string;
  address: string;
  latitude: number;
  longitude: number;
};

export const demoContactPoints: DemoContactPoint[] = [
  {
    org: 'bureau',
    name: '竹垣村',
    kind: 'village',
    county: '芦溪县',
    address: '芦溪县宣风镇竹垣村委会',
    latitude: 27.56,
    longitude: 114.11,
  },
  {
    org: 'extension',
    name: '腊市村',
    kind: 'village',
    county: '湘东区',
    address: '湘东区腊市镇腊市村委会',
    latitude: 27.6,
    longitude: 113.72,
  },
  {
    org: 'enforcement',
    name: '凤凰街社区',
    kind: 'community',
    county: '安源区',
    address: '安源区凤凰街道凤凰街社区居委会',
    latitude: 27.63,
    longitude: 113.87,
  },
];

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余于杜叶程魏苏吕丁任沈姚卢钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严赖覃洪武莫孔';
const givenNames = (
  '建华 国强 志明 秀英 海燕 文军 小红 卫东 春梅 晓峰 丽娟 永刚 红霞 德明 玉兰 俊杰 桂芳 明辉 ' +
  '雪梅 振华 立新 慧敏 宏伟 淑珍 光荣 爱华 金凤 建军 晓东 美玲 宇 静 磊 敏 勇 芳 斌 婷 涛 燕 平 ' +
  '军 伟 洁 鹏 霞 强 琳'
).split(' ');
const femaleNames = new Set(
  '秀英 海燕 小红 春梅 丽娟 红霞 玉兰 桂芳 雪梅 慧敏 淑珍 爱华 金凤 美玲 静 敏 芳 婷 燕 霞 洁 琳'.split(
    ' ',
  ),
);

export type DemoCadre = {
  key?: string;
  org: string;
  name: string;
  gender: 'male' | 'female';
  rank: TRank;
  post: string;
  leading: boolean;
  phone: string;
};

/**
 * Staffing by unit: "post:rank" with "+" for a leading cadre (领导干部); c = 县级 county-level,
 * s = 科级 section-level, o = 一般 other.
 */
const staffing = `
bureau            局长:c+ 党委书记:c+ 副局长:c+ 副局长:c+ 纪检组长:c+
office            主任:s+ 副主任:s 科员:o 科员:o 文秘:o 机要员:o
personnel         科长:s+ 副科长:s 科员:o
finance           科长:s+ 科员:o 科员:o
rural             科长:s+ 副科长:s 科员:o
crops             科长:s+ 科员:o 科员:o
inspection        主任:s+ 科员:o
campaign          活动办主任:s+ 干事:o
extension         主任:c+ 副主任:s+ 副主任:s 党支部书记:s 农艺师:o 农艺师:o 技术员:o 技术员:o
extension_station 站长:s+ 技术员:o 技术员:o
enforcement       支队长:s+ 副支队长:s 执法队员:o 执法队员:o 执法队员:o 执法队员:o 内勤:o
seeds             站长:s+ 副站长:s 科员:o 检验员:o
livestock         局长:c+ 副局长:s+ 兽医师:o 兽医师:o 科员:o 科员:o
machinery         站长:s+ 副站长:s 科员:o 技术员:o 技术员:o
`;
const rankCode: Record<string, TRank> = { c: 'county', s: 'section', o: 'other' };

/** Deterministic: the same 60-odd cadres every time. */
export function demoCadres(): DemoCadre[] {
  const out: DemoCadre[] = [];
  let i = 0;
  for (const line of staffing.trim().split('\n')) {
    const [org = '', ...entries] = line.trim().split(/\s+/);
    for (const entry of entries) {
      const [post = '', code = ''] = entry.split(':');
      const rank = rankCode[code.replace('+', '')] ?? 'other';
      const leading = code.endsWith('+');
      const surname = surnames[(i * 7) % surnames.length] as string;
      const given = givenNames[(i * 11) % givenNames.length] as string;
      out.push({
        org,
        name: surname + given,
        gender: femaleNames.has(given) ? 'female' : 'male',
        rank,
        post,
        leading,
        phone: `13${String(907_000_000 + i * 137_911).slice(0, 9)}`,
      });
      i++;
    }
  }
  // the demo "cadre" account is the county-level director of the 农业技术推广中心
  const director = out.find((c) => c.org === 'extension' && c.post === '主任');
  if (director) director.key = 'demo_cadre';
  return out;
}

export type DemoAccount = {
  username: string;
  name: string;
  role: 'admin' | 'office' | 'unit_admin' | 'cadre' | 'inspector';
  org?: string;
  cadre?: string;
};

export const DEMO_PASSWORD = 'tiexin2014';

export const demoAccounts: DemoAccount[] = [
  { username: 'admin', name: '系统管理员', role: 'admin' },
  { username: 'office', name: '局活动办', role: 'office', org: 'campaign' },
  { username: 'unit', name: '推广中心党支部书记', role: 'unit_admin', org: 'extension' },
  { username: 'cadre', name: '', role: 'cadre', org: 'extension', cadre: 'demo_cadre' },
  { username: 'inspector', name: '局纪检督查', role: 'inspector', org: 'inspection' },
  // the other 局属单位's admins: they report their units' progress on the 2014 activities
  { username: 'unit_enforcement', name: '执法支队内勤', role: 'unit_admin', org: 'enforcement' },
  { username: 'unit_seeds', name: '种子站管理员', role: 'unit_admin', org: 'seeds' },
  { username: 'unit_livestock', name: '畜牧水产局管理员', role: 'unit_admin', org: 'livestock' },
  { username: 'unit_machinery', name: '农机站管理员', role: 'unit_admin', org: 'machinery' },
];
