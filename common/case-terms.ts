/**
 * The words of a case (件) — its channels, statuses, steps and ratings, with their zh-CN labels —
 * without zod, so both web apps can import them without pulling a schema library into the bundle.
 * `common/cases.ts` re-exports them with the schemas.
 */

/** 四风 (form., bureaucr., hedonism, extravagance) or a 民生诉求 demand type */
export const CASE_CATEGORY_KINDS = ['four_winds', 'livelihood'] as const;
export type TCaseCategoryKind = (typeof CASE_CATEGORY_KINDS)[number];

/** 网站, 电子邮件, 短信, 行风热线, 信函, 意见箱, 媒体征集, 网上交流, 下访听诉 */
export const CASE_CHANNELS = [
  'web',
  'email',
  'sms',
  'hotline',
  'letter',
  'suggestion_box',
  'media',
  'online_session',
  'field_interview',
] as const;
export type TCaseChannel = (typeof CASE_CHANNELS)[number];

/** 下访听诉 respondents: 基层干部, 农民及农民工, 企业职工, 社区工作人员, 教师及科技人员 */
export const RESPONDENT_GROUPS = [
  'grassroots_cadre',
  'farmer',
  'enterprise_worker',
  'community_worker',
  'teacher_scientist',
] as const;
export type TRespondentGroup = (typeof RESPONDENT_GROUPS)[number];

/**
 * 待受理 (arrived, nobody has accepted it yet), 已受理, 已交办, 办理中, 已办结, 已销号, 已退回, 已合并,
 * 不予受理
 */
export const CASE_STATUSES = [
  'received',
  'accepted',
  'assigned',
  'in_progress',
  'answered',
  'signed_off',
  'returned',
  'merged',
  'not_accepted',
] as const;
export type TCaseStatus = (typeof CASE_STATUSES)[number];

/** 满意, 基本满意, 不满意 */
export const CASE_RATINGS = ['satisfied', 'basically', 'dissatisfied'] as const;
export type TCaseRating = (typeof CASE_RATINGS)[number];

export const CASE_ACTIONS = [
  'submit',
  'accept',
  'assign',
  'start',
  'answer',
  'rate',
  'sign_off',
  'return',
  'transfer',
  'merge',
  'not_accept',
  'note',
  'escalate',
] as const;
export type TCaseAction = (typeof CASE_ACTIONS)[number];

export const caseStatusLabels: Record<TCaseStatus, string> = {
  received: '待受理',
  accepted: '已受理',
  assigned: '已交办',
  in_progress: '办理中',
  answered: '已办结',
  signed_off: '已销号',
  returned: '已退回',
  merged: '已合并',
  not_accepted: '不予受理',
};

export const caseActionLabels: Record<TCaseAction, string> = {
  submit: '提交',
  accept: '受理',
  assign: '交办',
  start: '开始办理',
  answer: '办结答复',
  rate: '群众评价',
  sign_off: '销号',
  return: '退回',
  transfer: '转办',
  merge: '合并',
  not_accept: '不予受理',
  note: '内部备注',
  escalate: '超期督办',
};

export const caseRatingLabels: Record<TCaseRating, string> = {
  satisfied: '满意',
  basically: '基本满意',
  dissatisfied: '不满意',
};

export const caseChannelLabels: Record<TCaseChannel, string> = {
  web: '网站',
  email: '电子邮件',
  sms: '短信',
  hotline: '行风热线',
  letter: '信函',
  suggestion_box: '意见箱',
  media: '媒体征集',
  online_session: '网上交流',
  field_interview: '下访听诉',
};

export const respondentGroupLabels: Record<TRespondentGroup, string> = {
  grassroots_cadre: '基层干部',
  farmer: '农民及农民工',
  enterprise_worker: '企业职工',
  community_worker: '社区工作人员',
  teacher_scientist: '教师及科技人员',
};

/** Tracking codes: 10 characters, no 0/O/1/I so they read aloud and copy by hand without doubt. */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const TRACKING_CODE_LENGTH = 10;

/** 诉求内容: at least 5 characters, at most 5,000 (after trimming). */
export const MIN_CASE_CONTENT = 5;
export const MAX_CASE_CONTENT = 5000;

/** 受理时限 of a category, in working days: 1 to 60 (the 信访 rules' 15 is the seed). */
export const MIN_ACCEPT_DAYS = 1;
export const MAX_ACCEPT_DAYS = 60;
