import {
  CASE_CHANNELS,
  CASE_RATINGS,
  CASE_STATUSES,
  RESPONDENT_GROUPS,
} from '../../../../../common/case-terms.ts';
import type {
  TCase,
  TCaseAction,
  TCaseCategoryAdmin,
  TCaseCategoryUpdate,
  TCaseChannel,
  TCaseContact,
  TCaseDetail,
  TCaseRating,
  TCaseStatus,
  TRespondentGroup,
} from '../../../../../common/cases.ts';
import type { TWorkflowEvent } from '../../../../../common/workflow.ts';

export {
  MAX_ACCEPT_DAYS,
  MAX_CASE_CONTENT,
  MIN_ACCEPT_DAYS,
} from '../../../../../common/case-terms.ts';

// The shapes come from the server's own zod schemas (common/cases.ts); type-only, so no zod in
// the bundle. The value lists below repeat the server's for the filters and forms.
export type Case = TCase;
/** GET /api/cases/{id}: the case with its files */
export type CaseDetail = TCaseDetail;
/** GET /api/cases/{id}/contact: 显示联系方式 (audited) */
export type CaseContact = TCaseContact;
/** GET /api/cases/{id}/events: the workflow timeline (common/workflow.ts) */
export type CaseEvent = TWorkflowEvent & { action: CaseAction };
export type CaseStatus = TCaseStatus;
export type CaseChannel = TCaseChannel;
export type CaseAction = TCaseAction;
export type CaseRating = TCaseRating;
export type RespondentGroup = TRespondentGroup;
export type CaseCategory = TCaseCategoryAdmin;
export type CaseCategoryUpdate = TCaseCategoryUpdate;

/** The body of POST /api/cases: staff entering a case received by another channel. */
export type CaseCreateInput = {
  channel: CaseChannel;
  respondentGroup?: RespondentGroup;
  categoryId: string;
  content: string;
  citizenName?: string;
  citizenPhone?: string;
  anonymous: boolean;
  addresseeCadreId?: string;
  /** ids from POST /api/attachments (a letter's scans), claimed with the case */
  attachments: string[];
};

export type CaseFilters = {
  q?: string;
  status?: CaseStatus;
  channel?: CaseChannel;
  categoryId?: string;
  orgId?: string;
  handlerCadreId?: string;
  /** addressed to or handled by this cadre: his 诉求清单 */
  cadreId?: string;
  overdue?: boolean;
  from?: string;
  to?: string;
};

export type CaseListParams = CaseFilters & { page: number; pageSize: number };

export const caseStatuses: readonly CaseStatus[] = CASE_STATUSES;

export const caseChannels: readonly CaseChannel[] = CASE_CHANNELS;
export const caseRatings: readonly CaseRating[] = CASE_RATINGS;

/** The channels staff enter by hand; web, e-mail and SMS arrive on their own. */
export const staffEntryChannels: readonly CaseChannel[] = [
  'hotline',
  'letter',
  'suggestion_box',
  'media',
  'online_session',
  'field_interview',
];

export const respondentGroups: readonly RespondentGroup[] = RESPONDENT_GROUPS;
