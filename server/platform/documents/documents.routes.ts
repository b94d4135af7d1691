import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ACCESS } from '../../../common/access.ts';
import {
  type TDocumentBase,
  ZDocumentFilterSchema,
  ZDocumentLinkCreateSchema,
  ZDocumentLinkSchema,
  ZDocumentListQuerySchema,
  ZReviewQueueQuerySchema,
  ZReviewQueueSchema,
  ZSimilarDocumentsSchema,
} from '../../../common/document-api.ts';
import { DOCUMENT_KINDS } from '../../../common/documents.ts';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import type { RequestContext } from '../access.ts';
import { type ApiResource, apiText } from '../i18n/zh-CN.ts';
import { sendPdf } from '../pdf/pdf.ts';
import { resourceRoutes } from '../routes.ts';
import { registerWorkflowRoutes } from '../workflow/routes.ts';
import type { TDocumentRow } from './documents.repo.ts';
import {
  type DocumentCreateInput,
  type DocumentUpdateInput,
  type documentService,
  printDocument,
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
  /**
   * `GET …/{id}/print.pdf`: the document as A4 (`documentPdf`), with the author's card at the
   * foot when the kind prints it (公开信)
   */
  print?: {
    footer: boolean;
    /** the printed text, when the kind's parts belong in it (对照检查材料: its sections) */
    bodyOf?: (ctx: RequestContext, doc: TDocumentBase & { details: unknown }) => Promise<string>;
  };
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
  if (o.print) {
    const { footer, bodyOf } = o.print;
    api.r.get(
      `/api/${o.resource}/:id/print.pdf`,
      {
        schema: {
          tags: [o.resource],
          summary: (apiText[o.resource].summary as Record<string, string>).print ?? '',
          params: ZIdParamsSchema,
        },
        onRequest: api.read,
      },
      async (req, reply) => {
        const ctx = api.ctx(req);
        const { fileName, pdf } = await printDocument(ctx, s, req.params.id, footer, bodyOf);
        return sendPdf(reply, fileName, pdf);
      },
    );
  }
  if (DOCUMENT_KINDS[s.kind].similarityChecked) {
    // 材料雷同: reviewers and overseers only (never a cadre: a colleague's draft is not his)
    api
      .as({ read: policy.similar })
      .detail('similar', null, ZSimilarDocumentsSchema, (ctx, id) => s.similar(ctx, id));
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
