import type { z } from 'zod';
import { ACCESS, mayWriteCadreRecord } from '../../../common/access.ts';
import { dateTimeInChina, monthOf, todayInChina } from '../../../common/dates.ts';
import type {
  TDocumentBase,
  TDocumentFilter,
  TDocumentLink,
  TDocumentLinkCreate,
  TDocumentListQuery,
  TReviewQueueQuery,
  TSimilarDocuments,
} from '../../../common/document-api.ts';
import {
  DOCUMENT_KINDS,
  DOCUMENT_KINDS_LIST,
  DOCUMENT_RATING_LABELS,
  DOCUMENT_STATE_LABELS,
  SIMILARITY_KINDS,
  type TDocumentKind,
  type TDocumentState,
} from '../../../common/documents.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { inTransaction, pgCode, UNIQUE_VIOLATION } from '../../db/tx.ts';
import type { TAttachment } from '../../modules/attachments/attachments.service.ts';
import * as attachments from '../../modules/attachments/attachments.service.ts';
import { findCadre } from '../../modules/cadres/cadres.service.ts';
import { campaignForMonth, findCampaign } from '../../modules/campaigns/campaigns.service.ts';
import { pdfCardFor } from '../../modules/cards/cards.service.ts';
import { requireOrgInScope } from '../../modules/orgs/orgs.service.ts';
import { getSetting } from '../../modules/settings/settings.service.ts';
import { type Actor, type RequestContext, type Scope, scopeOf } from '../access.ts';
import { auditCreated, changeInScope } from '../audited.ts';
import { AppError, notFound } from '../errors.ts';
import { buildSheet, type Column } from '../excel.ts';
import { auditText } from '../i18n/audit.zh-CN.ts';
import { documentText, excelText, labels } from '../i18n/zh-CN.ts';
import { pageOf, splitPage } from '../paging.ts';
import { documentPdf } from '../pdf/document.ts';
import {
  deleteDocumentWithLinks,
  deleteLink,
  findCadreCase,
  findCadreVisit,
  findDocument,
  findOwnDocument,
  insertDocument,
  insertLink,
  listCampaignTexts,
  listDocuments,
  listLinks,
  listWaiting,
  type TDocumentRow,
  updateDocument,
  visibleTo,
} from './documents.repo.ts';
import { DOCUMENT_KIND_NAMES } from './kind.ts';
import { similarAbove, documentText as textOf } from './similarity.ts';

/** States in which the writer may still change the text: not while it is reviewed or out. */
const EDITABLE: readonly TDocumentState[] = ['draft', 'returned', 'withdrawn'];

const writes = (actor: Actor, cadreId: string) =>
  mayWriteCadreRecord(ACCESS.documents, actor, cadreId);

/** The level a submitted document waits at, in words (单位审核); null when it waits for none. */
function waitingFor(r: TDocumentRow): string | null {
  if (r.state !== 'submitted') return null;
  return DOCUMENT_KINDS[r.kind].levels[r.reviewLevel]?.label ?? null;
}

/** A row as the API answers it (the kind's module checks `details` by its schema). */
export function documentView(
  actor: Actor,
  r: TDocumentRow,
  attachments: TAttachment[] = [],
): TDocumentBase & { details: unknown } {
  const { orgPath: _p, createdBy: _c, reviewLevel: _l, ...rest } = r;
  return {
    ...rest,
    stateLabel: DOCUMENT_STATE_LABELS[r.state],
    ratingLabel: r.rating ? DOCUMENT_RATING_LABELS[r.rating] : null,
    waitingFor: waitingFor(r),
    editable: EDITABLE.includes(r.state) && writes(actor, r.cadreId),
    attachments,
  };
}

/** The campaign a new document belongs to: the one asked for, else the one running now. */
async function campaignOf(db: DbOrTx, campaignId: string | undefined) {
  if (campaignId) {
    const c = await findCampaign(db, campaignId);
    if (!c) throw notFound();
    return c;
  }
  const current = await campaignForMonth(db, monthOf(todayInChina()));
  if (!current) throw new AppError('DOCUMENT_NO_CAMPAIGN');
  return current;
}

