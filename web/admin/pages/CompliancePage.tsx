import { Alert, Card, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ACCESS, may } from '../../../common/access.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { COMPLIANCE_PATH, complianceKeys } from '../modules/compliance/api/complianceApi';
import { CadreCalendarDrawer } from '../modules/compliance/components/CadreCalendarDrawer';
import {
  complianceColumns,
  complianceFilters,
  complianceQuery,
} from '../modules/compliance/components/complianceFields';
import { RemindButton } from '../modules/compliance/components/RemindButton';
import { UnitSummaryTable } from '../modules/compliance/components/UnitSummaryTable';
import { useDefaultMonth, useUnitSummary } from '../modules/compliance/hooks/useCompliance';
import type { ComplianceItem, ComplianceList } from '../modules/compliance/types/compliance';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { FullPageSpin } from '../ui/FullPageSpin';
import { FilterBar } from '../ui/list/FilterBar';
import { ListView } from '../ui/list/ListView';
import { monthOr } from '../ui/list/MonthControl';
import { useList } from '../ui/list/useList';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';

function ComplianceBoard({ initialMonth }: { initialMonth: string }) {
  const user = useCurrentUser();
  const [calendarOf, setCalendarOf] = useState<ComplianceItem | null>(null);
  const filters = useMemo(() => complianceFilters(initialMonth), [initialMonth]);
  const list = useList<ComplianceItem>({
    path: COMPLIANCE_PATH,
    queryKey: complianceKeys.lists(),
    filters,
    toQuery: complianceQuery(initialMonth),
  });
  const month = String(list.query.month);
  const units = useUnitSummary({
    month,
    orgId: list.filters.orgId as string | undefined,
    campaignId: list.filters.campaignId as string | undefined,
    leadingOnly: list.filters.leadingOnly === true,
  });
  const data = list.result.data as ComplianceList | undefined;
  const mayRemind = may(ACCESS.compliance.write, user.role);
  const campaign = data?.campaign ?? units.data?.campaign;
  const noCampaign = data && !data.campaign;
  const title = (key: 'unitsTitle' | 'cadresTitle') => (
    <Typography.Title level={5}>{t(`compliance.${key}`)}</Typography.Title>
  );

  return (
    <>
      <PageHeader
        title={t('compliance.title')}
        extra={
          <>
            {mayRemind && !noCampaign ? <RemindButton month={month} /> : null}
            <ExcelActions
              basePath={COMPLIANCE_PATH}
              exportFileName={`${t('compliance.exportFile')}-${month}.xlsx`}
              exportQuery={list.query}
            />
          </>
        }
      />
      <Card>
        <FilterBar fields={filters} values={list.filters} onChange={list.setFilters} />
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
            description={t('compliance.noCampaignMonth', { month })}
          />
        ) : (
          <Flex vertical gap="large">
            <section>
              {title('unitsTitle')}
              {units.error ? (
                <QueryError error={units.error} onRetry={() => void units.refetch()} />
              ) : (
                <UnitSummaryTable data={units.data} loading={units.isFetching} />
              )}
            </section>
            <section>
              {title('cadresTitle')}
              <ListView<ComplianceItem, typeof list.filters>
                list={list}
                columns={complianceColumns(setCalendarOf)}
                rowKey="cadreId"
                empty={t('compliance.emptyCadres')}
              />
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
  const fallback = useDefaultMonth();
  const month = fallback ?? monthOr(params.get('month'), '');
  if (!month) return <FullPageSpin />;
  return <ComplianceBoard initialMonth={month} />;
}
