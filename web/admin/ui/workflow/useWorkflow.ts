import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TWorkflowEvent, TWorkflowStepOption } from '../../../../common/workflow.ts';
import { apiRequest } from '../api';
import type { WorkflowStepBody } from './fields';

type Items<T> = { items: T[] };

export type UseWorkflowOptions = {
  /** the kind's API, e.g. '/api/cases': `${path}/{id}/actions` and `${path}/{id}/events` */
  path: string;
  id: string;
  /** the record's query key (its detail); the steps and the timeline are kept under it */
  queryKey: QueryKey;
  /**
   * What reloads after a step, taken or refused (the record moved): by default the record with its
   * steps and timeline; a kind passes its root key so that its lists reload too.
   */
  invalidate?: QueryKey;
};

/**
 * One record's workflow, the same for every kind: the steps the user may take now, the timeline,
 * and taking a step (`mutateAsync(body)` answers the record after the step, as the kind's detail).
 */
export function useWorkflow({ path, id, queryKey, invalidate = queryKey }: UseWorkflowOptions) {
  const client = useQueryClient();
  const base = `${path}/${encodeURIComponent(id)}`;
  const steps = useQuery({
    queryKey: [...queryKey, 'actions'],
    queryFn: () => apiRequest<Items<TWorkflowStepOption>>(`${base}/actions`).then((r) => r.items),
  });
  const events = useQuery({
    queryKey: [...queryKey, 'events'],
    queryFn: () => apiRequest<Items<TWorkflowEvent>>(`${base}/events`).then((r) => r.items),
  });
  const take = useMutation({
    mutationFn: (body: WorkflowStepBody) =>
      apiRequest<unknown>(`${base}/events`, { method: 'POST', body }),
    onSettled: () => client.invalidateQueries({ queryKey: invalidate }),
  });
  return { steps, events, take };
}

/** What the panel and the timeline are given: one record's workflow. */
export type Workflow = ReturnType<typeof useWorkflow>;
