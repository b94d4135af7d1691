import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { t } from '../../../i18n';
import { cadreKeys, fetchCadres } from '../../cadres/api/cadresApi';

type LeadingCadreSelectProps = {
  /** the unit (with its sub-units) whose leading cadres are offered; all in scope when absent */
  orgId: string | undefined;
  value: string | undefined;
  onChange: (cadreId: string | undefined) => void;
};

/** Pick one of the active leading cadres (领导干部) of a unit: whose connection card to see. */
export function LeadingCadreSelect({ orgId, value, onChange }: LeadingCadreSelectProps) {
  const cadres = useQuery({
    queryKey: [...cadreKeys.all, 'leading', orgId ?? ''] as const,
    queryFn: () => fetchCadres({ orgId, leading: true, active: true, page: 1, pageSize: 200 }),
  });
  const options = (cadres.data?.items ?? []).map((c) => ({
    value: c.id,
    label: [c.name, c.post, c.orgName].filter(Boolean).join(' · '),
  }));
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
