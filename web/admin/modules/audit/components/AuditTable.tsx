import { type TableColumnsType, Tag } from 'antd';
import { t } from '../../../i18n';
import { formatDateTime, orDash } from '../../../ui/format';
import { ListTable } from '../../../ui/list/ListTable';
import { type PageState, tablePagination } from '../../../ui/pagination';
import type { AuditEvent } from '../types/audit';
import { actionLabel, entityLabel } from '../utils/labels';
import { AuditChanges } from './AuditChanges';
import { AuditObject } from './AuditObject';

type AuditTableProps = {
  rows: AuditEvent[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
};

const actionColors: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  import: 'purple',
  login_failed: 'orange',
};

const columns: TableColumnsType<AuditEvent> = [
  {
    title: t('audit.at'),
    dataIndex: 'at',
    width: 140,
    render: (at: string) => formatDateTime(at),
  },
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

function hasChanges(event: AuditEvent): boolean {
  return event.before != null || event.after != null;
}

export function AuditTable({ rows, total, loading, paging, onPageChange }: AuditTableProps) {
  return (
    <ListTable<AuditEvent>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      expandable={{
        rowExpandable: hasChanges,
        expandedRowRender: (event) => <AuditChanges event={event} />,
      }}
      empty={t('audit.empty')}
    />
  );
}
