import { Button, Empty, Flex, Grid, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { t } from '../../../i18n';
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
  const pin = Grid.useBreakpoint().md === true;
  const columns: TableColumnsType<Campaign> = [
    {
      title: t('campaigns.name'),
      dataIndex: 'name',
      fixed: pin ? 'start' : undefined,
      width: 260,
      render: (name: string, c) => <Link to={`/campaigns/${c.id}`}>{name}</Link>,
    },
    {
      title: t('campaigns.dates'),
      key: 'dates',
      width: 210,
      render: (_: unknown, c) => formatRange(c.startDate, c.endDate),
    },
    {
      title: t('campaigns.status'),
      dataIndex: 'state',
      width: 90,
      render: (state: Campaign['state']) => <CampaignStatusTag state={state} />,
    },
    { title: t('campaigns.phaseCount'), dataIndex: 'phaseCount', width: 70 },
    { title: t('campaigns.activityCount'), dataIndex: 'activityCount', width: 90 },
    {
      title: t('campaigns.reminderDays'),
      dataIndex: 'reminderDaysBeforeMonthEnd',
      width: 110,
      render: (days: number) => t('campaigns.reminderDaysValue', { days }),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: pin ? 'end' : undefined,
      width: canPlan ? 240 : 80,
      render: (_: unknown, c) => (
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
      ),
    },
  ];
  return (
    <Table<Campaign>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(paging, total, onPageChange)}
      locale={{ emptyText: <Empty description={t('campaigns.empty')} /> }}
    />
  );
}
