import { t } from '../i18n';
import { AUDIT_PATH, auditKeys } from '../modules/audit/api/auditApi';
import { AuditChanges } from '../modules/audit/components/AuditChanges';
import { auditColumns, auditFilters, auditQuery } from '../modules/audit/components/auditFields';
import type { AuditEvent } from '../modules/audit/types/audit';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';

const hasChanges = (event: AuditEvent) => event.before != null || event.after != null;

export function AuditPage() {
  const list = useList<AuditEvent>({
    path: AUDIT_PATH,
    queryKey: auditKeys.lists(),
    filters: auditFilters,
    toQuery: auditQuery,
  });

  return (
    <ListPage<AuditEvent, typeof list.filters>
      title={t('audit.title')}
      extra={
        <ExcelActions
          basePath={AUDIT_PATH}
          exportFileName={`${t('audit.title')}.xlsx`}
          exportQuery={list.query}
        />
      }
      filters={auditFilters}
      list={list}
      columns={auditColumns}
      rowKey="id"
      empty={t('audit.empty')}
      expandable={{
        rowExpandable: hasChanges,
        expandedRowRender: (event) => <AuditChanges event={event} />,
      }}
    />
  );
}
