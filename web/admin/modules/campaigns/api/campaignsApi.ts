import { apiRequest, type Page, type QueryParams } from '../../../ui/api';
import type {
  Activity,
  ActivityInput,
  AssignInput,
  Assignment,
  AssignmentFilters,
  AssignResult,
  Board,
  Campaign,
  CampaignCopyInput,
  CampaignFromTemplateInput,
  CampaignInput,
  CampaignUpdateInput,
  Phase,
  PhaseInput,
  Report,
  ReportInput,
} from '../types/campaign';

export const CAMPAIGNS_PATH = '/api/campaigns';
export const ASSIGNMENTS_PATH = '/api/assignments';

const enc = encodeURIComponent;

export const campaignKeys = {
  all: ['campaigns'] as const,
  lists: () => [...campaignKeys.all, 'list'] as const,
  detail: (id: string) => [...campaignKeys.all, 'detail', id] as const,
  phases: (id: string) => [...campaignKeys.all, 'phases', id] as const,
  activities: (id: string) => [...campaignKeys.all, 'activities', id] as const,
  board: (id: string, leadingOnly: boolean) =>
    [...campaignKeys.all, 'board', id, leadingOnly] as const,
};

export const assignmentKeys = {
  all: ['assignments'] as const,
  /** the lists (任务进展, a campaign's 任务分解); the list kit appends the filters and page */
  lists: () => [...assignmentKeys.all, 'list'] as const,
  reports: (id: string) => [...assignmentKeys.all, 'reports', id] as const,
};

// ---- campaigns ----------------------------------------------------------------------------

export const fetchCampaign = (id: string): Promise<Campaign> =>
  apiRequest(`${CAMPAIGNS_PATH}/${enc(id)}`);

export const createCampaign = (
  input: CampaignInput | CampaignFromTemplateInput,
): Promise<Campaign> => apiRequest(CAMPAIGNS_PATH, { method: 'POST', body: input });

export const updateCampaign = (id: string, input: CampaignUpdateInput): Promise<Campaign> =>
  apiRequest(`${CAMPAIGNS_PATH}/${enc(id)}`, { method: 'PATCH', body: input });

export const copyCampaign = (id: string, input: CampaignCopyInput): Promise<Campaign> =>
  apiRequest(`${CAMPAIGNS_PATH}/${enc(id)}/copy`, { method: 'POST', body: input });

export const fetchBoard = (id: string, leadingOnly: boolean): Promise<Board> =>
  apiRequest(`${CAMPAIGNS_PATH}/${enc(id)}/board`, {
    query: { leadingOnly: leadingOnly || undefined },
  });

// ---- phases and activities ----------------------------------------------------------------

export const fetchPhases = (campaignId: string): Promise<Page<Phase>> =>
  apiRequest(`${CAMPAIGNS_PATH}/${enc(campaignId)}/phases`);

export const savePhase = (
  campaignId: string,
  id: string | null,
  input: PhaseInput,
): Promise<Phase> =>
  id
    ? apiRequest(`${CAMPAIGNS_PATH}/${enc(campaignId)}/phases/${enc(id)}`, {
        method: 'PATCH',
        body: input,
      })
    : apiRequest(`${CAMPAIGNS_PATH}/${enc(campaignId)}/phases`, { method: 'POST', body: input });

export const deletePhase = (campaignId: string, id: string): Promise<void> =>
  apiRequest(`${CAMPAIGNS_PATH}/${enc(campaignId)}/phases/${enc(id)}`, { method: 'DELETE' });

export const fetchActivities = (campaignId: string): Promise<Page<Activity>> =>
  apiRequest(`${CAMPAIGNS_PATH}/${enc(campaignId)}/activities`);

export const saveActivity = (
  campaignId: string,
  id: string | null,
  input: ActivityInput,
): Promise<Activity> =>
  id
    ? apiRequest(`${CAMPAIGNS_PATH}/${enc(campaignId)}/activities/${enc(id)}`, {
        method: 'PATCH',
        body: input,
      })
    : apiRequest(`${CAMPAIGNS_PATH}/${enc(campaignId)}/activities`, {
        method: 'POST',
        body: input,
      });

export const deleteActivity = (campaignId: string, id: string): Promise<void> =>
  apiRequest(`${CAMPAIGNS_PATH}/${enc(campaignId)}/activities/${enc(id)}`, { method: 'DELETE' });

// ---- assignments --------------------------------------------------------------------------

export function assignmentFilterQuery(f: AssignmentFilters): QueryParams {
  return {
    q: f.q?.trim(),
    campaignId: f.campaignId,
    activityId: f.activityId,
    orgId: f.orgId,
    overdue: f.overdue || undefined,
    status: f.status,
  };
}

export const assign = (input: AssignInput): Promise<AssignResult> =>
  apiRequest(ASSIGNMENTS_PATH, { method: 'POST', body: input });

export const updateDeadline = (id: string, deadline: string): Promise<Assignment> =>
  apiRequest(`${ASSIGNMENTS_PATH}/${enc(id)}`, { method: 'PATCH', body: { deadline } });

export const deleteAssignment = (id: string): Promise<void> =>
  apiRequest(`${ASSIGNMENTS_PATH}/${enc(id)}`, { method: 'DELETE' });

export const remindOverdue = (): Promise<{ overdue: number; notified: number }> =>
  apiRequest(`${ASSIGNMENTS_PATH}/remind-overdue`, { method: 'POST' });

export const fetchReports = (id: string): Promise<Page<Report>> =>
  apiRequest(`${ASSIGNMENTS_PATH}/${enc(id)}/reports`, { query: { pageSize: 200 } });

export const createReport = (id: string, input: ReportInput): Promise<Report> =>
  apiRequest(`${ASSIGNMENTS_PATH}/${enc(id)}/reports`, { method: 'POST', body: input });