export type DocumentCreateInput = {
  cadreId?: string;
  campaignId?: string;
  title: string;
  body?: string;
  details?: Record<string, unknown>;
  attachmentIds?: string[];
};
export type DocumentUpdateInput = {
  title?: string;
  body?: string;
  details?: Record<string, unknown>;
  attachmentIds?: string[];
};

/** What a kind adds to the base's use cases. */
export type DocumentServiceOptions<D extends z.ZodObject> = {
  /**
   * Checks a document's details against its campaign before they are stored (create, and update
   * with the merged details): 对照检查材料's sections against the campaign's headings. Throws a
   * 400 with the field.
   */
  checkDetails?: (tx: Tx, campaignId: string, details: z.output<D>) => Promise<void>;
};

/**
 * The use cases of one document kind — list, export, get, create, update, remove, and the links of
 * its evidence — each one transaction with its audit row. `details` is the kind's own schema: the
 * stored object is read through it, so a field added later has its default.
 */
export function documentService<D extends z.ZodObject>(
  kind: TDocumentKind,
  details: D,
  options: DocumentServiceOptions<D> = {},
) {
  const data = DOCUMENT_KINDS[kind];
  const auditEntity = DOCUMENT_KIND_NAMES[kind].audit;
  /** the attachments' owner type (registered by the kind's module) */
  const owner = DOCUMENT_KIND_NAMES[kind].name;
  type Answer = TDocumentBase & { details: z.output<D> };
  const view = (actor: Actor, r: TDocumentRow, files: TAttachment[] = []): Answer => ({
    ...documentView(actor, r, files),
    details: details.parse(r.details ?? {}),
  });
  /** the rows as answered, with their attachments (one query for the page) */
  async function views(db: DbOrTx, actor: Actor, rows: TDocumentRow[]) {
    const files = await attachments.listOf(
      db,
      owner,
      rows.map((r) => r.id),
    );
    return rows.map((r) => view(actor, r, files.get(r.id) ?? []));
  }
  const visible = (ctx: RequestContext, scope: Scope = scopeOf(ctx.actor)) =>
    visibleTo(kind, scope, ctx.actor);
  const findFor = (ctx: RequestContext) => (tx: Tx, scope: Scope, id: string) =>
    findDocument(tx, visible(ctx, scope), id);

  async function filterOf(ctx: RequestContext, f: TDocumentFilter) {
    const { orgId, ...rest } = f;
    const orgPath = orgId
      ? (await requireOrgInScope(ctx.db, scopeOf(ctx.actor), orgId)).path
      : undefined;
    return { ...rest, orgPath };
  }

  async function get(ctx: RequestContext, id: string): Promise<Answer> {
    const row = await findDocument(ctx.db, visible(ctx), id);
    if (!row) throw notFound();
    const [answer] = await views(ctx.db, ctx.actor, [row]);
    return answer as Answer;
  }

  /** The document the writer may change now: his (or his cadre's), in an editable state. */
  function requireEditable(ctx: RequestContext, before: TDocumentRow) {
    if (!writes(ctx.actor, before.cadreId)) {
      throw new AppError('FORBIDDEN.ownDocument', { kind: data.label });
    }
    if (!EDITABLE.includes(before.state)) {
      const state = DOCUMENT_STATE_LABELS[before.state];
      throw new AppError('DOCUMENT_NOT_EDITABLE', { kind: data.label, title: before.title, state });
    }
  }

  return {
    kind,
    label: data.label,
    view,
    get,
    /** the attachments' owner type, and who may read a document's files (the module registers it) */
    attachmentOwner: {
      [owner]: (ctx: RequestContext, id: string) =>
        get(ctx, id).then(
          () => true,
          () => false,
        ),
    },
    /** the `find` of `changeInScope` for a change by this reader (a kind's own records: 寄发) */
    findFor,

    async list(ctx: RequestContext, query: TDocumentListQuery) {
      const { filter, page } = splitPage(query);
      const { items, total } = await listDocuments(
        ctx.db,
        visible(ctx),
        await filterOf(ctx, filter),
        page,
      );
      return { items: await views(ctx.db, ctx.actor, items), total };
    },

    async exportXlsx(ctx: RequestContext, filter: TDocumentFilter) {
      const { items } = await listDocuments(ctx.db, visible(ctx), await filterOf(ctx, filter), {
        limit: 100_000,
        offset: 0,
      });
      const C = excelText.documents.columns;
      const columns: Column<TDocumentRow>[] = [
        { header: C.title, width: 36, value: (r) => r.title },
        { header: C.cadre, width: 12, value: (r) => r.cadreName },
        { header: C.post, width: 16, value: (r) => r.cadrePost },
        { header: C.leading, width: 8, value: (r) => labels.yesNo[`${r.leading}`] },
        { header: C.org, width: 24, value: (r) => r.orgName },
        { header: C.campaign, width: 24, value: (r) => r.campaignName },
        { header: C.state, width: 10, value: (r) => DOCUMENT_STATE_LABELS[r.state] },
        { header: C.waitingFor, width: 12, value: (r) => waitingFor(r) ?? '' },
        { header: C.comment, width: 30, value: (r) => r.comment ?? '' },
        { header: C.featured, width: 8, value: (r) => labels.yesNo[`${r.featured}`] },
        ...(data.rating
          ? [
              {
                header: C.rating,
                width: 8,
                value: (r: TDocumentRow) => (r.rating ? DOCUMENT_RATING_LABELS[r.rating] : ''),
              },
            ]
          : []),
        { header: C.submittedAt, width: 17, value: (r) => dateTimeInChina(r.submittedAt) },
        { header: C.approvedAt, width: 17, value: (r) => dateTimeInChina(r.approvedAt) },
        { header: C.publishedAt, width: 17, value: (r) => dateTimeInChina(r.publishedAt) },
        { header: C.updatedAt, width: 17, value: (r) => dateTimeInChina(r.updatedAt) },
      ];
      return buildSheet(data.label, columns, items);
    },

    async create(ctx: RequestContext, input: DocumentCreateInput): Promise<Answer> {
      // two writers at once: the second meets the unique index, not the check above
      const id = await inTransaction(ctx.db, async (tx) => {
        const cadreId = input.cadreId ?? ctx.actor.cadreId;
        if (!cadreId) throw new AppError('DOCUMENT_CADRE');
        if (!writes(ctx.actor, cadreId)) {
          throw new AppError('FORBIDDEN.ownDocument', { kind: data.label });
        }
        const cadre = await findCadre(tx, scopeOf(ctx.actor), cadreId);
        if (!cadre) throw new AppError('NOT_FOUND.cadre');
        if (!cadre.active) throw new AppError('DOCUMENT_CADRE.inactive');
        const campaign = await campaignOf(tx, input.campaignId);
        if (data.onePerCampaign) {
          const existing = await findOwnDocument(tx, kind, cadreId, campaign.id);
          if (existing) {
            throw new AppError('DOCUMENT_EXISTS', {
              cadre: cadre.name,
              campaign: campaign.name,
              kind: data.label,
              title: existing.title,
            });
          }
        }
        const parsed = details.parse(input.details ?? {});
        await options.checkDetails?.(tx, campaign.id, parsed);
        const row = {
          kind,
          cadreId,
          orgId: cadre.orgId,
          campaignId: campaign.id,
          createdBy: ctx.actor.userId,
          title: input.title,
          body: input.body ?? '',
          details: parsed,
        };
        const summary = auditText.document.create(data.label, input.title, cadre.name);
        const newId = { id: await insertDocument(tx, row) };
        await attachments.claim(tx, ctx, input.attachmentIds ?? [], {
          ownerType: owner,
          ownerId: newId.id,
        });
        return auditCreated(tx, ctx, newId, { entity: auditEntity, summary, after: row });
      }).catch((err: unknown) => {
        if (pgCode(err) === UNIQUE_VIOLATION)
          throw new AppError('DOCUMENT_EXISTS.race', { kind: data.label });
        throw err;
      });
      return get(ctx, id);
    },

    async update(ctx: RequestContext, id: string, patch: DocumentUpdateInput): Promise<Answer> {
      await changeInScope(ctx, id, findFor(ctx), async (tx, before) => {
        requireEditable(ctx, before);
        const merged = patch.details
          ? details.parse({ ...(before.details as object), ...patch.details })
          : undefined;
        if (merged) await options.checkDetails?.(tx, before.campaignId, merged);
        const change = { title: patch.title, body: patch.body, details: merged };
        await updateDocument(tx, id, change);
        await attachments.claim(tx, ctx, patch.attachmentIds ?? [], {
          ownerType: owner,
          ownerId: id,
        });
        const summary = auditText.document.update(data.label, before.title);
        const after = { ...change };
        return { action: 'update', entity: auditEntity, entityId: id, summary, before, after };
      });
      return get(ctx, id);
    },

    /** Only a draft never submitted goes; one that was reviewed is withdrawn instead (撤回). */
    async remove(ctx: RequestContext, id: string): Promise<void> {
      await changeInScope(ctx, id, findFor(ctx), async (tx, before) => {
        requireEditable(ctx, before);
        if (before.state !== 'draft' || before.submittedAt) {
          throw new AppError('DOCUMENT_NOT_EDITABLE.remove');
        }
        await deleteDocumentWithLinks(tx, id);
        const summary = auditText.document.delete(data.label, before.title);
        return { action: 'delete', entity: auditEntity, entityId: id, summary, before };
      });
    },

    /**
     * 材料雷同: the other 心得体会 and 对照检查材料 of the campaign whose text is at least the
     * threshold (系统设置) close to this one's, highest first. For reviewers and overseers
     * (ACCESS.documents.similar, the route's guard) — never the author himself. A match outside
     * the reader's scope is named by its author and unit only.
     */
    async similar(ctx: RequestContext, id: string): Promise<TSimilarDocuments> {
      const doc = await get(ctx, id);
      if (ctx.actor.cadreId !== null && ctx.actor.cadreId === doc.cadreId) {
        throw new AppError('FORBIDDEN.similarOwn');
      }
      const threshold = (await getSetting(ctx.db, 'documents.similarityThreshold')) / 100;
      const others = await listCampaignTexts(ctx.db, doc.campaignId, SIMILARITY_KINDS, id);
      const scope = scopeOf(ctx.actor);
      const inScope = (path: string) => scope.kind === 'all' || path.startsWith(scope.path);
      const found = similarAbove(
        textOf(doc.body, doc.details),
        others.map((o) => ({ ...o, text: textOf(o.body, o.details) })),
        threshold,
      );
      return {
        threshold,
        items: found.map((o) => {
          const visible = inScope(o.orgPath);
          return {
            documentId: visible ? o.id : null,
            kind: o.kind,
            kindLabel: DOCUMENT_KINDS[o.kind].label,
            title: visible ? o.title : null,
            author: o.cadreName,
            orgName: o.orgName,
            score: Math.round(o.score * 1000) / 1000,
            percent: Math.round(o.score * 100),
          };
        }),
      };
    },

    // ---- 佐证: the visits and cases a document draws on ----

    async listLinks(ctx: RequestContext, id: string): Promise<{ items: TDocumentLink[] }> {
      await get(ctx, id);
      const rows = await listLinks(ctx.db, id);
      return {
        items: rows.map((l) => ({
          id: l.id,
          targetType: l.targetType,
          targetId: l.targetId,
          label:
            l.targetType === 'visit'
              ? documentText.visitLink(l.visitDate ?? '', l.placeName ?? '')
              : documentText.caseLink(l.trackingCode ?? '', l.categoryName ?? ''),
          at: (l.targetType === 'visit' ? l.visitDate : l.caseDate) ?? null,
        })),
      };
    },

    /** Links a visit of the author's, or a case that reached him or his unit. Idempotent. */
    async addLink(ctx: RequestContext, id: string, input: TDocumentLinkCreate) {
      await changeInScope(ctx, id, findFor(ctx), async (tx, doc) => {
        if (!writes(ctx.actor, doc.cadreId)) {
          throw new AppError('FORBIDDEN.ownDocument', { kind: data.label });
        }
        const target =
          input.targetType === 'visit'
            ? await findCadreVisit(tx, doc.cadreId, input.targetId)
            : await findCadreCase(tx, doc.cadreId, doc.orgPath, input.targetId);
        if (!target) {
          throw new AppError(
            input.targetType === 'visit' ? 'DOCUMENT_LINK.visit' : 'DOCUMENT_LINK.case',
          );
        }
        await insertLink(tx, { documentId: id, ...input, createdBy: ctx.actor.userId });
        const what = labels.documentLinkType[input.targetType];
        const summary = auditText.document.link(doc.title, what);
        return { action: 'update', entity: auditEntity, entityId: id, summary, after: input };
      });
      return this.listLinks(ctx, id);
    },

    async removeLink(ctx: RequestContext, id: string, linkId: string): Promise<void> {
      await changeInScope(ctx, id, findFor(ctx), async (tx, doc) => {
        if (!writes(ctx.actor, doc.cadreId)) {
          throw new AppError('FORBIDDEN.ownDocument', { kind: data.label });
        }
        const removed = await deleteLink(tx, id, linkId);
        if (!removed) throw notFound();
        const summary = auditText.document.unlink(doc.title, labels.documentLinkType[removed]);
        return { action: 'update', entity: auditEntity, entityId: id, summary };
      });
    },
  };
}

