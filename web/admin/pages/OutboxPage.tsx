import { Card, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { outboxQuery } from '../modules/outbox/api/outboxApi';
import { OutboxDetailDrawer } from '../modules/outbox/components/OutboxDetailDrawer';
import { OutboxFilterBar } from '../modules/outbox/components/OutboxFilterBar';
import { OutboxTable } from '../modules/outbox/components/OutboxTable';
import { useOutbox } from '../modules/outbox/hooks/useOutbox';
import type { OutboxFilters } from '../modules/outbox/types/outbox';
import { DEFAULT_PAGE_SIZE } from '../ui/api';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { useUrlParam } from '../ui/list/useUrlParam';
import { PageHeader } from '../ui/PageHeader';
import type { PageState } from '../ui/pagination';
import { QueryError } from '../ui/QueryError';

/** 发件箱 (系统管理): what was sent to citizens, what is kept for lack of a relay, what failed. */
export function OutboxPage() {
  const user = useCurrentUser();
  const [filters, setFilters] = useState<OutboxFilters>({});
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [openId, setOpenId] = useUrlParam('view');
  const messages = useOutbox({ ...filters, ...paging });
  const canRetry = user.role === 'admin';

  return (
    <>
      <PageHeader
        title={t('outbox.title')}
        extra={
          <ExcelActions
            basePath="/api/outbox"
            templateFileName=""
            exportFileName={t('outbox.exportFileName')}
            exportQuery={outboxQuery(filters)}
            canImport={false}
            onImported={() => undefined}
          />
        }
      />
      <Card>
        <Typography.Paragraph type="secondary">{t('outbox.intro')}</Typography.Paragraph>
        <OutboxFilterBar
          filters={filters}
          onChange={(next) => {
            setFilters(next);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
        />
        {messages.error ? (
          <QueryError error={messages.error} onRetry={() => void messages.refetch()} />
        ) : (
          <OutboxTable
            rows={messages.data?.items ?? []}
            total={messages.data?.total ?? 0}
            loading={messages.isFetching}
            paging={paging}
            onPageChange={setPaging}
            onOpen={setOpenId}
            canRetry={canRetry}
          />
        )}
      </Card>
      <OutboxDetailDrawer id={openId} canRetry={canRetry} onClose={() => setOpenId(null)} />
    </>
  );
}
