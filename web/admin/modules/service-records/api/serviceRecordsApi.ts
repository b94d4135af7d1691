import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../ui/api';
import { useRowChange, useSave } from '../../../ui/list/mutations';
import type { ServiceRecord, ServiceRecordInput, ServiceSummary } from '../types/serviceRecord';

export const SERVICE_RECORDS_PATH = '/api/service-records';

export const serviceRecordKeys = {
  all: ['service-records'] as const,
  lists: () => [...serviceRecordKeys.all, 'list'] as const,
  summary: (q: { orgId?: string; campaignId?: string }) =>
    [...serviceRecordKeys.all, 'summary', q] as const,
};

const one = (id: string) => `${SERVICE_RECORDS_PATH}/${encodeURIComponent(id)}`;

export const useSaveServiceRecord = () =>
  useSave(
    (input: ServiceRecordInput) =>
      apiRequest<ServiceRecord>(SERVICE_RECORDS_PATH, { method: 'POST', body: input }),
    (id: string, input: ServiceRecordInput) => {
      const { cadreId: _c, kind: _k, ...patch } = input;
      return apiRequest<ServiceRecord>(one(id), { method: 'PATCH', body: patch });
    },
    serviceRecordKeys.all,
  );

export const useDeleteServiceRecord = () =>
  useRowChange((id) => apiRequest<void>(one(id), { method: 'DELETE' }), serviceRecordKeys.all);

/** 各单位志愿服务时长对照目标 */
export const useServiceSummary = (q: { orgId?: string; campaignId?: string }) =>
  useQuery({
    queryKey: serviceRecordKeys.summary(q),
    queryFn: () => apiRequest<ServiceSummary>(`${SERVICE_RECORDS_PATH}/summary`, { query: q }),
  });
