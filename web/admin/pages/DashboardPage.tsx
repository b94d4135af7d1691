import { Col, Flex, Row, Skeleton, Typography } from 'antd';
import { may, UNIT_BOUND_ROLES } from '../../../common/access.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { CampaignCard } from '../modules/dashboard/components/CampaignCard';
import { CasesCharts, CasesFigures } from '../modules/dashboard/components/CasesSection';
import {
  ComplianceCharts,
  ComplianceFigures,
} from '../modules/dashboard/components/ComplianceSection';
import { DashboardFilters } from '../modules/dashboard/components/DashboardFilters';
import { ReportActions } from '../modules/dashboard/components/ReportActions';
import { TileCard } from '../modules/dashboard/components/TileCard';
import { useDashboard, useDashboardFilters } from '../modules/dashboard/hooks/useDashboard';
import { formatMonth } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';

function SectionTitle({ children }: { children: string }) {
  return (
    <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
      {children}
    </Typography.Title>
  );
}

/**
 * 首页 of those who oversee (the bureau; a unit admin his units): the campaign, this month's
 * 达标率, the cases and the modules' tiles, every figure a link to the list that counts it.
 */
export function DashboardPage() {
  const user = useCurrentUser();
  const [query, setQuery] = useDashboardFilters();
  const dashboard = useDashboard(query);
  const data = dashboard.data;
  const month = data?.compliance.month ?? formatMonth(new Date().toISOString());
  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={t('dashboard.title')}
        extra={<ReportActions month={month} query={query} />}
      />
      <DashboardFilters value={query} onChange={setQuery} />
      {data ? (
        <Typography.Text type="secondary">
          {query.orgId
            ? null
            : `${t('dashboard.scope', {
                name: (may(UNIT_BOUND_ROLES, user.role) && user.orgName) || t('dashboard.bureau'),
              })}　`}
          {t('dashboard.period')}：{data.period.from} ~ {data.period.to}
          {data.comparison
            ? `（${t('dashboard.comparison', { label: data.comparison.label })}：${data.comparison.from} ~ ${data.comparison.to}）`
            : ''}
        </Typography.Text>
      ) : null}
      {dashboard.error ? (
        <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : null}
      {dashboard.isPending ? <Skeleton active paragraph={{ rows: 12 }} /> : null}
      {data ? (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={8}>
              <CampaignCard campaign={data.campaign} />
            </Col>
            <Col xs={24} lg={16}>
              <Flex vertical gap={8}>
                <Typography.Text strong>
                  {t('dashboard.compliance', { month: data.compliance.month })}
                </Typography.Text>
                <ComplianceFigures data={data} />
              </Flex>
            </Col>
          </Row>
          <ComplianceCharts data={data} query={query} />
          <SectionTitle>{t('dashboard.cases')}</SectionTitle>
          <CasesFigures data={data} />
          <CasesCharts data={data} query={query} />
          {data.tiles.length ? <SectionTitle>{t('dashboard.tiles')}</SectionTitle> : null}
          <Row gutter={[12, 12]}>
            {data.tiles.map((tile) => (
              <Col xs={24} xl={12} key={tile.key}>
                <TileCard tile={tile} query={query} />
              </Col>
            ))}
          </Row>
        </>
      ) : null}
    </Flex>
  );
}
