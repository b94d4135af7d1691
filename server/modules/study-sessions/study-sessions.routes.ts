import type { FastifyInstance } from 'fastify';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { apiText } from '../../platform/i18n/zh-CN.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { registerWorkflowRoutes } from '../../platform/workflow/routes.ts';
import { checkInKey } from './check-in-token.ts';
import { lateEntryKind } from './late-entry.ts';
import { studySessionPolicy } from './study-sessions.policy.ts';
import * as schemas from './study-sessions.schemas.ts';
import * as service from './study-sessions.service.ts';

/** 学习座谈、观看 (issue 13 §2): /api/study-sessions, its roster, the QR check-in, 补录申请. */
export function registerStudySessionRoutes(
  app: FastifyInstance,
  { db, config }: { db: Db; config: Config },
): void {
  const cfg = { key: checkInKey(config.authHashKey), baseUrl: config.publicBaseUrl };
  const policy = studySessionPolicy;
  const api = resourceRoutes(app, db, 'study-sessions', policy);
  api.list(schemas.ZStudySessionListQuerySchema, schemas.ZStudySessionListSchema, service.list);
  api.exportXlsx(schemas.ZStudySessionFilterSchema, service.exportXlsx);
  api.get(schemas.ZStudySessionDetailSchema, service.get);
  api.create(schemas.ZStudySessionCreateSchema, schemas.ZStudySessionDetailSchema, service.create);
  // the minutes are the recorder's too: the service lets a cadre only when he is the recorder
  const recorder = api.as({ read: policy.record, write: policy.record });
  recorder.update(
    schemas.ZStudySessionUpdateSchema,
    schemas.ZStudySessionDetailSchema,
    service.update,
  );
  api.remove(service.remove);
  api.detail('attendance', null, schemas.ZAttendanceSchema, service.attendance);
  api.r.put(
    '/api/study-sessions/:id/attendance',
    {
      schema: {
        tags: ['study-sessions'],
        summary: apiText['study-sessions'].summary.attendancePut,
        params: ZIdParamsSchema,
        body: schemas.ZAttendancePutSchema,
        response: { 200: schemas.ZAttendanceSchema },
      },
      onRequest: recorder.write,
    },
    (req) => service.putAttendance(api.ctx(req), req.params.id, req.body),
  );
  recorder.detail('check-in-code', null, schemas.ZCheckInCodeSchema, (ctx, id) =>
    service.checkInCode(ctx, id, cfg),
  );
  api
    .as({ write: policy.checkIn })
    .action('check-in', schemas.ZCheckInSchema, schemas.ZCheckInResultSchema, (ctx, id, body) =>
      service.checkIn(ctx, id, body, cfg),
    );
  registerWorkflowRoutes(app, {
    db,
    kind: lateEntryKind,
    prefix: '/api/study-sessions',
    tags: ['study-sessions'],
    policy: { read: policy.read, act: policy.record },
    record: {
      schema: schemas.ZStudySessionDetailSchema,
      view: (ctx, r) => service.get(ctx, (r as { id: string }).id),
    },
  });
}
