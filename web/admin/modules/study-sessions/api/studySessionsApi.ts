import { apiRequest } from '../../../ui/api';
import type {
  Attendance,
  AttendancePut,
  CheckInCode,
  CheckInResult,
  StudySessionDetail,
  StudySessionInput,
  StudySessionPatch,
} from '../types/studySession';

export const STUDY_SESSIONS_PATH = '/api/study-sessions';

const one = (id: string) => `${STUDY_SESSIONS_PATH}/${encodeURIComponent(id)}`;

export const studySessionKeys = {
  all: ['study-sessions'] as const,
  lists: () => [...studySessionKeys.all, 'list'] as const,
  detail: (id: string) => [...studySessionKeys.all, 'detail', id] as const,
  attendance: (id: string) => [...studySessionKeys.detail(id), 'attendance'] as const,
  code: (id: string) => [...studySessionKeys.detail(id), 'check-in-code'] as const,
};

export const fetchStudySession = (id: string) => apiRequest<StudySessionDetail>(one(id));

export const createStudySession = (input: StudySessionInput) =>
  apiRequest<StudySessionDetail>(STUDY_SESSIONS_PATH, { method: 'POST', body: input });

export const updateStudySession = (id: string, input: StudySessionPatch) =>
  apiRequest<StudySessionDetail>(one(id), { method: 'PATCH', body: input });

export const deleteStudySession = (id: string) => apiRequest<void>(one(id), { method: 'DELETE' });

export const fetchAttendance = (id: string) => apiRequest<Attendance>(`${one(id)}/attendance`);

export const putAttendance = (id: string, body: AttendancePut) =>
  apiRequest<Attendance>(`${one(id)}/attendance`, { method: 'PUT', body });

export const fetchCheckInCode = (id: string) => apiRequest<CheckInCode>(`${one(id)}/check-in-code`);

export const checkIn = (id: string, token: string) =>
  apiRequest<CheckInResult>(`${one(id)}/check-in`, { method: 'POST', body: { token } });
