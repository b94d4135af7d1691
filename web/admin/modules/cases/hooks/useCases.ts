import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  caseKeys,
  createCase,
  fetchCase,
  fetchCaseActions,
  fetchCaseContact,
  fetchCaseEvents,
  fetchCategories,
  transitionCase,
  updateCategory,
} from '../api/casesApi';
import type { CaseCategoryUpdate, CaseTransitionInput } from '../types/case';

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => fetchCase(id) });
}

/** 显示联系方式: a mutation, not a query, so the full values are read on purpose and never cached. */
export function useRevealCaseContact() {
  return useMutation({ mutationFn: (id: string) => fetchCaseContact(id) });
}

export function useCaseEvents(id: string) {
  return useQuery({
    queryKey: [...caseKeys.detail(id), 'events'],
    queryFn: () => fetchCaseEvents(id),
  });
}

export function useCaseActions(id: string) {
  return useQuery({
    queryKey: [...caseKeys.detail(id), 'actions'],
    queryFn: () => fetchCaseActions(id),
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

/** A step on the case; the case, its timeline, its offered steps and the lists reload. */
export function useTransitionCase(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseTransitionInput) => transitionCase(id, input),
    onSettled: () => client.invalidateQueries({ queryKey: caseKeys.all }),
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
