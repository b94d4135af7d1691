import { PlusOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType, Tag } from 'antd';
import { t } from '../../../i18n';
import { cadreColumn } from '../../../ui/list/cells';
import { actionColumn } from '../../../ui/list/ListTable';
import type { PairingOverviewItem } from '../types/pairing';
import { QuotaTag } from './QuotaTag';

type Item = PairingOverviewItem;

/** Cadres with their pairing count against the rule (a row expands to his pairings). */
export function pairingOverviewColumns(
  canWrite: boolean,
  onAdd: (cadre: Item) => void,
): TableColumnsType<Item> {
  return [
    cadreColumn<Item>(
      t('households.pairings.cadre'),
      (c) => c.cadreName,
      (c) => c.leading,
      130,
    ),
    {
      title: t('households.pairings.rank'),
      dataIndex: 'rank',
      width: 60,
      render: (rank: Item['rank']) => t(`cadres.ranks.${rank}`),
    },
    { title: t('households.pairings.org'), dataIndex: 'orgName', width: 160, ellipsis: true },
    {
      title: t('households.pairings.count'),
      key: 'count',
      width: 150,
      render: (_: unknown, c: Item) => <QuotaTag item={c} />,
    },
    {
      title: t('households.pairings.poor'),
      key: 'poor',
      width: 130,
      render: (_: unknown, c: Item) =>
        c.hasPoor ? (
          <Tag color="success">
            {t('households.pairings.hasPoor')} {c.poorPairings}
          </Tag>
        ) : (
          <Tag color="warning">{t('households.pairings.noPoor')}</Tag>
        ),
    },
    ...(canWrite
      ? [
          actionColumn(130, (c: Item) => (
            <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => onAdd(c)}>
              {t('households.pairings.addHouseholds')}
            </Button>
          )),
        ]
      : []),
  ];
}
