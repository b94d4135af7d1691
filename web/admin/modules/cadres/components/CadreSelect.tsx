import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { fetchCadres } from '../api/cadresApi';
import type { Cadre } from '../types/cadre';

type CadreSelectProps = {
  id?: string;
  value?: string;
  /** the whole cadre, so the form knows his unit */
  onChange?: (value: string | undefined, cadre: Cadre | undefined) => void;
  /** shown while the list does not hold the chosen cadre (editing an older visit) */
  fallbackLabel?: string;
  disabled?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
};

/** Pick an active cadre in scope, searched on the server by name. */
export function CadreSelect({
  id,
  value,
  onChange,
  fallbackLabel,
  disabled,
  allowClear,
  placeholder,
  style,
  'aria-label': ariaLabel,
}: CadreSelectProps) {
  const [q, setQ] = useState('');
  const cadres = useQuery({
    queryKey: ['cadres', 'picker', q],
    queryFn: () => fetchCadres({ q, active: true, page: 1, pageSize: 50 }),
    staleTime: 5 * 60_000,
  });
  const items = cadres.data?.items ?? [];
  const options = items.map((c) => ({ value: c.id, label: `${c.name}（${c.orgName}）` }));
  if (value && fallbackLabel && !items.some((c) => c.id === value)) {
    options.unshift({ value, label: fallbackLabel });
  }
  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder ?? t('visits.cadreRequired')}
      loading={cadres.isFetching}
      options={options}
      onChange={(next) =>
        onChange?.(
          next ?? undefined,
          items.find((c) => c.id === next),
        )
      }
      style={style}
    />
  );
}
