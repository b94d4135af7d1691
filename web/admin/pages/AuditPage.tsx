import { Card } from 'antd';
import { useState } from 'react';
import { t } from '../i18n';
import { AUDIT_PATH, auditFilterQuery } from '../modules/audit/api/auditApi';
import { AuditFilterBar } from '../modules/audit/components/AuditFilterBar';
import { AuditTable } from '../modules/audit/components/AuditTable';
import { useAuditEvents } from '../modules/audit/hooks/useAuditEvents';
import type { AuditFilters } from '../modules/audit/types/audit';
import { DEFAULT_PAGE_SIZE } from '../ui/api';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { PageHeader } from '../ui/PageHeader';
import type { PageState } from '../ui/pagination';
import { QueryError } from '../ui/QueryError';

export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const events = useAuditEvents({ ...filters, ...paging });

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        extra={
          <ExcelActions
            basePath={AUDIT_PATH}
            templateFileName=""
            exportFileName={`${t('audit.title')}.xlsx`}
            exportQuery={auditFilterQuery(filters)}
            canImport={false}
            onImported={() => undefined}
          />
        }
      />
      <Card>
        <AuditFilterBar
          filters={filters}
          onChange={(next) => {
            setFilters(next);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
        />
        {events.error ? (
          <QueryError error={events.error} onRetry={() => void events.refetch()} />
        ) : (
          <AuditTable
            rows={events.data?.items ?? []}
            total={events.data?.total ?? 0}
            loading={events.isFetching}
            paging={paging}
            onPageChange={setPaging}
          />
        )}
      </Card>
    </>
  );
}
