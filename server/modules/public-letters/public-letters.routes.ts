import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import {
  ZPublicLetterListSchema,
  ZPublicLetterQuerySchema,
  ZPublicLetterSchema,
} from '../../../common/public-letters.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { publicRateLimits } from '../cases/cases.routes.ts';
import * as service from './public-letters.service.ts';

const tags = ['public'];

/** The citizens' site: no account, read-only, rate-limited per address like the other public reads. */
export function registerPublicLetterRoutes(
  app: FastifyInstance,
  { db, config }: { db: Db; config: Config },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { reads } = publicRateLimits(config);
  r.get(
    '/api/public/letters',
    {
      schema: {
        tags,
        summary: '给群众的公开信：已发布的公开信（发布日期新的在前，不含电话等个人信息）',
        querystring: ZPublicLetterQuerySchema,
        response: { 200: ZPublicLetterListSchema },
      },
      config: reads,
    },
    (req) => service.list(db, req.query),
  );
  r.get(
    '/api/public/letters/:id',
    {
      schema: {
        tags,
        summary: '一封已发布的公开信（未发布的一律 404）',
        params: ZIdParamsSchema,
        response: { 200: ZPublicLetterSchema },
      },
      config: reads,
    },
    (req) => service.get(db, req.params.id),
  );
  // 心得体会 (issue 13 §4): the published reflections, the same shape as a letter
  r.get(
    '/api/public/reflections',
    {
      schema: {
        tags,
        summary: '心得体会：已发布的心得体会（发布日期新的在前，不含电话等个人信息）',
        querystring: ZPublicLetterQuerySchema,
        response: { 200: ZPublicLetterListSchema },
      },
      config: reads,
    },
    (req) => service.list(db, req.query, 'reflection'),
  );
  r.get(
    '/api/public/reflections/:id',
    {
      schema: {
        tags,
        summary: '一篇已发布的心得体会（未发布的一律 404）',
        params: ZIdParamsSchema,
        response: { 200: ZPublicLetterSchema },
      },
      config: reads,
    },
    (req) => service.get(db, req.params.id, 'reflection'),
  );
}
