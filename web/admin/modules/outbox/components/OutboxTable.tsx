import { Button, Flex, type TableColumnsType } from 'antd';
import { t } from '../../../i18n';
import { formatDateTime, orDash } from '../../../ui/format';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
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
    { title: t('outbox.createdAt'), dataIndex: 'createdAt', width: 140, render: dateTime },
    {
      title: t('outbox.kind'),
      dataIndex: 'kind',
      width: 56,
      render: (kind: OutboxItem['kind']) => t(`outbox.kinds.${kind}`),
    },
    { title: t('outbox.recipient'), dataIndex: 'recipient', width: 110, ellipsis: true },
    { title: t('outbox.trackingCode'), dataIndex: 'trackingCode', width: 110, render: orDash },
    {
      title: t('outbox.subject'),
      key: 'subject',
      width: 130,
      ellipsis: true,
      // an SMS has no subject: its text stands in
      render: (_: unknown, m: OutboxItem) => m.subject || m.body,
    },
    {
      title: t('outbox.status'),
      dataIndex: 'status',
      // wide enough for the longest status, 超出上限未发送
      width: 130,
      render: (status: OutboxItem['status']) => <OutboxStatusTag status={status} />,
    },
    {
      title: t('outbox.reason'),
      key: 'reason',
      width: 120,
      ellipsis: true,
      // a capped message says why; a failing one shows its last error
      render: (_: unknown, m: OutboxItem) => orDash(m.cappedReason ?? m.lastError),
    },
    { title: t('outbox.sentAt'), dataIndex: 'sentAt', width: 140, render: dateTime },
    actionColumn(100, (m: OutboxItem) => (
      <Flex gap={0}>
        <Button type="link" size="small" onClick={() => onOpen(m.id)}>
          {t('outbox.view')}
        </Button>
        {canRetry && isRetryable(m) ? <RetryButton id={m.id} /> : null}
      </Flex>
    )),
  ];
  return (
    <ListTable<OutboxItem>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      empty={t('outbox.empty')}
    />
  );
}
