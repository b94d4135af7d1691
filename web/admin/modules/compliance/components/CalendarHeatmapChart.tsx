import { theme } from 'antd';
import { HeatmapChart, ScatterChart } from 'echarts/charts';
import {
  CalendarComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { t } from '../../../i18n';
import type { CalendarDay } from '../types/compliance';
import { monthBounds } from '../utils/months';

// Only the parts of ECharts this chart uses, so the lazy chunk stays small.
echarts.use([
  HeatmapChart,
  ScatterChart,
  CalendarComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export type CalendarHeatmapChartProps = {
  month: string;
  days: CalendarDay[];
  height: number;
};

/** Every date of the month with the day number drawn in its cell. */
function datesOf(month: string): string[] {
  const { last } = monthBounds(month);
  const count = Number(last.slice(8));
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * One month laid out like a wall calendar (weeks as rows, Monday first); a day at the contact
 * point is filled, darker with more logs. The day numbers are drawn too.
 */
export function CalendarHeatmapChart({ month, days, height }: CalendarHeatmapChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { token } = theme.useToken();

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, []);

  useEffect(() => {
    const el = ref.current;
    const chart = el ? echarts.getInstanceByDom(el) : undefined;
    if (!chart) return;
    const { first, last } = monthBounds(month);
    const max = Math.max(1, ...days.map((d) => d.logs));
    const visited = new Set(days.filter((d) => d.logs > 0).map((d) => d.date));
    chart.setOption(
      {
        tooltip: {
          formatter: (p: { value?: [string, number] }) =>
            p.value ? t('compliance.calendarDay', { date: p.value[0], logs: p.value[1] }) : '',
        },
        visualMap: {
          show: false,
          min: 0,
          max,
          inRange: { color: [token.colorPrimaryBg, token.colorPrimary] },
          seriesIndex: 0,
        },
        calendar: {
          orient: 'vertical',
          range: [first, last],
          top: 28,
          left: 8,
          right: 8,
          bottom: 4,
          cellSize: ['auto', 'auto'],
          dayLabel: { firstDay: 1, nameMap: 'ZH', color: token.colorTextSecondary },
          monthLabel: { show: false },
          yearLabel: { show: false },
          itemStyle: { borderColor: token.colorBorderSecondary, borderWidth: 1 },
          splitLine: { show: false },
        },
        series: [
          {
            type: 'heatmap',
            coordinateSystem: 'calendar',
            data: days.map((d) => [d.date, d.logs]),
          },
          {
            type: 'scatter',
            coordinateSystem: 'calendar',
            symbolSize: 0,
            silent: true,
            // white numbers on filled days, so they stay readable on the darker colour
            data: datesOf(month).map((date) => ({
              value: [date, 0],
              label: visited.has(date) ? { color: '#fff', fontWeight: 'bold' } : undefined,
            })),
            label: {
              show: true,
              formatter: (p: { value: [string, number] }) => String(Number(p.value[0].slice(8))),
              color: token.colorText,
              fontSize: 13,
            },
          },
        ],
      },
      true,
    );
  }, [month, days, token]);

  return <div ref={ref} style={{ width: '100%', height }} />;
}
