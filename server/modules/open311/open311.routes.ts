import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { type DescribedError, registerErrorHandler } from '../../platform/errors.ts';
import { zhCN } from '../../platform/i18n/zh-CN.ts';
import { publicRateLimits } from '../cases/cases.routes.ts';
import {
  ZDiscoverySchema,
  ZJsonFileParamsSchema,
  ZOpen311ErrorSchema,
  ZRequestCreatedSchema,
  ZRequestCreateSchema,
  ZRequestSchema,
  ZRequestsQuerySchema,
  ZServiceDefinitionSchema,
  ZServiceSchema,
} from './open311.schemas.ts';
import * as service from './open311.service.ts';

export const OPEN311_PREFIX = '/open311/v2';
const tags = ['open311'];

/** Any failure as GeoReport v2 has it: `[{ code, description }]` with code = the HTTP status. */
const open311ErrorBody = (e: DescribedError) => [
  {
    code: e.status,
    description: e.issue ? [e.issue.path, e.issue.message].filter(Boolean).join('：') : e.message,
  },
];

function notFound(req: FastifyRequest, reply: FastifyReply) {
  const path = req.url.split('?')[0] ?? '';
  const [code, description] = /\.xml$/i.test(path)
    ? [400, '本接口只提供 JSON 格式：请把 .xml 换成 .json']
    : [404, `${zhCN.ROUTE_NOT_FOUND}：Open311 GeoReport v2 的资源以 .json 结尾`];
  return reply.status(code).send([{ code, description }]);
}

/**
 * Open311 GeoReport v2 (JSON) under /open311/v2: discovery, services, service definitions, and
 * service requests — submitted form-encoded, read back without any personal data. No account and
 * no API key; rate-limited per address like the public form.
 */
export async function registerOpen311Routes(
  app: FastifyInstance,
  { db, config }: { db: Db; config: Config },
): Promise<void> {
  await app.register(
    async (scope) => {
      // form-encoded bodies (the specification's POST) only inside this plugin
      await scope.register(formbody);
      registerErrorHandler(scope, open311ErrorBody);
      scope.setNotFoundHandler(notFound);

      const r = scope.withTypeProvider<ZodTypeProvider>();
      const { writes, reads } = publicRateLimits(config);
      const errors = { 400: ZOpen311ErrorSchema, 404: ZOpen311ErrorSchema };

      r.get(
        '/discovery.json',
        {
          schema: { tags, summary: 'Open311 服务发现', response: { 200: ZDiscoverySchema } },
          config: reads,
        },
        (req) => service.discovery(`${req.protocol}://${req.host}${OPEN311_PREFIX}`),
      );
      r.get(
        '/services.json',
        {
          schema: {
            tags,
            summary: 'Open311 服务列表（启用的诉求类别）',
            response: { 200: ZServiceSchema.array() },
          },
          config: reads,
        },
        () => service.services(db),
      );
      r.get(
        '/services/:id.json',
        {
          schema: {
            tags,
            summary: 'Open311 服务定义（无附加字段）',
            params: ZJsonFileParamsSchema,
            response: { 200: ZServiceDefinitionSchema, ...errors },
          },
          config: reads,
        },
        (req) => service.serviceDefinition(db, req.params.id),
      );
      r.post(
        '/requests.json',
        {
          schema: {
            tags,
            summary: 'Open311 提交诉求（application/x-www-form-urlencoded）',
            consumes: ['application/x-www-form-urlencoded', 'application/json'],
            body: ZRequestCreateSchema,
            response: { 200: ZRequestCreatedSchema, ...errors },
          },
          config: writes,
        },
        (req) => service.createRequest(db, req.ip, req.body),
      );
      r.get(
        '/requests.json',
        {
          schema: {
            tags,
            summary: 'Open311 诉求列表（公开的办成实事，默认近 90 天、最多 1000 条）',
            querystring: ZRequestsQuerySchema,
            response: { 200: ZRequestSchema.array(), ...errors },
          },
          config: reads,
        },
        (req) => service.requests(db, req.query),
      );
      r.get(
        '/requests/:id.json',
        {
          schema: {
            tags,
            summary: 'Open311 查看一件诉求',
            params: ZJsonFileParamsSchema,
            response: { 200: ZRequestSchema.array(), ...errors },
          },
          config: reads,
        },
        (req) => service.request(db, req.params.id),
      );
    },
    { prefix: OPEN311_PREFIX },
  );
}
