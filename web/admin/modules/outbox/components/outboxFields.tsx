import type { TableColumnsType } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { orDash } from '../../../ui/format';
import { fieldColumn, rowActionsColumn, StateTag, stateTags } from '../../../ui/list/cells';
import { type Field, options } from '../../../ui/list/fields';
import { isRetryable, type OutboxItem, outboxKinds, outboxStatuses } from '../types/outbox';
import { retryAction } from './RetryButton';

/** The status in words (colour is never the only signal). */
export const outboxStatusTags = stateTags(outboxStatuses, (s) => t(`outbox.statuses.${s}`), {
  pending: 'blue',
  sent: 'green',
  failed: 'red',
  kept: 'default',
  capped: 'orange',
});

type OutboxField = Field<OutboxItem>;
const kind: OutboxField = {
  name: 'kind',
  label: t('outbox.kind'),
  kind: 'select',
  options: options(outboxKinds, (k) => t(`outbox.kinds.${k}`)),
};
const status: OutboxField = {
  name: 'status',
  label: t('outbox.status'),
  kind: 'select',
  options: options(outboxStatuses, (s) => t(`outbox.statuses.${s}`)),
  render: (m) => <StateTag state={m.status} tags={outboxStatusTags} />,
};
const text = (name: keyof OutboxItem & string, more: Partial<OutboxField> = {}): OutboxField => ({
  name,
  label: t(`outbox.${name as 'recipient'}`),
  kind: 'text',
  ...more,
});
const moment = (name: 'createdAt' | 'sentAt'): OutboxField => ({
  name,
  label: t(`outbox.${name}`),
  kind: 'dateTime',
});

export const outboxFilters: readonly Field<never>[] = [
  {
    name: 'q',
    label: t('outbox.searchPlaceholder'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 280,
  },
  { ...kind, label: t('outbox.filterKind'), width: 120 },
  { ...status, label: t('outbox.filterStatus'), width: 200 },
];

/** One message in full: the recipient unmasked (an audited read). */
export const outboxDetail: readonly OutboxField[] = [
  kind,
  text('recipient'),
  text('trackingCode'),
  status,
  text('cappedReason', { shownWhen: (m) => Boolean(m.cappedReason) }),
  text('attempts'),
  text('lastError'),
  moment('createdAt'),
  moment('sentAt'),
  text('subject', { shownWhen: (m) => m.kind === 'email' }),
];

export function outboxColumns(
  onOpen: (id: string) => void,
  canRetry: boolean,
  retry: Parameters<typeof retryAction>[1],
): TableColumnsType<OutboxItem> {
  return [
    fieldColumn(moment('createdAt'), { width: 140 }),
    fieldColumn(kind, { width: 56 }),
    { title: t('outbox.recipient'), dataIndex: 'recipient', width: 110, ellipsis: true },
    fieldColumn(text('trackingCode'), { width: 110 }),
    {
      title: t('outbox.subject'),
      key: 'subject',
      width: 130,
      ellipsis: true,
      // an SMS has no subject: its text stands in
      render: (_: unknown, m: OutboxItem) => m.subject || m.body,
    },
    // wide enough for the longest status, 超出上限未发送
    fieldColumn(status, { width: 130 }),
    {
      title: t('outbox.reason'),
      key: 'reason',
      width: 120,
      ellipsis: true,
      // a capped message says why; a failing one shows its last error
      render: (_: unknown, m: OutboxItem) => orDash(m.cappedReason ?? m.lastError),
    },
    fieldColumn(moment('sentAt'), { width: 140 }),
    ...rowActionsColumn(100, (m: OutboxItem) => [
      { label: t('outbox.view'), onClick: () => onOpen(m.id) },
      { ...retryAction(m.id, retry), shown: canRetry && isRetryable(m) },
    ]),
  ];
}
