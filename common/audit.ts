// No zod here: the admin app imports these lists as values. The log's answer: ./audit-log.ts.

/**
 * The kinds of object the server writes to the audit log, with their zh-CN labels: the one list
 * the server's `audit()` accepts (platform/audit.ts), the log's export and the admin app's filter
 * read. A new kind is added here first.
 */
export const AUDIT_ENTITY_LABELS = {
  org: '组织机构',
  cadre: '干部',
  contact_point: '基层联系点',
  user: '账号',
  session: '会话',
  campaign: '活动',
  campaign_phase: '活动阶段',
  campaign_activity: '活动项目',
  assignment: '任务分解',
  assignment_report: '进展报告',
  quota_rule: '指标规则',
  household: '住户',
  household_category: '住户类别',
  pairing: '结对',
  assistance: '帮扶',
  visit: '走访',
  notification: '通知提醒',
  case: '诉求件',
  case_category: '类别',
  outbox: '发件箱',
  holiday: '节假日',
  setting: '系统设置',
  research_topic: '调研课题',
  letter: '公开信',
  letter_delivery: '公开信寄发',
  cadre_card: '连心卡',
  card_record: '连心卡印制发放',
  study_session: '学习座谈',
  // 学习资料 (issue 13 §1)
  material: '学习资料',
  material_distribution: '学习资料发放',
  discussion_post: '学习讨论',
  discussion_report: '讨论举报',
  service_record: '一线服务',
  reflection: '心得体会',
  self_exam: '对照检查材料',
  rectification: '整改事项',
  meeting: '民主生活会',
  // 经验做法 (issue 14 §3)
  good_practice: '经验做法',
  // --- 月报 and 活动总结 (issue 14 §2) ---
  report: '报告',
} as const;
export type TAuditEntity = keyof typeof AUDIT_ENTITY_LABELS;
export const AUDIT_ENTITIES = Object.keys(AUDIT_ENTITY_LABELS) as TAuditEntity[];

export const AUDIT_ACTION_LABELS = {
  create: '新增',
  update: '修改',
  delete: '删除',
  import: '导入',
  login: '登录',
  login_failed: '登录失败',
  logout: '退出登录',
  read_personal: '查看个人信息',
} as const;
export type TAuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as TAuditAction[];

/** A kind's zh-CN label; one this version does not know (older rows) as it was written. */
const labelIn =
  (labels: Readonly<Record<string, string>>) =>
  (kind: string): string =>
    labels[kind] ?? kind;

export const auditEntityLabel = labelIn(AUDIT_ENTITY_LABELS);
export const auditActionLabel = labelIn(AUDIT_ACTION_LABELS);