/**
 * 待我审核: what waits for the reader at a level his role reviews, of every kind, oldest first.
 * Nothing for a role that reviews nowhere.
 */
export async function reviewQueue(ctx: RequestContext, query: TReviewQueueQuery) {
  const kinds = query.kind ? [query.kind] : DOCUMENT_KINDS_LIST;
  const waiting = kinds.flatMap((kind) =>
    DOCUMENT_KINDS[kind].levels.flatMap((level, i) =>
      level.roles.includes(ctx.actor.role) ? [{ kind, level: i }] : [],
    ),
  );
  const { items, total } = await listWaiting(
    ctx.db,
    scopeOf(ctx.actor),
    ctx.actor,
    waiting,
    pageOf(query),
  );
  return {
    items: items.map((r) => ({
      id: r.id,
      kind: r.kind,
      kindLabel: DOCUMENT_KINDS[r.kind].label,
      path: `${DOCUMENT_KINDS[r.kind].path}?id=${r.id}`,
      cadreName: r.cadreName,
      orgName: r.orgName,
      campaignName: r.campaignName,
      title: r.title,
      state: r.state,
      waitingFor: waitingFor(r),
      submittedAt: r.submittedAt,
    })),
    total,
  };
}

/**
 * 打印: the document as an A4 PDF — title, author and unit, the date, its text drawn from the
 * markup — with the author's connection card and QR code at the foot when `footer` (公开信).
 */
