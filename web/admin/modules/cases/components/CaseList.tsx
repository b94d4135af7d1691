import { Card } from 'antd';
import { useState } from 'react';
import { DEFAULT_PAGE_SIZE } from '../../../ui/api';
import type { PageState } from '../../../ui/pagination';
import { QueryError } from '../../../ui/QueryError';
import { useCases } from '../hooks/useCases';
import type { CaseFilters } from '../types/case';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseTable } from './CaseTable';

type CaseListProps = {
  filters: CaseFilters;
  onFiltersChange: (filters: CaseFilters) => void;
  /** fixed filters the user cannot change (a cadre's own id on 我的诉求清单) */
  fixed?: CaseFilters;
  showOrgAndHandler: boolean;
};

/** The filter bar and the paged table, shared by 诉求件 and 我的诉求清单. */
export function CaseList({ filters, onFiltersChange, fixed, showOrgAndHandler }: CaseListProps) {
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const cases = useCases({ ...filters, ...fixed, ...paging });
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');
  return (
    <Card>
      <CaseFilterBar
        filters={filters}
        showOrgAndHandler={showOrgAndHandler}
        error={cases.error}
        onChange={(next) => {
          onFiltersChange(next);
          setPaging((current) => ({ ...current, page: 1 }));
        }}
      />
      {cases.error ? (
        <QueryError error={cases.error} onRetry={() => void cases.refetch()} />
      ) : (
        <CaseTable
          rows={cases.data?.items ?? []}
          total={cases.data?.total ?? 0}
          loading={cases.isFetching}
          paging={paging}
          onPageChange={setPaging}
          filtered={filtered}
        />
      )}
    </Card>
  );
}
