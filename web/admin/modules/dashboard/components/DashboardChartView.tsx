import { theme } from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartSpec } from './chartSpec';

// Only the parts of ECharts the dashboard draws (bars, lines, their axes, tooltip and legend):
// this file is loaded on demand (DashboardChart), so the admin's first load does not carry it.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  CanvasRenderer,
]);

export type DashboardChartViewProps = {
  spec: ChartSpec;
  /** a bar or point clicked: the index of its category (the page opens that row's list) */
  onPick?: (index: number) => void;
};

const percent = (v: number) => `${Math.round(v * 1000) / 10}%`;

/**
 * A bar (horizontal, one bar per category), stacked bar or line chart of a table's columns.
 * Rates (0–1) are drawn as percentages.
 */
export function DashboardChartView({ spec, onPick }: DashboardChartViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const { token } = theme.useToken();

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.on('click', (e) => {
      if (typeof e.dataIndex === 'number') pick.current?.(e.dataIndex);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, []);

  const horizontal = spec.kind !== 'line';
  const clickable = Boolean(onPick);
  useEffect(() => {
    const el = ref.current;
    const chart = el ? echarts.getInstanceByDom(el) : undefined;
    if (!chart) return;
    const label = (v: unknown) => (spec.rate ? percent(Number(v)) : String(v));
    const categoryAxis = {
      type: 'category' as const,
      data: spec.categories,
      inverse: horizontal,
      axisLabel: { color: token.colorTextSecondary, width: 96, overflow: 'truncate' as const },
    };
    const valueAxis = {
      type: 'value' as const,
      max: spec.rate ? 1 : undefined,
      minInterval: spec.rate ? undefined : 1,
      axisLabel: { color: token.colorTextSecondary, formatter: label },
    };
    const palette = [
      token.colorPrimary,
      token.colorWarning,
      token.colorError,
      token.colorSuccess,
      token.colorInfo,
    ];
    chart.setOption(
      {
        color: palette,
        grid: {
          left: 8,
          right: 24,
          top: spec.series.length > 1 ? 32 : 12,
          bottom: 8,
          containLabel: true,
        },
        legend: spec.series.length > 1 ? { top: 0 } : undefined,
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          valueFormatter: (v: unknown) => label(v),
        },
        xAxis: horizontal ? valueAxis : categoryAxis,
        yAxis: horizontal ? categoryAxis : valueAxis,
        series: spec.series.map((s) => ({
          name: s.name,
          type: spec.kind === 'line' ? 'line' : 'bar',
          stack: spec.kind === 'stacked' ? 'all' : undefined,
          data: s.values,
          barMaxWidth: 24,
          cursor: clickable ? 'pointer' : 'default',
          label:
            spec.kind === 'bar' && spec.series.length === 1
              ? {
                  show: true,
                  position: 'right',
                  formatter: (p: { value: unknown }) => label(p.value),
                }
              : undefined,
        })),
      },
      { notMerge: true },
    );
  }, [spec, horizontal, token, clickable]);

  // a horizontal chart grows with its categories so every label stays readable
  const height = horizontal
    ? Math.max(160, spec.categories.length * (spec.series.length > 1 ? 30 : 26) + 48)
    : 240;
  return <div ref={ref} style={{ width: '100%', height }} aria-hidden />;
}
