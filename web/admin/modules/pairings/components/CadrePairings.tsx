import { Button, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { orDash } from '../../../ui/format';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { QueryError } from '../../../ui/QueryError';
import { CategoryTags } from '../../households/components/CategoryTags';
import { usePairings } from '../hooks/usePairings';
import type { Pairing } from '../types/pairing';
import { EndPairingModal } from './EndPairingModal';
import { PairingPeriod } from './PairingPeriod';

/** One cadre's pairings, open ones first, each with 结束结对 for writers. */
export function CadrePairings({ cadreId, canWrite }: { cadreId: string; canWrite: boolean }) {
  const pairings = usePairings({ cadreId, page: 1, pageSize: 100 });
  const [ending, setEnding] = useState<Pairing | null>(null);
  const columns: TableColumnsType<Pairing> = [
    { title: t('households.pairings.household'), dataIndex: 'householdHeadName', width: 110 },
    {
      title: t('households.categoriesLabel'),
      dataIndex: 'householdCategories',
      width: 160,
      render: (c: Pairing['householdCategories']) =>
        c.length ? <CategoryTags categories={c} /> : orDash(null),
    },
    {
      title: t('households.pairings.contactPoint'),
      dataIndex: 'contactPointName',
      width: 130,
      ellipsis: true,
    },
    {
      title: t('households.pairings.period'),
      key: 'period',
      width: 240,
      render: (_: unknown, p: Pairing) => <PairingPeriod pairing={p} />,
    },
    {
      title: t('households.pairings.endReason'),
      dataIndex: 'endReason',
      width: 140,
      render: orDash,
    },
    ...(canWrite
      ? [
          actionColumn(100, (p: Pairing) =>
            p.active ? (
              <Button type="link" size="small" danger onClick={() => setEnding(p)}>
                {t('households.pairings.end')}
              </Button>
            ) : null,
          ),
        ]
      : []),
  ];
  if (pairings.error)
    return <QueryError error={pairings.error} onRetry={() => void pairings.refetch()} />;
  return (
    <>
      <ListTable<Pairing>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={pairings.data?.items ?? []}
        loading={pairings.isFetching}
        pagination={false}
        empty={t('households.pairings.noPairings')}
        simpleEmpty
      />
      <EndPairingModal pairing={ending} onClose={() => setEnding(null)} />
    </>
  );
}
