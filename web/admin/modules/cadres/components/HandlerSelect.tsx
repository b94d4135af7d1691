import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { t } from '../../../i18n';
import { fetchCadres } from '../api/cadresApi';

type HandlerSelectProps = {
  id?: string;
  /** the unit chosen above: its cadres and those of the units below it */
  orgId?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  'aria-label'?: string;
};

/** 承办人: an active cadre of the chosen unit (the server checks he belongs to it). */
export function HandlerSelect({
  id,
  orgId,
  value,
  onChange,
  'aria-label': ariaLabel,
}: HandlerSelectProps) {
  const cadres = useQuery({
    queryKey: ['cadres', 'of-org', orgId],
    queryFn: () => fetchCadres({ orgId, active: true, page: 1, pageSize: 200 }),
    enabled: Boolean(orgId),
    staleTime: 5 * 60_000,
  });
  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      disabled={!orgId}
      placeholder={orgId ? t('cases.assignHandlerRequired') : t('cases.assignHandlerPickOrg')}
      loading={cadres.isFetching}
      showSearch={{ optionFilterProp: 'label' }}
      options={(cadres.data?.items ?? []).map((c) => ({
        value: c.id,
        label: c.post ? `${c.name}（${c.orgName} ${c.post}）` : `${c.name}（${c.orgName}）`,
      }))}
    />
  );
}
