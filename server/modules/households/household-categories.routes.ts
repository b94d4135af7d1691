import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZHouseholdCategoryCreateSchema,
  ZHouseholdCategoryItemSchema,
  ZHouseholdCategoryListSchema,
  ZHouseholdCategoryParamsSchema,
  ZHouseholdCategoryUpdateSchema,
} from '../../../common/households.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import * as service from './household-categories.service.ts';
import { householdCategoryPolicy } from './households.policy.ts';

const tags = ['households'];

/** 住户类别: everyone who reads households reads them; the admin edits them (like 系统设置). */
export function registerHouseholdCategoryRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/household-categories',
    {
      schema: {
        tags,
        summary: '住户类别（含已停用的）及是否计为贫困户',
        response: { 200: ZHouseholdCategoryListSchema },
      },
      onRequest: requireRole(...householdCategoryPolicy.read),
    },
    (req) => service.list(contextOf(req, db)),
  );
  r.post(
    '/api/household-categories',
    {
      schema: {
        tags,
        summary: '新增住户类别（记入审计）',
        body: ZHouseholdCategoryCreateSchema,
        response: { 201: ZHouseholdCategoryItemSchema },
      },
      onRequest: requireRole(...householdCategoryPolicy.write),
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(contextOf(req, db), req.body)),
  );
  r.patch(
    '/api/household-categories/:code',
    {
      schema: {
        tags,
        summary: '修改住户类别：名称、排序、停用/启用、是否计为贫困户（代码不变；记入审计）',
        params: ZHouseholdCategoryParamsSchema,
        body: ZHouseholdCategoryUpdateSchema,
        response: { 200: ZHouseholdCategoryItemSchema },
      },
      onRequest: requireRole(...householdCategoryPolicy.write),
    },
    (req) => service.update(contextOf(req, db), req.params.code, req.body),
  );
}
