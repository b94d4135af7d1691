import { Col, Row } from 'antd';
import { t } from '../../../i18n';
import type { Dashboard, DashboardQuery } from '../types/dashboard';
import { ChartCard } from './ChartCard';
import { Figure } from './Figure';

/** the charts draw the rate; the table beside it has the counts too */
const RATE = ['rate'];
const GUTTER: [number, number] = [12, 12];

const figureColumns = [
  { key: 'rate', title: t('dashboard.rate'), format: 'rate' },
  { key: 'met', title: t('dashboard.complianceMet'), format: 'count' },
  { key: 'cadres', title: t('dashboard.complianceCadres'), format: 'count' },
] as const;

/** 本月指标达标: the rate, 领导干部 first, by month, by unit and by rank. */
export function ComplianceFigures({ data }: { data: Dashboard }) {
  const c = data.compliance;
  const previous = c.previous && data.comparison ? data.comparison.label : null;
  return (
    <Row gutter={GUTTER}>
      <Col xs={12} md={6}>
        <Figure
          title={t('dashboard.complianceLeading')}
          value={c.leading.rate}
          format="rate"
          link={c.links.leading}
        />
      </Col>
      <Col xs={12} md={6}>
        <Figure
          title={t('dashboard.complianceRate')}
          value={c.rate}
          format="rate"
          previous={previous && c.previous ? { value: c.previous.rate, label: previous } : null}
        />
      </Col>
      <Col xs={12} md={6}>
        <Figure
          title={t('dashboard.complianceMet')}
          value={c.met}
          suffix={`/ ${c.cadres}`}
          link={c.links.met}
        />
      </Col>
      <Col xs={12} md={6}>
        <Figure
          title={t('dashboard.complianceBehind')}
          value={c.cadres - c.met}
          tone="bad"
          link={c.links.notMet ?? c.link}
        />
      </Col>
    </Row>
  );
}

export function ComplianceCharts({ data, query }: { data: Dashboard; query: DashboardQuery }) {
  const c = data.compliance;
  return (
    <Row gutter={GUTTER}>
      <Col xs={24} lg={8}>
        <ChartCard
          name="complianceTrend"
          title={t('dashboard.complianceTrend')}
          chart="line"
          query={query}
          columns={[{ key: 'name', title: t('dashboard.month'), format: 'text' }, figureColumns[0]]}
          rows={c.trend.map((m) => ({ key: m.month, cells: { name: m.month, rate: m.rate } }))}
        />
      </Col>
      <Col xs={24} lg={8}>
        <ChartCard
          name="complianceByUnit"
          title={t('dashboard.complianceByUnit')}
          chart="bar"
          query={query}
          series={RATE}
          columns={[{ key: 'name', title: t('dashboard.unit'), format: 'text' }, ...figureColumns]}
          rows={c.byUnit.map((u) => ({
            key: u.orgId,
            cells: { name: u.orgName, rate: u.rate, met: u.met, cadres: u.cadres },
            link: u.link,
          }))}
        />
      </Col>
      <Col xs={24} lg={8}>
        <ChartCard
          name="complianceByRank"
          title={t('dashboard.complianceByRank')}
          chart="bar"
          query={query}
          series={RATE}
          columns={[{ key: 'name', title: t('dashboard.rank'), format: 'text' }, ...figureColumns]}
          rows={c.byRank.map((r) => ({
            key: r.rank,
            cells: { name: r.label, rate: r.rate, met: r.met, cadres: r.cadres },
            link: r.link,
          }))}
        />
      </Col>
    </Row>
  );
}
