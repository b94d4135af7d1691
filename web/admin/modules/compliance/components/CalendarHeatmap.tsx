import { Flex, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { t } from '../../../i18n';
import type { CalendarHeatmapChartProps } from './CalendarHeatmapChart';

// ECharts is loaded only when a calendar is shown.
const Chart = lazy(() =>
  import('./CalendarHeatmapChart').then((m) => ({ default: m.CalendarHeatmapChart })),
);

type CalendarHeatmapProps = CalendarHeatmapChartProps & { loading?: boolean };

/** The month's calendar heat map and, in words, the days at the contact point. */
export function CalendarHeatmap({ month, days, height, loading }: CalendarHeatmapProps) {
  const visited = days.filter((d) => d.logs > 0);
  return (
    <Flex vertical gap="small">
      {loading ? (
        <Skeleton active paragraph={{ rows: 5 }} />
      ) : (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 5 }} />}>
          <Chart month={month} days={days} height={height} />
        </Suspense>
      )}
      {loading ? null : (
        // in words once the days came back: 本月没有… only when there were none
        <Typography.Text type="secondary">
          {visited.length
            ? t('compliance.calendarDays', {
                count: visited.length,
                days: visited.map((d) => Number(d.date.slice(8))).join('、'),
              })
            : t('compliance.calendarEmpty')}
        </Typography.Text>
      )}
    </Flex>
  );
}
