/** 草稿 / 进行中 / 已结束 */
export type CampaignStatus = 'draft' | 'active' | 'closed';
export const campaignStatuses: readonly CampaignStatus[] = ['draft', 'active', 'closed'];
/** What users see: 草稿, then 未开始 / 进行中 / 已结束 by the dates; 已结束 once closed early. */
export type CampaignState = 'draft' | 'not_started' | 'ongoing' | 'ended';
export const campaignStates: readonly CampaignState[] = [
  'draft',
  'not_started',
  'ongoing',
  'ended',
];

export type CampaignTemplate = 'gong-2014';

/** 活动 — e.g. 「学习龚全珍，争做贴心人」 (2014). */
export type Campaign = {
  id: string;
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  status: CampaignStatus;
  state: CampaignState;
  reminderDaysBeforeMonthEnd: number;
  phaseCount: number;
  activityCount: number;
  createdAt: string;
  updatedAt: string;
};

export type CampaignFilters = { q?: string; state?: CampaignState };
export type CampaignListParams = CampaignFilters & { page: number; pageSize: number };

export type CampaignInput = {
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  reminderDaysBeforeMonthEnd: number;
};
export type CampaignUpdateInput = Partial<CampaignInput & { status: CampaignStatus }>;
export type CampaignFromTemplateInput = {
  fromTemplate: CampaignTemplate;
  year?: number;
  name?: string;
};
export type CampaignCopyInput =
  | { year: number; name?: string }
  | { shiftDays: number; name?: string };

/** 阶段 */
export type Phase = {
  id: string;
  campaignId: string;
  name: string;
  startDate: string;
  endDate: string;
  sortOrder: number;
};
export type PhaseInput = { name: string; startDate: string; endDate: string; sortOrder?: number };

/** The module of Tiexin that carries an activity's work. */
export type ActivityModule =
  | 'learning'
  | 'visits'
  | 'six_ones'
  | 'cases'
  | 'self_exam'
  | 'models'
  | 'publicity'
  | 'other';
export const activityModules: readonly ActivityModule[] = [
  'learning',
  'visits',
  'six_ones',
  'cases',
  'self_exam',
  'models',
  'publicity',
  'other',
];

/** 活动项目 — one numbered item of the plan. */
export type Activity = {
  id: string;
  campaignId: string;
  phaseId: string | null;
  phaseName: string | null;
  number: number;
  title: string;
  description: string;
  module: ActivityModule;
  assignmentCount: number;
};
export type ActivityInput = {
  number?: number;
  title: string;
  description: string;
  module: ActivityModule;
  phaseId: string | null;
};

/** 未开始 / 进行中 / 已完成 */
export type AssignmentStatus = 'not_started' | 'in_progress' | 'done';
export const assignmentStatuses: readonly AssignmentStatus[] = [
  'not_started',
  'in_progress',
  'done',
];

/** 任务分解 — an activity assigned to a unit with a deadline. */
export type Assignment = {
  id: string;
  campaignId: string;
  campaignName: string;
  activityId: string;
  activityNumber: number;
  activityTitle: string;
  activityModule: ActivityModule;
  orgId: string;
  orgName: string;
  deadline: string;
  percent: number;
  status: AssignmentStatus;
  /** the deadline has passed and the work is not done */
  overdue: boolean;
  lastReportAt: string | null;
  createdAt: string;
};

export type AssignmentFilters = {
  q?: string;
  campaignId?: string;
  activityId?: string;
  orgId?: string;
  overdue?: boolean;
  status?: AssignmentStatus;
};
export type AssignmentListParams = AssignmentFilters & { page: number; pageSize: number };
export type AssignInput = { activityId: string; orgIds: string[]; deadline: string };
export type AssignResult = { items: Assignment[]; created: number; updated: number };

export type AttachmentRef = {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  url: string;
};

/** 进展报告 */
export type Report = {
  id: string;
  assignmentId: string;
  authorId: string;
  authorName: string;
  text: string;
  percent: number;
  attachments: AttachmentRef[];
  createdAt: string;
};
export type ReportInput = { text: string; percent: number; attachmentIds: string[] };

type Totals = { assigned: number; done: number; overdue: number; avgPercent: number };

/** 进度看板 */
export type Board = {
  activities: (Totals & { id: string; number: number; title: string; module: ActivityModule })[];
  units: (Totals & { orgId: string; orgName: string; leadingCadres: number })[];
  cells: {
    assignmentId: string;
    activityId: string;
    orgId: string;
    deadline: string;
    percent: number;
    status: AssignmentStatus;
    overdue: boolean;
    lastReportAt: string | null;
    lastReportText: string | null;
  }[];
  totals: Totals;
};
