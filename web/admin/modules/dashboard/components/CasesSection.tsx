import { Card, Col, Row, Table } from 'antd';
import { Link } from 'react-router-dom';
import { t } from '../../../i18n';
import type { CountRow, Dashboard, DashboardQuery } from '../types/dashboard';
import { ChartCard, type TableColumn, type TableRow } from './ChartCard';
import { Figure, FigureGroup, type FigureProps } from './Figure';
import { satisfiedRate } from './format';

const GUTTER: [number, number] = [12, 12];

const countColumns: readonly TableColumn[] = [
  { key: 'name', title: t('dashboard.item'), format: 'text' },
  { key: 'value', title: t('dashboard.count'), format: 'count' },
];

const toRows = (rows: readonly CountRow[]): TableRow[] =>
  rows.map((r) => ({ key: r.key, cells: { name: r.label, value: r.value }, link: r.link }));

/** 诉求件: received, timeliness, overdue, reopened, satisfaction — each a link to its cases. */
export function CasesFigures({ data }: { data: Dashboard }) {
  const c = data.cases;
  const links = c.links;
  const label = data.comparison?.label;
  const previous = (value: number | null | undefined) =>
    label && c.previous && value !== undefined ? { value, label } : null;
  return (
    <Row gutter={GUTTER}>
      <Col xs={12} sm={8} lg={4}>
        <Figure
          title={t('dashboard.received')}
          value={c.received}
          link={links.received}
          previous={previous(c.previous?.received)}
        />
      </Col>
      <Col xs={12} sm={8} lg={4}>
        <Figure
          title={t('dashboard.receivedWeek')}
          value={c.receivedWeek}
          link={links.receivedWeek}
        />
      </Col>
      <Col xs={12} sm={8} lg={4}>
        <Figure
          title={t('dashboard.received4Weeks')}
          value={c.received4Weeks}
          link={links.received4Weeks}
        />
      </Col>
      <Col xs={12} sm={8} lg={4}>
        <Figure
          title={t('dashboard.receivedYear')}
          value={c.receivedYear}
          link={links.receivedYear}
        />
      </Col>
      <Col xs={12} sm={8} lg={4}>
        <Figure
          title={t('dashboard.overdue')}
          value={c.overdue}
          tone="bad"
          link={links.overdue}
          previous={previous(c.previous?.overdue)}
        />
      </Col>
      <Col xs={12} sm={8} lg={4}>
        <Figure
          title={t('dashboard.onTimeCompletion')}
          value={c.onTimeCompletionRate}
          format="rate"
          previous={previous(c.previous?.onTimeCompletionRate)}
        />
      </Col>
      <Col xs={12} sm={8} lg={4}>
        <Figure
          title={t('dashboard.onTimeAcceptance')}
          value={c.onTimeAcceptanceRate}
          format="rate"
        />
      </Col>
      <Col xs={12} sm={8} lg={4}>
        <Figure
          title={t('dashboard.avgDaysToFirstAction')}
          value={c.avgDaysToFirstAction}
          format="days"
        />
      </Col>
      <Col xs={12} sm={8} lg={4}>
        <Figure title={t('dashboard.avgDaysToAnswer')} value={c.avgDaysToAnswer} format="days" />
      </Col>
      <Col xs={12} sm={8} lg={4}>
        <Figure title={t('dashboard.reopened')} value={c.reopenedRate} format="rate" />
      </Col>
      <Col xs={24} sm={16} lg={8}>
        <FigureGroup
          figures={[
            ...(['satisfied', 'basically', 'dissatisfied'] as const).map(
              (rating): FigureProps => ({
                title: t(`dashboard.${rating}`),
                value: c.satisfaction[rating],
                tone: rating === 'dissatisfied' ? 'bad' : 'normal',
                link: links[rating],
              }),
            ),
            {
              title: t('dashboard.satisfiedRate'),
              value: satisfiedRate(c.satisfaction),
              format: 'rate',
              previous: previous(c.previous?.satisfiedRate),
            },
          ]}
        />
      </Col>
    </Row>
  );
}

export function CasesCharts({ data, query }: { data: Dashboard; query: DashboardQuery }) {
  const c = data.cases;
  const charts = [
    { name: 'byStatus', title: t('dashboard.byStatus'), rows: c.statusRows },
    { name: 'byChannel', title: t('dashboard.byChannel'), rows: c.channelRows },
    { name: 'byCategory', title: t('dashboard.byCategory'), rows: c.categoryRows },
    { name: 'byUnit', title: t('dashboard.byUnit'), rows: c.unitRows },
    { name: 'overdueByUnit', title: t('dashboard.overdueByUnit'), rows: c.overdueByUnit },
  ];
  return (
    <Row gutter={GUTTER}>
      {charts.map((chart) => (
        <Col xs={24} md={12} xl={8} key={chart.name}>
          <ChartCard
            name={chart.name}
            title={chart.title}
            chart="bar"
            query={query}
            columns={countColumns}
            rows={toRows(chart.rows)}
          />
        </Col>
      ))}
      <Col xs={24} md={12} xl={8}>
        <WatchList watch={c.watch} />
      </Col>
    </Row>
  );
}

/** 重点关注: cases reopened 3+ times or passed across 3+ units. */
function WatchList({ watch }: { watch: Dashboard['cases']['watch'] }) {
  return (
    <Card size="small" title={t('dashboard.watch')}>
      <Table
        size="small"
        rowKey="id"
        dataSource={watch}
        pagination={watch.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{ emptyText: t('dashboard.watchEmpty') }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'code',
            title: t('dashboard.trackingCode'),
            render: (_: unknown, r) => <Link to={`/cases/${r.id}`}>{r.trackingCode}</Link>,
          },
          { key: 'org', title: t('dashboard.unit'), dataIndex: 'orgName' },
          {
            key: 'reopened',
            title: t('dashboard.reopenedTimes'),
            dataIndex: 'reopened',
            align: 'right',
          },
          { key: 'units', title: t('dashboard.units'), dataIndex: 'units', align: 'right' },
        ]}
      />
    </Card>
  );
}
