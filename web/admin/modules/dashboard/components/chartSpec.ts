/** What a chart draws: categories (the table's rows) and one series per value column. */
export type ChartSpec = {
  kind: 'bar' | 'stacked' | 'line';
  categories: string[];
  series: { name: string; values: number[] }[];
  /** the values are rates 0–1 (drawn as percentages) */
  rate?: boolean;
};
