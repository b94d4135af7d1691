import { Tag } from 'antd';
import { useCategoryDirectory } from '../../household-categories/hooks/useHouseholdCategories';
import type { HouseholdCategory } from '../types/household';

/** The category tags of a household, the ones that count as poor first (in red). */
export function CategoryTags({ categories }: { categories: readonly HouseholdCategory[] }) {
  const directory = useCategoryDirectory();
  return (
    <>
      {directory.sorted(categories).map((c) => (
        <Tag key={c} color={directory.isPoor(c) ? 'red' : 'blue'} style={{ marginInlineEnd: 4 }}>
          {directory.labelOf(c)}
        </Tag>
      ))}
    </>
  );
}
