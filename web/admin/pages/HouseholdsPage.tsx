import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { t } from '../i18n';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import { HOUSEHOLDS_PATH, householdFilterQuery } from '../modules/households/api/householdsApi';
import { HouseholdDetailModal } from '../modules/households/components/HouseholdDetailModal';
import { HouseholdFilterBar } from '../modules/households/components/HouseholdFilterBar';
import { HouseholdFormModal } from '../modules/households/components/HouseholdFormModal';
import { HouseholdTable } from '../modules/households/components/HouseholdTable';
import { useHouseholds, useInvalidateHouseholds } from '../modules/households/hooks/useHouseholds';
import type { Household, HouseholdFilters } from '../modules/households/types/household';
import { HouseholdPairingHistory } from '../modules/pairings/components/HouseholdPairingHistory';
import { DEFAULT_PAGE_SIZE } from '../ui/api';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { useUrlParam } from '../ui/list/useUrlParam';
import { PageHeader } from '../ui/PageHeader';
import type { PageState } from '../ui/pagination';
import { QueryError } from '../ui/QueryError';

/** The household being edited, a new one (null), or no open form (undefined). */
type Editing = Household | null | undefined;

/** 住户: the households at the contact points, personal data masked. */
export function HouseholdsPage() {
  // the roles that write households are the ones that may see personal data unmasked
  const { canWrite } = usePermissions();
  const [filters, setFilters] = useState<HouseholdFilters>({});
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<Editing>(undefined);
  const [viewing, setViewing] = useUrlParam('view');
  const households = useHouseholds({ ...filters, ...paging });
  const invalidate = useInvalidateHouseholds();

  const changeFilters = (next: HouseholdFilters) => {
    setFilters(next);
    setPaging((current) => ({ ...current, page: 1 }));
  };

  return (
    <>
      <PageHeader
        title={t('households.title')}
        extra={
          <>
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
                {t('households.create')}
              </Button>
            ) : null}
            <ExcelActions
              basePath={HOUSEHOLDS_PATH}
              templateFileName={`${t('households.title')}-template.xlsx`}
              exportFileName={`${t('households.title')}.xlsx`}
              exportQuery={householdFilterQuery(filters)}
              canImport={canWrite}
              onImported={() => void invalidate()}
            />
          </>
        }
      />
      <Card>
        <HouseholdFilterBar filters={filters} onChange={changeFilters} />
        {households.error ? (
          <QueryError error={households.error} onRetry={() => void households.refetch()} />
        ) : (
          <HouseholdTable
            rows={households.data?.items ?? []}
            total={households.data?.total ?? 0}
            loading={households.isFetching}
            paging={paging}
            onPageChange={setPaging}
            canWrite={canWrite}
            onView={(h) => setViewing(h.id)}
            onEdit={setEditing}
          />
        )}
      </Card>
      {canWrite ? (
        <HouseholdFormModal
          open={editing !== undefined}
          household={editing ?? null}
          defaultContactPointId={filters.contactPointId}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
      <HouseholdDetailModal
        householdId={viewing}
        canReveal={canWrite}
        onClose={() => setViewing(null)}
      >
        {viewing ? <HouseholdPairingHistory householdId={viewing} /> : null}
      </HouseholdDetailModal>
    </>
  );
}
