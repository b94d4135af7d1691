import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { pairingPolicy } from './pairings.policy.ts';
import * as schemas from './pairings.schemas.ts';
import * as service from './pairings.service.ts';

export function registerPairingRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'pairings', pairingPolicy);
  api.list(schemas.ZPairingListQuerySchema, schemas.ZPairingListSchema, service.list);
  api.exportXlsx(schemas.ZPairingExportQuerySchema, service.exportXlsx);
  const { ZPairingOverviewQuerySchema: overviewQuery, ZPairingOverviewSchema: overview } = schemas;
  api.view('overview', overviewQuery, overview, service.overview);
  api.create(schemas.ZPairingCreateSchema, schemas.ZPairingCreatedSchema, service.create);
  api.action('end', schemas.ZPairingEndSchema, schemas.ZPairingSchema, service.end);
}
