import { type TableColumnsType, Tag } from 'antd';
import dayjs from 'dayjs';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import type { QueryParams } from '../../../ui/api';
import { formatDateTime, orDash } from '../../../ui/format';
import { type Field, options } from '../../../ui/list/fields';
import type { ListFilters } from '../../../ui/list/listState';
import { type AuditEvent, auditActions, auditEntities } from '../types/audit';
import { actionLabel, entityLabel } from '../utils/labels';
import { AuditObject } from './AuditObject';

export const auditFilters: readonly Field<never>[] = [
  { name: 'q', label: t('audit.searchPlaceholder'), kind: 'text', maxLength: MAX_LEN.search },
  {
    name: 'entity',
    label: t('audit.filterEntity'),
    kind: 'select',
    options: options(auditEntities, (e) => t(`audit.entities.${e}`)),
  },
  {
    name: 'action',
    label: t('audit.filterAction'),
    kind: 'select',
    options: options(auditActions, (a) => t(`audit.actions.${a}`)),
  },
  { name: 'dates', label: t('audit.dateRange'), kind: 'dateRange' },
];

/** The period's days as the moments the API takes: from the start of the first to the end of the last. */
export function auditQuery({ from, to, ...filters }: ListFilters): QueryParams {
  const day = (value: unknown) => (typeof value === 'string' ? dayjs(value) : null);
  return {
    ...filters,
    from: day(from)?.startOf('day').toISOString(),
    to: day(to)?.endOf('day').toISOString(),
  };
}

const actionColors: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  import: 'purple',
  login_failed: 'orange',
};

export const auditColumns: TableColumnsType<AuditEvent> = [
  { title: t('audit.at'), dataIndex: 'at', width: 140, render: (at: string) => formatDateTime(at) },
  { title: t('audit.actor'), dataIndex: 'actorName', width: 120, render: orDash },
  {
    title: t('audit.action'),
    dataIndex: 'action',
    width: 100,
    render: (action: string) => <Tag color={actionColors[action]}>{actionLabel(action)}</Tag>,
  },
  {
    title: t('audit.entity'),
    dataIndex: 'entity',
    width: 100,
    render: (entity: string) => entityLabel(entity),
  },
  {
    title: t('audit.objectName'),
    key: 'object',
    width: 220,
    render: (_: unknown, event: AuditEvent) => <AuditObject event={event} />,
  },
  { title: t('audit.summary'), dataIndex: 'summary', width: 190, ellipsis: true },
  { title: t('audit.ip'), dataIndex: 'ip', width: 120, render: orDash },
];
