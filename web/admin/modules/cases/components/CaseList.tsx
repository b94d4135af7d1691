import type { ReactNode } from 'react';
import { t } from '../../../i18n';
import { ListPage } from '../../../ui/list/ListPage';
import { useList } from '../../../ui/list/useList';
import { CASES_PATH, caseKeys } from '../api/casesApi';
import type { Case } from '../types/case';
import { CaseCard, caseColumns } from './caseColumns';
import { caseFilters } from './caseFields';
import { LedgerExportButton } from './LedgerExportButton';

type CaseListProps = {
  title: string;
  /** those who oversee filter by unit and handler too */
  all: boolean;
  /** a filter the user cannot change (a cadre's own id on 我的诉求清单) */
  cadreId?: string;
  /** more buttons of the header (登记诉求) */
  extra?: ReactNode;
  intro?: ReactNode;
  children?: ReactNode;
};

/** The page of a case list with its filters and the 问题销号台账 export: 诉求件 and 我的诉求清单. */
export function CaseList({ title, all, cadreId, extra, intro, children }: CaseListProps) {
  const filters = all ? caseFilters.all : caseFilters.own;
  const list = useList<Case>({
    path: CASES_PATH,
    queryKey: caseKeys.lists(),
    filters,
    toQuery: (f) => ({ ...f, cadreId }),
  });
  // a filter is set: the empty state says nothing matched, not that there are no cases
  const filtered = Object.values(list.filters).some((v) => v !== undefined && v !== '');
  return (
    <ListPage<Case, typeof list.filters>
      title={title}
      intro={intro}
      extra={
        <>
          <LedgerExportButton query={list.query} />
          {extra}
        </>
      }
      filters={filters}
      list={list}
      columns={caseColumns}
      card={(c) => <CaseCard c={c} />}
      rowKey="id"
      empty={filtered ? t('cases.emptyFiltered') : t('cases.empty')}
    >
      {children}
    </ListPage>
  );
}
