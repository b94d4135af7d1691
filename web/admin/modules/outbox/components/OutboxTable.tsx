import { Button, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { t } from '../../../i18n';
import { formatDateTime, orDash } from '../../../ui/format';
import { type PageState, tablePagination } from '../../../ui/pagination';
import { isRetryable, type OutboxItem } from '../types/outbox';
import { OutboxStatusTag } from './OutboxStatusTag';
import { RetryButton } from './RetryButton';

type OutboxTableProps = {
  rows: OutboxItem[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
  onOpen: (id: string) => void;
  canRetry: boolean;
};

const dateTime = (value: string | null) => formatDateTime(value);

export function OutboxTable({
  rows,
  total,
  loading,
  paging,
  onPageChange,
  onOpen,
  canRetry,
}: OutboxTableProps) {
  const columns: TableColumnsType<OutboxItem> = [
    { title: t('outbox.createdAt'), dataIndex: 'createdAt', width: 170, render: dateTime },
    {
      title: t('outbox.kind'),
      dataIndex: 'kind',
      width: 70,
      render: (kind: OutboxItem['kind']) => t(`outbox.kinds.${kind}`),
    },
    { title: t('outbox.recipient'), dataIndex: 'recipient', width: 190, ellipsis: true },
    { title: t('outbox.trackingCode'), dataIndex: 'trackingCode', width: 120, render: orDash },
    {
      title: t('outbox.subject'),
      key: 'subject',
      ellipsis: true,
      // an SMS has no subject: its text stands in
      render: (_: unknown, m: OutboxItem) => m.subject || m.body,
    },
    {
      title: t('outbox.status'),
      dataIndex: 'status',
      width: 190,
      render: (status: OutboxItem['status']) => <OutboxStatusTag status={status} />,
    },
    {
      title: t('outbox.reason'),
      key: 'reason',
      width: 220,
      ellipsis: true,
      // a capped message says why; a failing one shows its last error
      render: (_: unknown, m: OutboxItem) => orDash(m.cappedReason ?? m.lastError),
    },
    { title: t('outbox.attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
    { title: t('outbox.sentAt'), dataIndex: 'sentAt', width: 170, render: dateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_: unknown, m: OutboxItem) => (
        <Flex gap={4}>
          <Button type="link" size="small" onClick={() => onOpen(m.id)}>
            {t('outbox.view')}
          </Button>
          {canRetry && isRetryable(m) ? <RetryButton id={m.id} /> : null}
        </Flex>
      ),
    },
  ];
  return (
    <Table<OutboxItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1520 }}
      pagination={tablePagination(paging, total, onPageChange)}
      locale={{ emptyText: <Empty description={t('outbox.empty')} /> }}
    />
  );
}
