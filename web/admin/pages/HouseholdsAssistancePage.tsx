import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { t } from '../i18n';
import { ASSISTANCE_PATH, assistanceFilterQuery } from '../modules/assistance/api/assistanceApi';
import { AssistanceFilterBar } from '../modules/assistance/components/AssistanceFilterBar';
import { AssistanceFormModal } from '../modules/assistance/components/AssistanceFormModal';
import { AssistanceTable } from '../modules/assistance/components/AssistanceTable';
import { useAssistanceList } from '../modules/assistance/hooks/useAssistance';
import type { Assistance, AssistanceFilters } from '../modules/assistance/types/assistance';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import { DEFAULT_PAGE_SIZE } from '../ui/api';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { PageHeader } from '../ui/PageHeader';
import type { PageState } from '../ui/pagination';
import { QueryError } from '../ui/QueryError';

/** The record being edited, a new one (null), or no open form (undefined). */
type Editing = Assistance | null | undefined;

/** 帮扶记录: cadres record their own on a phone; unit admins for their cadres. */
export function HouseholdsAssistancePage() {
  const user = useCurrentUser();
  const { canWrite } = usePermissions();
  const asCadre = user.role === 'cadre';
  const canRecord = canWrite || asCadre;
  const [filters, setFilters] = useState<AssistanceFilters>({});
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<Editing>(undefined);
  const list = useAssistanceList({ ...filters, ...paging });

  const changeFilters = (next: AssistanceFilters) => {
    setFilters(next);
    setPaging((current) => ({ ...current, page: 1 }));
  };

  return (
    <>
      <PageHeader
        title={t('households.assistance.title')}
        extra={
          <>
            {canRecord ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
                {t('households.assistance.create')}
              </Button>
            ) : null}
            <ExcelActions
              basePath={ASSISTANCE_PATH}
              templateFileName=""
              exportFileName={`${t('households.assistance.title')}.xlsx`}
              exportQuery={assistanceFilterQuery(filters)}
              canImport={false}
              onImported={() => undefined}
            />
          </>
        }
      />
      <Card>
        <AssistanceFilterBar
          filters={filters}
          onChange={changeFilters}
          showOrg={!asCadre}
          error={list.error}
        />
        {list.error ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <AssistanceTable
            rows={list.data?.items ?? []}
            total={list.data?.total ?? 0}
            loading={list.isFetching}
            paging={paging}
            onPageChange={setPaging}
            canEdit={(row) => row.editable}
            onEdit={setEditing}
          />
        )}
      </Card>
      {canRecord ? (
        <AssistanceFormModal
          open={editing !== undefined}
          record={editing ?? null}
          asCadre={asCadre}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </>
  );
}
