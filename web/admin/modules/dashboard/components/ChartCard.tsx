import { DownloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Flex,
  Segmented,
  Skeleton,
  Table,
  type TableColumnsType,
  Tooltip,
} from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { t } from '../../../i18n';
import { useDownload } from '../../../ui/excel/useDownload';
import { DASHBOARD_EXPORT_PATH } from '../api/dashboardApi';
import { type ChartView, useChartView } from '../hooks/useDashboard';
import type { DashboardQuery, FigureLink } from '../types/dashboard';
import type { ChartSpec } from './chartSpec';
import { formatValue, linkTo, type ValueFormat } from './format';

// ECharts is loaded only when a chart is first shown (not with the admin's first download).
const DashboardChartView = lazy(() =>
  import('./DashboardChartView').then((m) => ({ default: m.DashboardChartView })),
);

export type TableColumn = { key: string; title: string; format: ValueFormat };
export type TableRow = {
  key: string;
  cells: Record<string, string | number | null>;
  /** the list behind the row (its first column links there; a click on its bar too) */
  link?: FigureLink | null;
};

type ChartCardProps = {
  /** the chart's name in the address (`?table=<name>` while it is shown as its table) */
  name: string;
  title: ReactNode;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** how the table is drawn; `none`: a table only */
  chart: ChartSpec['kind'] | 'none';
  /** the dashboard's filters: the export is the same figures as a workbook */
  query: DashboardQuery;
  /** the columns drawn (default: the count columns, or the rate columns when there are none) */
  series?: readonly string[];
  /** figures shown above the chart or table (a tile's) */
  head?: ReactNode;
  extra?: ReactNode;
};

/** The chart of a table: its first column names the categories, its figures are the series. */
function chartSpec(
  chart: ChartSpec['kind'] | 'none',
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  series: readonly string[] | undefined,
): ChartSpec | null {
  const [nameColumn, ...valueColumns] = columns;
  if (chart === 'none' || !nameColumn) return null;
  // counts and rates do not share an axis: the counts are drawn, or the rates when there are none
  const counts = valueColumns.filter((c) => c.format === 'count');
  const drawn = series
    ? valueColumns.filter((c) => series.includes(c.key))
    : counts.length
      ? counts
      : valueColumns.filter((c) => c.format === 'rate');
  return {
    kind: chart,
    categories: rows.map((r) => String(r.cells[nameColumn.key] ?? '')),
    series: drawn.map((c) => ({
      name: c.title,
      values: rows.map((r) => Number(r.cells[c.key] ?? 0)),
    })),
    rate: drawn.length > 0 && drawn.every((c) => c.format === 'rate'),
  };
}

/**
 * A chart with its table (图表/表格: a chart alone is not accessible) and the Excel export of the
 * dashboard's tables. The first column names the rows; the others are drawn as series.
 */
export function ChartCard({
  name,
  title,
  columns,
  rows,
  chart,
  query,
  series,
  head,
  extra,
}: ChartCardProps) {
  const [chosen, setView] = useChartView(name);
  const view: ChartView = chart === 'none' ? 'table' : chosen;
  const navigate = useNavigate();
  const { downloading, download } = useDownload();
  const spec = chartSpec(chart, columns, rows, series);

  const tableColumns: TableColumnsType<TableRow> = columns.map((c, i) => ({
    key: c.key,
    title: c.title,
    align: c.format === 'text' ? 'left' : 'right',
    render: (_: unknown, row: TableRow) => {
      const text = formatValue(row.cells[c.key], c.format);
      return i === 0 && row.link ? <Link to={linkTo(row.link)}>{text}</Link> : text;
    },
  }));

  const label = typeof title === 'string' ? title : '';
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Flex gap={4} align="center">
          {extra}
          {spec ? (
            <Segmented<ChartView>
              size="small"
              value={view}
              onChange={setView}
              aria-label={t('dashboard.viewLabel', { title: label })}
              options={[
                { value: 'chart', label: t('dashboard.chart') },
                { value: 'table', label: t('dashboard.table') },
              ]}
            />
          ) : null}
          <Tooltip title={t('dashboard.export')}>
            <Button
              size="small"
              type="text"
              icon={<DownloadOutlined />}
              aria-label={`${label}${t('dashboard.export')}`}
              loading={downloading === DASHBOARD_EXPORT_PATH}
              onClick={() =>
                void download(DASHBOARD_EXPORT_PATH, t('dashboard.exportFile'), { ...query })
              }
            />
          </Tooltip>
        </Flex>
      }
    >
      {head}
      {rows.length === 0 ? (
        <Flex justify="center" style={{ padding: 24, color: 'var(--ant-color-text-tertiary)' }}>
          {t('dashboard.noData')}
        </Flex>
      ) : view === 'chart' && spec ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
          <DashboardChartView
            spec={spec}
            onPick={(i) => {
              const link = rows[i]?.link;
              if (link) void navigate(linkTo(link));
            }}
          />
        </Suspense>
      ) : (
        <Table<TableRow>
          size="small"
          rowKey="key"
          columns={tableColumns}
          dataSource={rows as TableRow[]}
          pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}
