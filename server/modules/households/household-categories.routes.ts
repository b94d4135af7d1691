import type { FastifyInstance } from 'fastify';
import {
  ZHouseholdCategoryCreateSchema,
  ZHouseholdCategoryItemSchema,
  ZHouseholdCategoryListSchema,
  ZHouseholdCategoryParamsSchema,
  ZHouseholdCategoryUpdateSchema,
} from '../../../common/households.ts';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import * as service from './household-categories.service.ts';
import { householdCategoryPolicy } from './households.policy.ts';

/** 住户类别: everyone who reads households reads them; the admin edits them (like 系统设置). */
export function registerHouseholdCategoryRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'household-categories', householdCategoryPolicy, {
    key: { name: 'code', schema: ZHouseholdCategoryParamsSchema },
    tag: 'households',
  });
  api.list(null, ZHouseholdCategoryListSchema, service.list);
  api.create(ZHouseholdCategoryCreateSchema, ZHouseholdCategoryItemSchema, service.create);
  api.update(ZHouseholdCategoryUpdateSchema, ZHouseholdCategoryItemSchema, service.update);
}
