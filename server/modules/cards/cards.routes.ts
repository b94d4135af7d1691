import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { apiText } from '../../platform/i18n/zh-CN.ts';
import { sendPdf } from '../../platform/pdf/pdf.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { cardPolicy } from './cards.policy.ts';
import * as schemas from './cards.schemas.ts';
import * as service from './cards.service.ts';

/**
 * 干群连心卡: the card of a cadre (/api/cadres/{id}/card, .pdf), a unit's batch
 * (/api/orgs/{id}/cards.pdf) and the records of cards printed and handed out.
 */
export function registerCardRoutes(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  service.setCardPublicBaseUrl(deps.config.publicBaseUrl);
  const api = resourceRoutes(app, deps.db, 'cards', cardPolicy);
  const { r, read, write, ctx } = api;
  const summary = apiText.cards.summary;
  const tags = ['cards'];
  const params = schemas.ZIdParamsSchema;
  const querystring = schemas.ZCardCampaignQuerySchema;

  r.get(
    '/api/cadres/:id/card',
    {
      schema: {
        tags,
        summary: summary.get,
        params,
        querystring,
        response: { 200: schemas.ZCadreCardSchema },
      },
      onRequest: read,
    },
    (req) => service.getCard(ctx(req), req.params.id, req.query),
  );
  r.put(
    '/api/cadres/:id/card',
    {
      schema: {
        tags,
        summary: summary.put,
        params,
        body: schemas.ZCadreCardUpdateSchema,
        response: { 200: schemas.ZCadreCardSchema },
      },
      onRequest: write,
    },
    (req) => service.putCard(ctx(req), req.params.id, req.body),
  );
  r.get(
    '/api/cadres/:id/card.pdf',
    { schema: { tags, summary: summary.pdf, params, querystring }, onRequest: read },
    async (req, reply) => {
      const { fileName, pdf } = await service.cardPdfOf(ctx(req), req.params.id, req.query);
      return sendPdf(reply, fileName, pdf);
    },
  );
  r.get(
    '/api/orgs/:id/cards.pdf',
    { schema: { tags, summary: summary.batch, params, querystring }, onRequest: read },
    async (req, reply) => {
      const { fileName, pdf } = await service.unitCardsPdf(ctx(req), req.params.id, req.query);
      return sendPdf(reply, fileName, pdf);
    },
  );
  r.get(
    '/api/cadres/:id/card-records',
    {
      schema: {
        tags,
        summary: summary['records.list'],
        params,
        querystring,
        response: { 200: schemas.ZCardRecordListSchema },
      },
      onRequest: read,
    },
    (req) => service.listRecords(ctx(req), req.params.id, req.query),
  );
  r.post(
    '/api/cadres/:id/card-records',
    {
      schema: {
        tags,
        summary: summary['records.create'],
        params,
        body: schemas.ZCardRecordCreateSchema,
        response: { 201: schemas.ZCardRecordSchema },
      },
      onRequest: write,
    },
    async (req, reply) =>
      reply.status(201).send(await service.createRecord(ctx(req), req.params.id, req.body)),
  );
  resourceRoutes(app, deps.db, 'card-records', cardPolicy, { tag: 'cards' }).remove(
    service.removeRecord,
  );
}
