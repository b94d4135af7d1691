import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../../common/audit.ts';
import { campaigns } from './zh-CN/campaigns.ts';
import { cards } from './zh-CN/cards.ts';
import { cases } from './zh-CN/cases.ts';
import { compliance } from './zh-CN/compliance.ts';
import { dashboard } from './zh-CN/dashboard.ts';
import { discussion } from './zh-CN/discussion.ts';
import { documents } from './zh-CN/documents.ts';
import { goodPractices } from './zh-CN/good-practices.ts';
import { holidays } from './zh-CN/holidays.ts';
import { householdCategories } from './zh-CN/household-categories.ts';
import { households } from './zh-CN/households.ts';
import { learning } from './zh-CN/learning.ts';
import { materials } from './zh-CN/materials.ts';
import { meetings } from './zh-CN/meetings.ts';
import { notifications } from './zh-CN/notifications.ts';
import { outbox } from './zh-CN/outbox.ts';
import { rectifications } from './zh-CN/rectifications.ts';
import { reports } from './zh-CN/reports.ts';
import { serviceRecords } from './zh-CN/service-records.ts';
import { settings } from './zh-CN/settings.ts';
import { sixOnes } from './zh-CN/six-ones.ts';
import { studySessions } from './zh-CN/study-sessions.ts';
import { users } from './zh-CN/users.ts';
import { visits } from './zh-CN/visits.ts';
import { workflow } from './zh-CN/workflow.ts';

