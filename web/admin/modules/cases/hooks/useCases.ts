import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useWorkflow } from '../../../ui/workflow/useWorkflow';
import {
  CASES_PATH,
  caseKeys,
  createCase,
  fetchCase,
  fetchCaseContact,
  fetchCategories,
  updateCategory,
} from '../api/casesApi';
import type { CaseCategoryUpdate } from '../types/case';

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => fetchCase(id) });
}

/** 显示联系方式: a mutation, not a query, so the full values are read on purpose and never cached. */
export function useRevealCaseContact() {
  return useMutation({ mutationFn: (id: string) => fetchCaseContact(id) });
}

/**
 * The case's steps, timeline and taking a step (the shared workflow kit); after a step, taken or
 * refused, the case, its timeline, its offered steps and the lists reload.
 */
export function useCaseWorkflow(id: string) {
  return useWorkflow({
    path: CASES_PATH,
    id,
    queryKey: caseKeys.detail(id),
    invalidate: caseKeys.all,
  });
}

/** The categories change rarely; every case form and filter reads the same list. */
export function useCaseCategories() {
  return useQuery({
    queryKey: caseKeys.categories,
    queryFn: fetchCategories,
    staleTime: 5 * 60_000,
  });
}

export function useCreateCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: () => client.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function useUpdateCategory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: CaseCategoryUpdate }) =>
      updateCategory(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: caseKeys.categories }),
  });
}
