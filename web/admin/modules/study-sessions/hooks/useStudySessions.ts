import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRowChange, useSave } from '../../../ui/list/mutations';
import { useWorkflow } from '../../../ui/workflow/useWorkflow';
import {
  checkIn,
  createStudySession,
  deleteStudySession,
  fetchAttendance,
  fetchCheckInCode,
  fetchStudySession,
  putAttendance,
  STUDY_SESSIONS_PATH,
  studySessionKeys,
  updateStudySession,
} from '../api/studySessionsApi';
import type { AttendancePut, StudySessionInput, StudySessionPatch } from '../types/studySession';

export function useStudySession(id: string | null) {
  return useQuery({
    queryKey: studySessionKeys.detail(id ?? ''),
    queryFn: () => fetchStudySession(id ?? ''),
    enabled: Boolean(id),
  });
}

export function useAttendance(id: string | null) {
  return useQuery({
    queryKey: studySessionKeys.attendance(id ?? ''),
    queryFn: () => fetchAttendance(id ?? ''),
    enabled: Boolean(id),
  });
}

/** 安排 (create) or change the schedule (a session's unit stays the one it was scheduled by). */
export const useSaveStudySession = () =>
  useSave<StudySessionInput>(
    createStudySession,
    (id, { orgId: _unit, ...patch }) => updateStudySession(id, patch),
    studySessionKeys.all,
  );

export const useDeleteStudySession = () =>
  useRowChange((id) => deleteStudySession(id), studySessionKeys.all);

/** A change of the session (minutes, attachments): the session and the lists reload. */
export function usePatchStudySession(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: StudySessionPatch) => updateStudySession(id, patch),
    onSuccess: () => client.invalidateQueries({ queryKey: studySessionKeys.all }),
  });
}

export function usePutAttendance(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AttendancePut) => putAttendance(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: studySessionKeys.all }),
  });
}

/**
 * The code the projector shows: asked again a few seconds before it stops being shown, so the
 * QR on the screen is always one the server takes.
 */
export function useCheckInCode(id: string, enabled: boolean) {
  return useQuery({
    queryKey: studySessionKeys.code(id),
    queryFn: () => fetchCheckInCode(id),
    enabled,
    retry: false,
    gcTime: 0,
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data) return false;
      return Math.max(1000, new Date(data.expiresAt).getTime() - Date.now() - 5000);
    },
  });
}

export function useCheckIn(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => checkIn(id, token),
    onSuccess: () => client.invalidateQueries({ queryKey: studySessionKeys.all }),
  });
}

/** 补录申请: the late-entry steps of one session (the workflow kit). */
export const useLateEntryWorkflow = (id: string) =>
  useWorkflow({
    path: STUDY_SESSIONS_PATH,
    id,
    queryKey: studySessionKeys.detail(id),
    invalidate: studySessionKeys.all,
  });
