import { apiRequest, type Page } from '../../../ui/api';
import type { AttendanceItem, MeetingDetail } from '../types/meeting';

export const MEETINGS_PATH = '/api/meetings';

export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  detail: (id: string) => [...meetingKeys.all, 'detail', id] as const,
};

const one = (id: string) => `${MEETINGS_PATH}/${encodeURIComponent(id)}`;

export const fetchMeeting = (id: string) => apiRequest<MeetingDetail>(one(id));
export const deleteMeeting = (id: string) => apiRequest<void>(one(id), { method: 'DELETE' });

type Children = {
  attendance: AttendanceItem[];
  reviewed: { rectificationId: string; note?: string }[];
};

/** 登记: the meeting with its roster and its 回头看 in one request (one transaction). */
export const createMeeting = (input: object & Children) =>
  apiRequest<MeetingDetail>(MEETINGS_PATH, { method: 'POST', body: input });

/** 修改: the record, then the roster and the 回头看, each replaced whole. */
export async function updateMeeting(id: string, input: object & Children) {
  const { attendance, reviewed, ...fields } = input;
  await apiRequest<MeetingDetail>(one(id), { method: 'PATCH', body: fields });
  await apiRequest(`${one(id)}/attendance`, { method: 'PUT', body: { items: attendance } });
  return apiRequest<MeetingDetail>(`${one(id)}/reviewed-items`, {
    method: 'PUT',
    body: { items: reviewed },
  });
}

/** The unit's active cadres (its subtree), for the default roster. */
export const fetchUnitCadres = (orgId: string) =>
  apiRequest<Page<{ id: string; name: string }>>('/api/cadres', {
    query: { orgId, active: true, page: 1, pageSize: 200 },
  });

/** The unit's rectification items, for the 回头看 picker. */
export const fetchUnitItems = (orgId: string) =>
  apiRequest<Page<{ id: string; problem: string; cadreName: string; state: string }>>(
    '/api/rectifications',
    { query: { orgId, page: 1, pageSize: 200 } },
  );
