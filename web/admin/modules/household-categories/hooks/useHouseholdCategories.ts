import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  THouseholdCategoryCreate,
  THouseholdCategoryUpdate,
} from '../../../../../common/households.ts';
import {
  createHouseholdCategory,
  fetchHouseholdCategories,
  type HouseholdCategoryItem,
  householdCategoryKeys,
  updateHouseholdCategory,
} from '../api/householdCategoriesApi';

export function useHouseholdCategories() {
  return useQuery({
    queryKey: householdCategoryKeys.all,
    queryFn: fetchHouseholdCategories,
    staleTime: 5 * 60_000,
  });
}

/** The categories by code, with what every place that shows a household's categories needs. */
export function useCategoryDirectory() {
  const items = useHouseholdCategories().data?.items ?? [];
  const byCode = new Map(items.map((c) => [c.code, c]));
  const order = (code: string) => {
    const c = byCode.get(code);
    // poor ones first, then the admin's order
    return c ? (c.countsAsPoor ? 0 : 1_000) + c.sortOrder : 10_000;
  };
  return {
    items,
    labelOf: (code: string) => byCode.get(code)?.label ?? code,
    isPoor: (code: string) => byCode.get(code)?.countsAsPoor ?? false,
    sorted: (codes: readonly string[]) => [...codes].sort((a, b) => order(a) - order(b)),
    /** select options: the active categories (`all`: retired ones too, for filters) */
    options: (all = false) =>
      items.filter((c) => all || c.active).map((c) => ({ value: c.code, label: c.label })),
  };
}

export function useSaveHouseholdCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { code: null; create: THouseholdCategoryCreate }
        | { code: string; patch: THouseholdCategoryUpdate },
    ): Promise<HouseholdCategoryItem> =>
      input.code === null
        ? createHouseholdCategory(input.create)
        : updateHouseholdCategory(input.code, input.patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: householdCategoryKeys.all }),
  });
}