export async function printDocument(
  ctx: RequestContext,
  service: { get(ctx: RequestContext, id: string): Promise<TDocumentBase> },
  id: string,
  footer: boolean,
  /** the text printed, when the kind's own parts belong in it (对照检查材料: its sections) */
  bodyOf?: (ctx: RequestContext, doc: TDocumentBase & { details: unknown }) => Promise<string>,
): Promise<{ fileName: string; pdf: Buffer }> {
  const doc = (await service.get(ctx, id)) as TDocumentBase & { details: unknown };
  const card = footer ? await pdfCardFor(ctx.db, doc.cadreId, doc.campaignId) : undefined;
  const author = doc.cadrePost
    ? `${doc.cadreName}（${doc.orgName} ${doc.cadrePost}）`
    : doc.cadreName;
  const day = dateTimeInChina(doc.publishedAt ?? doc.approvedAt ?? doc.updatedAt).slice(0, 10);
  const pdf = await documentPdf({
    title: doc.title,
    meta: [author, `${doc.campaignName} · ${DOCUMENT_STATE_LABELS[doc.state]} · ${day}`],
    body: bodyOf ? await bodyOf(ctx, doc) : doc.body,
    ...(card ? { footer: card } : {}),
  });
  return { fileName: documentText.printFileName(DOCUMENT_KINDS[doc.kind].label, doc.title), pdf };
}
