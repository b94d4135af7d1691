import { Alert, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { CaseList } from '../modules/cases/components/CaseList';
import { LedgerExportButton } from '../modules/cases/components/LedgerExportButton';
import type { CaseFilters } from '../modules/cases/types/case';
import { PageHeader } from '../ui/PageHeader';

/** 我的诉求清单: the cases written to the signed-in cadre or handled by him, and their ledger. */
export function MyCasesPage() {
  const user = useCurrentUser();
  const [filters, setFilters] = useState<CaseFilters>({});
  const cadreId = user.cadreId;
  return (
    <>
      <PageHeader
        title={t('cases.myTitle')}
        extra={cadreId ? <LedgerExportButton filters={{ ...filters, cadreId }} /> : null}
      />
      {cadreId ? (
        <>
          <Typography.Paragraph type="secondary">{t('cases.myHint')}</Typography.Paragraph>
          <CaseList
            filters={filters}
            onFiltersChange={setFilters}
            fixed={{ cadreId }}
            showOrgAndHandler={false}
          />
        </>
      ) : (
        <Alert type="info" showIcon title={t('cases.myNoCadre')} />
      )}
    </>
  );
}
