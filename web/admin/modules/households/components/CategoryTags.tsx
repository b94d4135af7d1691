import { Tag } from 'antd';
import { t } from '../../../i18n';
import type { HouseholdCategory } from '../types/household';

const colors: Record<HouseholdCategory, string> = {
  poor: 'red',
  opinion: 'orange',
  old_member: 'gold',
  large_producer: 'geekblue',
  other: 'default',
};

/** The category tags of a household, 贫困户 first. */
export function CategoryTags({ categories }: { categories: readonly HouseholdCategory[] }) {
  return (
    <>
      {[...categories]
        .sort((a, b) => (a === 'poor' ? -1 : b === 'poor' ? 1 : 0))
        .map((c) => (
          <Tag key={c} color={colors[c]} style={{ marginInlineEnd: 4 }}>
            {t(`households.categories.${c}`)}
          </Tag>
        ))}
    </>
  );
}