/**
 * Every user-facing string of the admin app. Keys are English, values zh-CN.
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 */
export const zhCN = {
  campaigns,
  documents,
  cases,
  visits,
  holidays,
  compliance,
  notifications,
  households,
  users,
  outbox,
  settings,
  householdCategories,
  workflow,
  // --- 连心卡 (issue 12) ---
  cards,
  // --- 学习教育, 查摆整改 (issue 13) ---
  learning,
  materials,
  discussion,
  serviceRecords,
  // --- 经验做法 (issue 14 §3) ---
  goodPractices,
  app: {
    title: '贴心人 · 管理后台',
    brand: '贴心人',
    brandSubtitle: '学习龚全珍，争做贴心人',
    loading: '加载中…',
    notFound: '页面不存在',
    backHome: '返回首页',
    forbidden: '无权访问此页面',
    loadFailed: '加载失败',
    retry: '重试',
    openMenu: '打开菜单',
    /** the browser tab: 页面 · 贴心人 */
    documentTitle: '{page} · 贴心人',
    home: '首页',
    breadcrumb: '当前位置',
    login: '登录',
    caseDetail: '诉求件详情',
    campaignDetail: '活动详情',
  },
  common: {
    actions: '操作',
    create: '新增',
    edit: '编辑',
    delete: '删除',
    save: '保存',
    cancel: '取消',
    confirm: '确定',
    search: '搜索',
    reset: '重置',
    all: '全部',
    yes: '是',
    no: '否',
    none: '无',
    saved: '已保存',
    deleted: '已删除',
    total: '共 {total} 条',
    deleteConfirm: '确定删除“{name}”吗？',
    networkError: '网络错误，请检查网络连接后重试',
    unknownError: '操作失败（{status}）',
    outOfRange: '应在 {min} 到 {max} 之间',
  },
  excel: {
    template: '下载导入模板',
    import: '导入',
    export: '导出',
    importing: '正在导入…',
    imported: '已导入 {count} 条',
    errorsTitle: '导入失败：以下行有错误，未导入任何数据',
    row: '行号',
    field: '字段',
    error: '错误',
    downloadFailed: '下载失败',
  },
  auth: {
    loginTitle: '登录管理后台',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    login: '登录',
    logout: '退出登录',
    loggedOut: '已退出登录',
    sessionExpired: '登录已过期，请重新登录',
  },
  roles: {
    admin: '系统管理员',
    office: '活动办',
    unit_admin: '单位管理员',
    cadre: '党员干部',
    inspector: '督查',
  },
  menu: {
    orgs: '组织机构',
    cadres: '干部管理',
    contactPoints: '基层联系点',
    audit: '审计日志',
    my: '我的本月',
    visits: '走访记录',
    compliance: '指标达标',
  },
  orgs: {
    title: '组织机构',
    searchPlaceholder: '搜索单位名称',
    selectHint: '请在左侧选择一个单位',
    empty: '暂无组织机构',
    name: '名称',
    kind: '类型',
    parent: '上级单位',
    childCount: '下级单位数',
    cadreCount: '干部人数',
    rootParent: '（顶级）',
    ancestors: '所属层级',
    parentOutOfScope: '（不在管辖范围内）',
    addChild: '新增下级单位',
    addChildTitle: '新增“{parent}”的下级单位',
    addRoot: '新增单位',
    editTitle: '编辑单位',
    move: '移动',
    moveTitle: '移动“{name}”',
    newParent: '新的上级单位',
    newParentRequired: '请选择新的上级单位',
    moved: '已移动',
    nameRequired: '请输入单位名称',
    kindRequired: '请选择单位类型',
    deleteHint: '有下级单位或人员的单位不能删除。',
    selectOrg: '选择单位',
    kinds: {
      bureau: '局',
      office: '局机关科室',
      unit: '局属单位',
      general_branch: '党总支',
      branch: '党支部',
    },
  },
  cadres: {
    title: '干部管理',
    searchPlaceholder: '搜索姓名、手机号、职务',
    create: '新增干部',
    createTitle: '新增干部',
    editTitle: '编辑干部',
    empty: '暂无干部',
    name: '姓名',
    gender: '性别',
    rank: '职级',
    post: '职务',
    org: '所在单位',
    phone: '手机号码',
    email: '电子邮箱',
    leading: '领导干部',
    partyMember: '党员',
    status: '状态',
    filterOrg: '单位（含下级）',
    filterRank: '职级',
    filterLeading: '是否领导干部',
    filterStatus: '状态',
    nameRequired: '请输入姓名',
    rankRequired: '请选择职级',
    rankEffectiveFrom: '职级生效日期',
    rankEffectiveFromRequired: '请选择新职级的生效日期',
    rankEffectiveFromHint: '自该日所在月起按新职级考核每月指标',
    orgRequired: '请选择所在单位',
    phoneInvalid: '电话应为 11 位手机号，或带区号的固定电话（如 0799-1234567）',
    emailInvalid: '请输入正确的电子邮箱地址',
    deactivate: '停用',
    activate: '启用',
    deactivateConfirm: '确定停用“{name}”吗？停用后不再出现在在职干部中。',
    activateConfirm: '确定启用“{name}”吗？',
    deactivated: '已停用',
    activated: '已启用',
    ranks: {
      county: '县级',
      section: '科级',
      other: '一般',
    },
    genders: {
      male: '男',
      female: '女',
    },
    statuses: {
      active: '在职',
      inactive: '已停用',
    },
  },
  contactPoints: {
    title: '基层联系点',
    searchPlaceholder: '搜索名称、县（市、区）、地址',
    create: '新增联系点',
    createTitle: '新增联系点',
    editTitle: '编辑联系点',
    empty: '暂无联系点',
    name: '名称',
    kind: '类型',
    county: '县（市、区）',
    address: '地址',
    latitude: '纬度',
    longitude: '经度',
    coordinates: '坐标',
    org: '联系单位',
    filterOrg: '单位（含下级）',
    nameRequired: '请输入联系点名称',
    kindRequired: '请选择类型',
    orgRequired: '请选择联系单位',
    kinds: {
      village: '村',
      community: '社区',
    },
  },
  audit: {
    title: '审计日志',
    searchPlaceholder: '搜索操作人、摘要',
    at: '时间',
    actor: '操作人',
    action: '操作',
    entity: '对象',
    entityId: '对象编号',
    objectName: '对象名称',
    objectDeleted: '（已删除）',
    objectIdTip: '对象编号：{id}',
    summary: '摘要',
    ip: 'IP 地址',
    before: '修改前',
    after: '修改后',
    changedFields: '变更字段',
    noChanges: '无字段变更',
    dateRange: '时间范围',
    filterEntity: '对象类型',
    filterAction: '操作类型',
    empty: '暂无日志',
    entities: AUDIT_ENTITY_LABELS,
    actions: AUDIT_ACTION_LABELS,
  },
  // --- 六个一 (issue 12 §4) ---
  sixOnes,
  // --- 学习座谈、观看 (issue 13 §2) ---
  studySessions,
  // --- 整改清单 and 民主生活会 (issue 13 §5–6) ---
  rectifications,
  meetings,
  // --- 月报 and 活动总结 (issue 14 §2) ---
  reports,
  // --- 首页 (issue 14 §1) ---
  dashboard,
};

/** The shape every locale must have (an English locale can follow with the same keys). */
export type Messages = typeof zhCN;
