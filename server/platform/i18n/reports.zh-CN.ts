/**
 * The words of the 月报 and the 活动总结 (server/modules/reports): headings, the prose around the
 * figures and the tables' titles and columns. The Word document and the workbook both take their
 * table titles and columns from here, so the two files say the same thing.
 */
const num = (n: number | null) => (n === null ? '—' : String(n));

export const reportText = {
  title: {
    monthly: (orgName: string, month: string) =>
      `${orgName} ${month.slice(0, 4)}年${Number(month.slice(5, 7))}月 联系服务群众工作月报`,
    campaignSummary: (orgName: string, campaignName: string) =>
      `${orgName} ${campaignName} 活动总结`,
  },
  notice: {
    title: (title: string) => `报告已生成：${title}`,
    body: (title: string) => `${title}已生成，可在“报告”中下载 Word 和 Excel 文件。`,
    mailSubject: (title: string) => `【贴心人】${title}`,
    mailBody: (title: string, link: string) =>
      `${title}已生成。\n\n请登录贴心人管理端，在“报告”中下载 Word 和 Excel 文件：${link}\n\n（本邮件由系统自动发送）`,
  },
  meta: {
    period: (from: string, to: string) => `统计期：${from} 至 ${to}`,
    generated: (at: string) => `生成时间：${at}`,
    scope: (orgName: string) => `统计范围：${orgName}（含下级单位）`,
    comparison: (label: string, from: string, to: string) => `对比期（${label}）：${from} 至 ${to}`,
  },
  /** the bureau's reports when no top unit is named */
  bureau: '全局',
  /** who made the job's reports, in the audit log */
  jobName: '每月报告任务',
  none: '无',
  dash: '—',
  /** the comparison's name when the dashboard gives none */
  previousYear: '去年同期',
  yes: '是',
  no: '否',
  percent: (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`),
  days: (d: number | null) => (d === null ? '—' : d.toFixed(1)),
  compliance: {
    heading: '一、入户结亲达标情况',
    overall: (month: string, cadres: number, met: number, rate: string) =>
      `${month}，应达标干部 ${cadres} 名，达标 ${met} 名，达标率 ${rate}。`,
    leading: (cadres: number, met: number, rate: string) =>
      `其中领导干部（带头示范）${cadres} 名，达标 ${met} 名，达标率 ${rate}。`,
    previous: (label: string, month: string, rate: string) =>
      `比${label}（${month}）达标率 ${rate}。`,
    noCampaign: '统计期内没有进行中的活动，未计算达标率。',
  },
  cases: {
    heading: '二、诉求件办理情况',
    received: (n: number, week: number, weeks4: number, year: number) =>
      `统计期内收到诉求件 ${n} 件（截至期末近 7 天 ${week} 件、近 4 周 ${weeks4} 件、本年 ${year} 件）。`,
    timeliness: (acceptance: string, completion: string, first: string, answer: string) =>
      `按时受理率 ${acceptance}，按时办结率 ${completion}；平均 ${first} 个工作日首次处理，平均 ${answer} 个工作日答复。`,
    overdue: (n: number, reopened: string) =>
      `目前逾期未办结 ${n} 件；办结后因不满意重新办理的占 ${reopened}。`,
    previous: (label: string, received: number, completion: string, overdue: number) =>
      `${label}收到 ${received} 件，按时办结率 ${completion}，逾期 ${overdue} 件。`,
  },
  satisfaction: {
    heading: '三、群众满意度',
    line: (satisfied: number, basically: number, dissatisfied: number, rate: string) =>
      `群众评价满意 ${satisfied} 件、基本满意 ${basically} 件、不满意 ${dissatisfied} 件，满意和基本满意占 ${rate}。`,
    previous: (label: string, rate: string) => `${label}满意率 ${rate}。`,
    none: '统计期内没有群众评价。',
  },
  campaign: {
    heading: '四、活动进展',
    line: (name: string, phase: string, daysLeft: number) =>
      `“${name}”目前处于${phase}，距活动结束还有 ${daysLeft} 天。`,
    between: '阶段之间',
    ended: (name: string) => `“${name}”已结束。`,
    none: '统计期内没有进行中的活动。',
  },
  highlights: {
    heading: '五、办成实事',
    line: (n: number) => `统计期内已销号并公开的办成实事 ${n} 件：`,
  },
  behind: {
    heading: '六、存在的问题',
    units: (n: number, rate: string) => `达标率低于总体（${rate}）的单位 ${n} 个：`,
    unitsNone: '各单位达标率均不低于总体。',
    cadres: (n: number, shown: number) =>
      n > shown ? `未达标干部 ${n} 名（下表列出前 ${shown} 名）：` : `未达标干部 ${n} 名：`,
    cadresNone: '本月干部均已达标。',
    overdue: (n: number) => `逾期未办结诉求件 ${n} 件，按单位：`,
    overdueNone: '目前没有逾期未办结的诉求件。',
    watch: (n: number) => `重复交办或多次重新办理的重点关注件 ${n} 件：`,
  },
  summary: {
    overview: '一、活动概况',
    campaign: (name: string, from: string, to: string, state: string) =>
      `“${name}”自 ${from} 至 ${to}，${state}。`,
    phases: '二、各阶段情况',
    activities: '三、活动项目进展',
    compliance: '四、入户结亲达标情况',
    cases: '五、诉求件办理和群众满意度',
    highlights: '六、办成实事',
    practices: '七、经验做法',
    practicesNone: '尚未标记经验做法。',
    behind: '八、存在的问题',
  },
  state: { draft: '草稿', not_started: '尚未开始', ongoing: '正在进行', ended: '已经结束' },
  /** the tables: title (the Word caption) and sheet (the Excel sheet), then the columns */
  tables: {
    keyFigures: { title: '主要数据', sheet: '主要数据', columns: ['项目', '数值', '去年同期'] },
    complianceByUnit: {
      title: '各单位达标情况',
      sheet: '达标率（按单位）',
      columns: ['单位', '干部数', '达标数', '达标率'],
    },
    complianceByRank: {
      title: '各职级达标情况',
      sheet: '达标率（按职级）',
      columns: ['职级', '干部数', '达标数', '达标率'],
    },
    complianceTrend: {
      title: '逐月达标率',
      sheet: '达标率（逐月）',
      columns: ['月份', '干部数', '达标数', '达标率'],
    },
    byChannel: { title: '诉求件来源渠道', sheet: '诉求件（按渠道）', columns: ['渠道', '件数'] },
    byStatus: { title: '诉求件办理状态', sheet: '诉求件（按状态）', columns: ['状态', '件数'] },
    byCategory: { title: '诉求件类别', sheet: '诉求件（按类别）', columns: ['类别', '件数'] },
    byUnit: { title: '各单位收到的诉求件', sheet: '诉求件（按单位）', columns: ['单位', '件数'] },
    satisfaction: { title: '群众评价', sheet: '满意度', columns: ['评价', '件数'] },
    highlights: {
      title: '办成实事',
      sheet: '办成实事',
      columns: ['查询码', '类别', '承办单位', '销号日期', '办理结果'],
    },
    unitsBehind: {
      title: '达标率偏低的单位',
      sheet: '落后单位',
      columns: ['单位', '干部数', '达标数', '达标率'],
    },
    cadresBehind: {
      title: '未达标干部',
      sheet: '未达标干部',
      columns: ['干部', '单位', '职级', '领导干部', '未达标原因'],
    },
    overdueByUnit: {
      title: '逾期诉求件（按单位）',
      sheet: '逾期（按单位）',
      columns: ['单位', '件数'],
    },
    watch: {
      title: '重点关注件',
      sheet: '重点关注件',
      columns: ['查询码', '承办单位', '重新办理次数', '经手单位数'],
    },
    phases: {
      title: '各阶段情况',
      sheet: '各阶段',
      columns: [
        '阶段',
        '开始日期',
        '结束日期',
        '收到诉求件',
        '按时办结率',
        '逾期',
        '满意',
        '基本满意',
        '不满意',
        '阶段末月达标率',
      ],
    },
    practices: { title: '经验做法', sheet: '经验做法', columns: ['类别', '标题', '说明'] },
  },
  keyFigures: {
    cadres: '应达标干部',
    met: '达标干部',
    rate: '达标率',
    leadingRate: '领导干部达标率',
    received: '收到诉求件',
    onTimeAcceptance: '按时受理率',
    onTimeCompletion: '按时办结率',
    avgFirst: '平均首次处理（工作日）',
    avgAnswer: '平均答复（工作日）',
    overdue: '逾期未办结',
    reopened: '重新办理占比',
    satisfied: '满意',
    basically: '基本满意',
    dissatisfied: '不满意',
    satisfiedRate: '满意率（含基本满意）',
    phase: '当前阶段',
    daysLeft: '距活动结束（天）',
  },
  satisfactionLabels: { satisfied: '满意', basically: '基本满意', dissatisfied: '不满意' },
  practiceKinds: { reflection: '心得体会', report: '报告', case: '诉求件' } as Record<
    string,
    string
  >,
  num,
} as const;
