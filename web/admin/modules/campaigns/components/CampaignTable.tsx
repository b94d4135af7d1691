import { Button, Flex, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { t } from '../../../i18n';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { type PageState, tablePagination } from '../../../ui/pagination';
import type { Campaign } from '../types/campaign';
import { CampaignStatusActions } from './CampaignStatusActions';
import { CampaignStatusTag } from './CampaignStatusTag';
import { formatRange } from './dates';

type Props = {
  rows: Campaign[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
  canPlan: boolean;
  onCopy: (campaign: Campaign) => void;
};

export function CampaignTable({
  rows,
  total,
  loading,
  paging,
  onPageChange,
  canPlan,
  onCopy,
}: Props) {
  const columns: TableColumnsType<Campaign> = [
    {
      title: t('campaigns.name'),
      dataIndex: 'name',
      fixed: 'start',
      width: 220,
      render: (name: string, c) => <Link to={`/campaigns/${c.id}`}>{name}</Link>,
    },
    {
      title: t('campaigns.dates'),
      key: 'dates',
      width: 200,
      render: (_: unknown, c) => formatRange(c.startDate, c.endDate),
    },
    {
      title: t('campaigns.status'),
      dataIndex: 'state',
      width: 80,
      render: (state: Campaign['state']) => <CampaignStatusTag state={state} />,
    },
    { title: t('campaigns.phaseCount'), dataIndex: 'phaseCount', width: 56 },
    { title: t('campaigns.activityCount'), dataIndex: 'activityCount', width: 80 },
    {
      title: t('campaigns.reminderDays'),
      dataIndex: 'reminderDaysBeforeMonthEnd',
      width: 100,
      render: (days: number) => t('campaigns.reminderDaysValue', { days }),
    },
    actionColumn(canPlan ? 240 : 64, (c: Campaign) => (
      <Flex gap={0} wrap>
        <Link to={`/campaigns/${c.id}`}>
          <Button type="link" size="small">
            {t('campaigns.open')}
          </Button>
        </Link>
        {canPlan ? (
          <>
            <Button type="link" size="small" onClick={() => onCopy(c)}>
              {t('campaigns.copy')}
            </Button>
            <CampaignStatusActions campaign={c} size="small" />
          </>
        ) : null}
      </Flex>
    )),
  ];
  return (
    <ListTable<Campaign>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      empty={t('campaigns.empty')}
    />
  );
}
