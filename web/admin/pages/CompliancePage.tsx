import { Alert, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { COMPLIANCE_PATH, complianceFilterQuery } from '../modules/compliance/api/complianceApi';
import { CadreCalendarDrawer } from '../modules/compliance/components/CadreCalendarDrawer';
import { ComplianceFilterBar } from '../modules/compliance/components/ComplianceFilterBar';
import { ComplianceTable } from '../modules/compliance/components/ComplianceTable';
import { RemindButton } from '../modules/compliance/components/RemindButton';
import { UnitSummaryTable } from '../modules/compliance/components/UnitSummaryTable';
import {
  useCompliance,
  useDefaultMonth,
  useUnitSummary,
} from '../modules/compliance/hooks/useCompliance';
import type { ComplianceFilters, ComplianceItem } from '../modules/compliance/types/compliance';
import { DEFAULT_PAGE_SIZE } from '../ui/api';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { FullPageSpin } from '../ui/FullPageSpin';
import { PageHeader } from '../ui/PageHeader';
import type { PageState } from '../ui/pagination';
import { QueryError } from '../ui/QueryError';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function ComplianceBoard({ initialMonth }: { initialMonth: string }) {
  const user = useCurrentUser();
  const [filters, setFilters] = useState<ComplianceFilters>({ month: initialMonth });
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [calendarOf, setCalendarOf] = useState<ComplianceItem | null>(null);
  const list = useCompliance({ ...filters, ...paging });
  const units = useUnitSummary(filters);
  const mayRemind = user.role === 'admin' || user.role === 'office';
  const campaign = list.data?.campaign ?? units.data?.campaign;
  const noCampaign = list.data && !list.data.campaign;

  const changeFilters = (next: ComplianceFilters) => {
    setFilters(next);
    setPaging((current) => ({ ...current, page: 1 }));
  };

  return (
    <>
      <PageHeader
        title={t('compliance.title')}
        extra={
          <>
            {mayRemind && !noCampaign ? <RemindButton month={filters.month} /> : null}
            <ExcelActions
              basePath={COMPLIANCE_PATH}
              templateFileName=""
              exportFileName={`${t('compliance.exportFile')}-${filters.month}.xlsx`}
              exportQuery={complianceFilterQuery(filters)}
              canImport={false}
              onImported={() => undefined}
            />
          </>
        }
      />
      <Card>
        <ComplianceFilterBar filters={filters} onChange={changeFilters} />
        {campaign ? (
          <Typography.Paragraph type="secondary">
            {t('compliance.campaign')}：{campaign.name}
          </Typography.Paragraph>
        ) : null}
        {noCampaign ? (
          <Alert
            type="info"
            showIcon
            title={t('compliance.noCampaign')}
            description={t('compliance.noCampaignMonth', { month: filters.month })}
          />
        ) : (
          <Flex vertical gap="large">
            <section>
              <Typography.Title level={5}>{t('compliance.unitsTitle')}</Typography.Title>
              {units.error ? (
                <QueryError error={units.error} onRetry={() => void units.refetch()} />
              ) : (
                <UnitSummaryTable data={units.data} loading={units.isFetching} />
              )}
            </section>
            <section>
              <Typography.Title level={5}>{t('compliance.cadresTitle')}</Typography.Title>
              {list.error ? (
                <QueryError error={list.error} onRetry={() => void list.refetch()} />
              ) : (
                <ComplianceTable
                  rows={list.data?.items ?? []}
                  total={list.data?.total ?? 0}
                  loading={list.isFetching}
                  paging={paging}
                  onPageChange={setPaging}
                  onCalendar={setCalendarOf}
                />
              )}
            </section>
          </Flex>
        )}
      </Card>
      <CadreCalendarDrawer item={calendarOf} onClose={() => setCalendarOf(null)} />
    </>
  );
}

/** 指标达标: the month's compliance by unit and by cadre (?month=YYYY-MM to open a month). */
export function CompliancePage() {
  const [params] = useSearchParams();
  const asked = params.get('month');
  const fallback = useDefaultMonth();
  const month = asked && MONTH.test(asked) ? asked : fallback;
  if (!month) return <FullPageSpin />;
  return <ComplianceBoard initialMonth={month} />;
}
