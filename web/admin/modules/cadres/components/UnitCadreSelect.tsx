import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../../i18n';
import { cadreKeys, fetchCadres } from '../api/cadresApi';

type UnitCadreSelectProps = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Only cadres of exactly this unit: the server refuses a cadre of another one. */
  orgId: string | undefined;
  /** The name to show for the current value while the search results do not hold it. */
  currentLabel?: string | null;
  'aria-label'?: string;
};

const SEARCH_DELAY_MS = 300;

/** Pick the cadre an account logs in as, searched on the server by name within one unit. */
export function UnitCadreSelect({
  id,
  value,
  onChange,
  orgId,
  currentLabel,
  'aria-label': ariaLabel,
}: UnitCadreSelectProps) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);

  const cadres = useQuery({
    queryKey: [...cadreKeys.all, 'account-picker', orgId, q] as const,
    queryFn: () => fetchCadres({ orgId, q: q || undefined, active: true, page: 1, pageSize: 50 }),
    enabled: orgId !== undefined,
    placeholderData: keepPreviousData,
  });
  // The list answers the unit with its sub-units; keep the unit's own cadres.
  const items = (cadres.data?.items ?? []).filter((cadre) => cadre.orgId === orgId);
  const options = items.map((cadre) => ({
    value: cadre.id,
    label: cadre.post ? `${cadre.name}（${cadre.post}）` : cadre.name,
  }));
  if (value && currentLabel && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: currentLabel });
  }

  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
      options={options}
      allowClear
      disabled={orgId === undefined}
      loading={cadres.isFetching}
      placeholder={orgId ? t('users.cadreSearch') : t('users.cadrePickOrgFirst')}
      notFoundContent={cadres.isFetching ? <Spin size="small" /> : t('users.cadreEmpty')}
      style={{ width: '100%' }}
    />
  );
}
