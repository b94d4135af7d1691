import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { text } from '../../../common/fields.ts';
import { MAX_LEN } from '../../../common/limits.ts';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import {
  ZWorkflowEventSchema,
  ZWorkflowStepOptionSchema,
  zodOfField,
} from '../../../common/workflow.ts';
import { z } from '../../../common/zod.ts';
import type { Db } from '../../db/client.ts';
import type { RequestContext, Role } from '../access.ts';
import { contextOf, requireRole } from '../auth/plugin.ts';
import { actionsOf, eventsOf, type StepInput, step } from './engine.ts';
import type { AnyKind } from './kind.ts';

/** The body of `POST …/{id}/events` for a kind: the action, a note, any of the kind's fields. */
export function stepBodySchema(kind: AnyKind) {
  const actions = kind.steps.map((s) => s.action) as [string, ...string[]];
  const fields = Object.fromEntries(
    Object.entries(kind.fields).map(([name, spec]) => [
      name,
      zodOfField(spec).optional().describe(spec.label),
    ]),
  );
  return z.strictObject({
    action: z.enum(actions).describe('步骤代码（见 GET …/actions）'),
    note: text('备注', MAX_LEN.note).optional().describe('备注'),
    ...fields,
  });
}

export type WorkflowRoutesOptions = {
  db: Db;
  kind: AnyKind;
  /** e.g. '/api/topics': the routes are `${prefix}/:id/actions` and `${prefix}/:id/events` */
  prefix: string;
  tags: string[];
  /** roles that may read the offered steps and the timeline / send a step (each within scope) */
  policy: { read: readonly Role[]; act: readonly Role[] };
  /** what `POST …/events` answers: the record after the step, as the kind's detail schema */
  record: { schema: z.ZodType; view(ctx: RequestContext, record: unknown): Promise<unknown> };
};

/**
 * Registers a kind's workflow API: `GET {prefix}/:id/actions` (the steps the user may take now),
 * `GET {prefix}/:id/events` (the timeline), `POST {prefix}/:id/events` (take a step).
 */
export function registerWorkflowRoutes(app: FastifyInstance, o: WorkflowRoutesOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, kind } = o;
  // the two reads: what the user may do now, and what was done
  const reads = [
    {
      path: 'actions',
      what: '当前用户此刻可以办理的步骤',
      item: ZWorkflowStepOptionSchema,
      answer: actionsOf,
    },
    { path: 'events', what: '办理过程', item: ZWorkflowEventSchema, answer: eventsOf },
  ];
  for (const { path, what, item, answer } of reads) {
    app.route({
      method: 'GET',
      url: `${o.prefix}/:id/${path}`,
      schema: {
        tags: o.tags,
        summary: `${what}（${kind.label}）`,
        params: ZIdParamsSchema,
        response: { 200: z.object({ items: z.array(item) }) },
      },
      onRequest: requireRole(...o.policy.read),
      handler: (req) => answer(contextOf(req, db), kind, (req.params as { id: string }).id),
    });
  }
  r.post(
    `${o.prefix}/:id/events`,
    {
      schema: {
        tags: o.tags,
        summary: `办理一步（${kind.label}）：${kind.steps.map((s) => s.label).join('、')}`,
        params: ZIdParamsSchema,
        body: stepBodySchema(kind),
        response: { 200: o.record.schema },
      },
      onRequest: requireRole(...o.policy.act),
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      const after = await step(ctx, kind, req.params.id, req.body as StepInput);
      // the response schema checks the view's shape
      return reply.send(await o.record.view(ctx, after));
    },
  );
}
