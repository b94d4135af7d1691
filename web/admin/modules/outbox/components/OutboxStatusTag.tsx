import { Tag } from 'antd';
import { t } from '../../../i18n';
import type { OutboxStatus } from '../types/outbox';

const colors: Record<OutboxStatus, string> = {
  pending: 'blue',
  sent: 'green',
  failed: 'red',
  kept: 'default',
  capped: 'orange',
};

/** The status in words (colour is never the only signal). */
export function OutboxStatusTag({ status }: { status: OutboxStatus }) {
  return <Tag color={colors[status]}>{t(`outbox.statuses.${status}`)}</Tag>;
}
