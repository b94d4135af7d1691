import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { t } from '../../../i18n';
import { cadreKeys, fetchCadres } from '../../cadres/api/cadresApi';

type LeadingCadreSelectProps = {
  /** the unit (with its sub-units) whose leading cadres are offered; all in scope when absent */
  orgId: string | undefined;
  value: string | undefined;
  onChange: (cadreId: string | undefined) => void;
  /** the chosen cadre's words while the list does not hold him (a link to another unit's) */
  currentLabel?: string;
};

/** 张三 · 局长 · 农业技术推广中心 */
export const cadreLabel = (c: { name: string; post: string; orgName: string }) =>
  [c.name, c.post, c.orgName].filter(Boolean).join(' · ');

/** Pick one of the active leading cadres (领导干部) of a unit: whose connection card to see. */
export function LeadingCadreSelect({
  orgId,
  value,
  onChange,
  currentLabel,
}: LeadingCadreSelectProps) {
  const cadres = useQuery({
    queryKey: [...cadreKeys.all, 'leading', orgId ?? ''] as const,
    queryFn: () => fetchCadres({ orgId, leading: true, active: true, page: 1, pageSize: 200 }),
  });
  const options = (cadres.data?.items ?? []).map((c) => ({
    value: c.id,
    label: cadreLabel(c),
  }));
  if (value && currentLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: currentLabel });
  return (
    <Select<string>
      aria-label={t('cards.pickCadre')}
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      options={options}
      loading={cadres.isFetching}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('cards.pickCadrePlaceholder')}
      notFoundContent={cadres.isFetching ? undefined : t('cards.noLeaders')}
      popupMatchSelectWidth={false}
      style={{ minWidth: 260 }}
    />
  );
}
