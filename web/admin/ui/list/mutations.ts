import { useMutation, useQueryClient } from '@tanstack/react-query';

type QueryKey = readonly unknown[];

/** Marks the lists (and anything else that shows the rows) stale after a change. */
export function useInvalidate(...keys: QueryKey[]) {
  const queryClient = useQueryClient();
  return () => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** The save of a form dialog: create when `id` is null, otherwise update; then the lists reload. */
export function useSave<Input, Result = unknown>(
  create: (input: Input) => Promise<Result>,
  update: (id: string, input: Input) => Promise<Result>,
  ...invalidate: QueryKey[]
) {
  const onSuccess = useInvalidate(...invalidate);
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: Input }) =>
      id ? update(id, input) : create(input),
    onSuccess,
  });
}

/** A change of one row by its id (delete, 停用, 重发); then the lists reload. */
export function useRowChange<Arg = void>(
  change: (id: string, arg: Arg) => Promise<unknown>,
  ...invalidate: QueryKey[]
) {
  const onSuccess = useInvalidate(...invalidate);
  return useMutation({
    mutationFn: ({ id, arg }: { id: string; arg: Arg }) => change(id, arg),
    onSuccess,
  });
}
