import type { FastifyInstance } from 'fastify';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { apiText } from '../../platform/i18n/zh-CN.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { meetingPolicy } from './meetings.policy.ts';
import * as schemas from './meetings.schemas.ts';
import * as service from './meetings.service.ts';

export function registerMeetingRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'meetings', meetingPolicy);
  api.list(schemas.ZMeetingListQuerySchema, schemas.ZMeetingListSchema, service.list);
  api.exportXlsx(schemas.ZMeetingFilterSchema, service.exportXlsx);
  api.get(schemas.ZMeetingDetailSchema, service.get);
  api.create(schemas.ZMeetingCreateSchema, schemas.ZMeetingDetailSchema, service.create);
  api.update(schemas.ZMeetingUpdateSchema, schemas.ZMeetingDetailSchema, service.update);
  api.remove(service.remove);
  api.detail('attendance', null, schemas.ZAttendanceListSchema, service.attendance);

  // the record's two child lists, each replaced as a whole
  const summary = apiText.meetings.summary;
  api.r.put(
    '/api/meetings/:id/attendance',
    {
      schema: {
        tags: ['meetings'],
        summary: summary.put,
        params: ZIdParamsSchema,
        body: schemas.ZAttendanceBodySchema,
        response: { 200: schemas.ZAttendanceListSchema },
      },
      onRequest: api.write,
    },
    (req) => service.putAttendance(api.ctx(req), req.params.id, req.body),
  );
  api.r.put(
    '/api/meetings/:id/reviewed-items',
    {
      schema: {
        tags: ['meetings'],
        summary: summary['reviewed-items'],
        params: ZIdParamsSchema,
        body: schemas.ZReviewedBodySchema,
        response: { 200: schemas.ZMeetingDetailSchema },
      },
      onRequest: api.write,
    },
    (req) => service.putReviewed(api.ctx(req), req.params.id, req.body),
  );
}
