import { theme } from 'antd';
import { HeatmapChart } from 'echarts/charts';
import { CalendarComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { CalendarDay } from '../types/compliance';
import { monthBounds } from '../utils/months';

// Only the parts of ECharts this chart uses, so the lazy chunk stays small: each cell gets its
// colour directly (no visualMap) and draws its own day number (no second series); no tooltip —
// the days are also listed in words under the chart.
echarts.use([HeatmapChart, CalendarComponent, CanvasRenderer]);

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
    const logsOf = new Map(days.map((d) => [d.date, d.logs]));
    const max = Math.max(1, ...days.map((d) => d.logs));
    /** one log: the light shade; the most logs of the month: the full colour */
    const shade = (logs: number) =>
      logs >= max || max === 1 ? token.colorPrimary : token.colorPrimaryTextHover;
    chart.setOption(
      {
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
            data: datesOf(month).map((date) => {
              const logs = logsOf.get(date) ?? 0;
              return {
                value: [date, logs],
                itemStyle: { color: logs ? shade(logs) : token.colorBgContainer },
                // white bold numbers on filled days, so they stay readable on the colour
                label: logs ? { color: '#fff', fontWeight: 'bold' } : undefined,
              };
            }),
            label: {
              show: true,
              formatter: (p: { value: [string, number] }) => String(Number(p.value[0].slice(8))),
              color: token.colorText,
              fontSize: 13,
            },
            emphasis: { disabled: true },
          },
        ],
      },
      true,
    );
  }, [month, days, token]);

  return <div ref={ref} style={{ width: '100%', height }} />;
}
