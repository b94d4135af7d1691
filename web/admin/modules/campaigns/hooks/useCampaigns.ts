import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  assign,
  assignmentKeys,
  campaignKeys,
  copyCampaign,
  createCampaign,
  createReport,
  deleteActivity,
  deleteAssignment,
  deletePhase,
  fetchActivities,
  fetchBoard,
  fetchCampaign,
  fetchPhases,
  fetchReports,
  remindOverdue,
  saveActivity,
  savePhase,
  updateCampaign,
  updateDeadline,
} from '../api/campaignsApi';
import type {
  ActivityInput,
  AssignInput,
  CampaignCopyInput,
  CampaignFromTemplateInput,
  CampaignInput,
  CampaignUpdateInput,
  PhaseInput,
  ReportInput,
} from '../types/campaign';

export function useCampaign(id: string) {
  return useQuery({ queryKey: campaignKeys.detail(id), queryFn: () => fetchCampaign(id) });
}

export function usePhases(campaignId: string) {
  return useQuery({
    queryKey: campaignKeys.phases(campaignId),
    queryFn: () => fetchPhases(campaignId),
  });
}

export function useActivities(campaignId: string | undefined) {
  return useQuery({
    queryKey: campaignKeys.activities(campaignId ?? ''),
    queryFn: () => fetchActivities(campaignId ?? ''),
    enabled: Boolean(campaignId),
  });
}

export function useBoard(campaignId: string, leadingOnly: boolean) {
  return useQuery({
    queryKey: campaignKeys.board(campaignId, leadingOnly),
    queryFn: () => fetchBoard(campaignId, leadingOnly),
    placeholderData: keepPreviousData,
  });
}

export function useReports(assignmentId: string | null) {
  return useQuery({
    queryKey: assignmentKeys.reports(assignmentId ?? ''),
    queryFn: () => fetchReports(assignmentId ?? ''),
    enabled: Boolean(assignmentId),
  });
}

/** Everything about campaigns and assignments is refetched after a write: lists are small. */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
      queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
    ]);
}

export function useCreateCampaign() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (input: CampaignInput | CampaignFromTemplateInput) => createCampaign(input),
    onSuccess: invalidate,
  });
}

export function useUpdateCampaign() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: CampaignUpdateInput }) =>
      updateCampaign(id, input),
    onSuccess: invalidate,
  });
}

export function useCopyCampaign() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: CampaignCopyInput }) =>
      copyCampaign(id, input),
    onSuccess: invalidate,
  });
}

export function useSavePhase(campaignId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: PhaseInput }) =>
      savePhase(campaignId, id, input),
    onSuccess: invalidate,
  });
}

export function useDeletePhase(campaignId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (id: string) => deletePhase(campaignId, id),
    onSuccess: invalidate,
  });
}

export function useSaveActivity(campaignId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ActivityInput }) =>
      saveActivity(campaignId, id, input),
    onSuccess: invalidate,
  });
}

export function useDeleteActivity(campaignId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (id: string) => deleteActivity(campaignId, id),
    onSuccess: invalidate,
  });
}

export function useAssign() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (input: AssignInput) => assign(input), onSuccess: invalidate });
}

export function useUpdateDeadline() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, deadline }: { id: string; deadline: string }) =>
      updateDeadline(id, deadline),
    onSuccess: invalidate,
  });
}

export function useDeleteAssignment() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (id: string) => deleteAssignment(id), onSuccess: invalidate });
}

export function useRemindOverdue() {
  return useMutation({ mutationFn: remindOverdue });
}

export function useCreateReport() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ReportInput }) => createReport(id, input),
    onSuccess: invalidate,
  });
}
