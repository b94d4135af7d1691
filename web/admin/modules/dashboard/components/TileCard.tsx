import { Col, Row } from 'antd';
import type { DashboardQuery, DashboardTile } from '../types/dashboard';
import { ChartCard } from './ChartCard';
import { Figure } from './Figure';

/**
 * A module's tile (活动项目进度, 六个一, 学习参与, 整改进度…) drawn from its data alone: its figures
 * (links to the module's list) over its table, which is also its chart.
 */
export function TileCard({ tile, query }: { tile: DashboardTile; query: DashboardQuery }) {
  const columns = tile.table.columns;
  return (
    <ChartCard
      name={tile.key}
      title={tile.title}
      chart={tile.chart}
      query={query}
      columns={columns}
      rows={tile.table.rows.map((row, i) => ({ key: String(i), cells: row }))}
      head={
        tile.figures.length ? (
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            {tile.figures.map((f) => (
              <Col xs={12} sm={8} lg={6} key={f.key}>
                <Figure
                  title={f.label}
                  value={f.value}
                  format={f.format}
                  tone={f.tone}
                  link={f.link}
                />
              </Col>
            ))}
          </Row>
        ) : null
      }
    />
  );
}
