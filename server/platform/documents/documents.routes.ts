import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ACCESS } from '../../../common/access.ts';
import {
  ZDocumentFilterSchema,
  ZDocumentLinkCreateSchema,
  ZDocumentLinkSchema,
  ZDocumentListQuerySchema,
  ZReviewQueueQuerySchema,
  ZReviewQueueSchema,
} from '../../../common/document-api.ts';
import type { Db } from '../../db/client.ts';
import type { RequestContext } from '../access.ts';
import type { ApiResource } from '../i18n/zh-CN.ts';
import { resourceRoutes } from '../routes.ts';
import { registerWorkflowRoutes } from '../workflow/routes.ts';
import type { TDocumentRow } from './documents.repo.ts';
import {
  type DocumentCreateInput,
  type DocumentUpdateInput,
  type documentService,
  reviewQueue,
} from './documents.service.ts';
import type { DocumentKind } from './kind.ts';

type Service = ReturnType<typeof documentService>;

export type DocumentRoutesOptions = {
  /** the path under /api, e.g. 'research-topics' */
  resource: ApiResource;
  workflow: DocumentKind;
  service: Service;
  schemas: {
    answer: z.ZodType;
    list: z.ZodType;
    create: z.ZodType<DocumentCreateInput>;
    update: z.ZodType<DocumentUpdateInput>;
  };
  /** whether the kind has evidence (`/links`: visits and cases) */
  links?: boolean;
};

/**
 * A document kind's API: list (+ Excel), get, create, update and remove while a draft, the
 * workflow's `/actions` and `/events` (提交, 审核通过, 退回修改, 发布, 撤回, 推荐), and its links.
 * Returns the route helper, for a kind's own routes (寄发, 打印).
 */
export function registerDocumentRoutes(app: FastifyInstance, db: Db, o: DocumentRoutesOptions) {
  const policy = ACCESS.documents;
  const api = resourceRoutes(app, db, o.resource, policy);
  const { service: s, schemas } = o;
  api.list(ZDocumentListQuerySchema, schemas.list, s.list);
  api.exportXlsx(ZDocumentFilterSchema, s.exportXlsx);
  api.get(schemas.answer, s.get);
  api.create(schemas.create, schemas.answer, s.create);
  api.update(schemas.update, schemas.answer, s.update);
  api.remove(s.remove);
  if (o.links) {
    const links = api.children('links', z.object({ id: z.uuid(), childId: z.uuid() }));
    links.list(null, z.object({ items: z.array(ZDocumentLinkSchema) }), (ctx, id) =>
      s.listLinks(ctx, id),
    );
    links.create(
      ZDocumentLinkCreateSchema,
      z.object({ items: z.array(ZDocumentLinkSchema) }),
      (ctx, id, b) => s.addLink(ctx, id, b),
    );
    links.remove((ctx, id, linkId) => s.removeLink(ctx, id, linkId));
  }
  registerWorkflowRoutes(app, {
    db,
    kind: o.workflow,
    prefix: `/api/${o.resource}`,
    tags: [o.resource],
    policy: { read: policy.read, act: policy.write },
    record: {
      schema: schemas.answer,
      view: async (ctx: RequestContext, record: unknown) =>
        s.view(ctx.actor, record as TDocumentRow),
    },
  });
  return api;
}

/** `GET /api/reviews`: 待我审核, every kind. */
export function registerReviewQueueRoute(app: FastifyInstance, db: Db) {
  const api = resourceRoutes(app, db, 'reviews', ACCESS.documents);
  api.list(ZReviewQueueQuerySchema, ZReviewQueueSchema, reviewQueue);
}
