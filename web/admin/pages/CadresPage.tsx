import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import { CADRES_PATH, cadreFilterQuery } from '../modules/cadres/api/cadresApi';
import { CadreFilterBar } from '../modules/cadres/components/CadreFilterBar';
import { CadreFormModal } from '../modules/cadres/components/CadreFormModal';
import { CadreTable } from '../modules/cadres/components/CadreTable';
import { useInvalidateCadres } from '../modules/cadres/hooks/useCadreMutations';
import { useCadres } from '../modules/cadres/hooks/useCadres';
import type { Cadre, CadreFilters } from '../modules/cadres/types/cadre';
import { DEFAULT_PAGE_SIZE } from '../ui/api';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { useUrlParam } from '../ui/list/useUrlParam';
import { PageHeader } from '../ui/PageHeader';
import type { PageState } from '../ui/pagination';
import { QueryError } from '../ui/QueryError';

/** The cadre being edited, a new one (null), or no open form (undefined). */
type Editing = Cadre | null | undefined;

export function CadresPage() {
  const user = useCurrentUser();
  const { canWrite } = usePermissions();
  // ?q= from a link (the audit log's): the list opens searched for that object
  const [linkedQuery] = useUrlParam('q');
  const [filters, setFilters] = useState<CadreFilters>(() =>
    linkedQuery ? { q: linkedQuery } : {},
  );
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<Editing>(undefined);
  const cadres = useCadres({ ...filters, ...paging });
  const invalidateCadres = useInvalidateCadres();

  const changeFilters = (next: CadreFilters) => {
    setFilters(next);
    setPaging((current) => ({ ...current, page: 1 }));
  };

  return (
    <>
      <PageHeader
        title={t('cadres.title')}
        extra={
          <>
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
                {t('cadres.create')}
              </Button>
            ) : null}
            <ExcelActions
              basePath={CADRES_PATH}
              templateFileName={`${t('cadres.title')}-template.xlsx`}
              exportFileName={`${t('cadres.title')}.xlsx`}
              exportQuery={cadreFilterQuery(filters)}
              canImport={canWrite}
              onImported={() => void invalidateCadres()}
            />
          </>
        }
      />
      <Card>
        <CadreFilterBar filters={filters} onChange={changeFilters} />
        {cadres.error ? (
          <QueryError error={cadres.error} onRetry={() => void cadres.refetch()} />
        ) : (
          <CadreTable
            rows={cadres.data?.items ?? []}
            total={cadres.data?.total ?? 0}
            loading={cadres.isFetching}
            paging={paging}
            onPageChange={setPaging}
            canWrite={canWrite}
            onEdit={setEditing}
          />
        )}
      </Card>
      {canWrite ? (
        <CadreFormModal
          open={editing !== undefined}
          cadre={editing ?? null}
          defaultOrgId={user.orgId}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </>
  );
}
