import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { pairingPolicy } from './pairings.policy.ts';
import * as schemas from './pairings.schemas.ts';
import * as service from './pairings.service.ts';

export function registerPairingRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, {
    path: '/api/pairings',
    tags: ['pairings'],
    policy: pairingPolicy,
    files: { export: '结对.xlsx' },
    summary: {
      list: '结对列表（进行中在前，含历史）',
      export: '按当前筛选导出结对 Excel',
      overview: '结对概况：县级、科级干部的结对户数与指标范围、是否含贫困户',
      create: '干部与一户或多户结对',
      end: '结束结对（保留历史）',
    },
  });
  api.list(schemas.ZPairingListQuerySchema, schemas.ZPairingListSchema, service.list);
  api.exportXlsx(schemas.ZPairingExportQuerySchema, service.exportXlsx);
  const { ZPairingOverviewQuerySchema: overviewQuery, ZPairingOverviewSchema: overview } = schemas;
  api.view('overview', overviewQuery, overview, service.overview);
  api.create(schemas.ZPairingCreateSchema, schemas.ZPairingCreatedSchema, service.create);
  api.action('end', schemas.ZPairingEndSchema, schemas.ZPairingSchema, service.end);
}
