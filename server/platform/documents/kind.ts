import { ACCESS, mayWriteCadreRecord } from '../../../common/access.ts';
import type { TAuditEntity } from '../../../common/audit.ts';
import {
  DOCUMENT_KINDS,
  DOCUMENT_RATING_LABELS,
  DOCUMENT_RATINGS,
  DOCUMENT_STATE_LABELS,
  type TDocumentKind,
  type TDocumentState,
} from '../../../common/documents.ts';
import type { Tx } from '../../db/client.ts';
import { notify } from '../../modules/notifications/notifications.service.ts';
import { accountsOfCadres } from '../../modules/users/users.service.ts';
import type { Actor } from '../access.ts';
import { AppError } from '../errors.ts';
import { documentText } from '../i18n/zh-CN.ts';
import { sharedEvents } from '../workflow/events.repo.ts';
import { defineKind, type StepHook } from '../workflow/kind.ts';
import {
  findDocument,
  lockDocument,
  type TDocumentRow,
  visibleTo,
  writeDocumentState,
} from './documents.repo.ts';

/**
 * One workflow kind per document kind, made from its row of DOCUMENT_KINDS (common/documents.ts):
 * 提交 → 审核 level by level (通过 at the last level makes it 已通过; 退回修改 at any level, with
 * the reason) → 发布 → 撤回, and 推荐 for the best. Who reviews at which level and who publishes
 * are the kind's data; the steps below are the same for every kind.
 */

/** The names of the kinds' events in workflow_events and their audit entities. */
export const DOCUMENT_KIND_NAMES: Record<TDocumentKind, { name: string; audit: TAuditEntity }> = {
  research: { name: 'research_topic', audit: 'research_topic' },
  letter: { name: 'letter', audit: 'letter' },
  reflection: { name: 'reflection', audit: 'reflection' },
  self_exam: { name: 'self_exam', audit: 'self_exam' },
};

/** The columns a step may write (the engine passes the step's fields and `compute`'s `set`). */
const WRITABLE = [
  'comment',
  'featured',
  'rating',
  'reviewLevel',
  'submittedAt',
  'approvedAt',
  'publishedAt',
] as const;

/** Tells the author's accounts what happened to his document, in the step's transaction. */
function tellAuthor(
  title: (kind: string, title: string) => string,
): StepHook<TDocumentRow, TDocumentState> {
  return async (tx, { after, eventId }) => {
    const kind = DOCUMENT_KINDS[after.kind];
    const accounts = await accountsOfCadres(tx, [after.cadreId]);
    await notify(
      tx,
      accounts.map((a) => ({
        userId: a.userId,
        kind: 'info' as const,
        title: title(kind.label, after.title),
        body: after.comment ?? '',
        link: `${kind.path}?id=${after.id}`,
        dedupeKey: `document:${eventId}`,
      })),
    );
  };
}

const levelsOf = (kind: TDocumentKind) => DOCUMENT_KINDS[kind].levels;

/** Whether the actor reviews at the level the document waits at (never his own). */
function reviewsNow(actor: Actor, r: TDocumentRow): boolean {
  const level = levelsOf(r.kind)[r.reviewLevel];
  return (
    (level?.roles.includes(actor.role) ?? false) &&
    (actor.cadreId === null || actor.cadreId !== r.cadreId)
  );
}

const publishes = (actor: Actor, r: TDocumentRow) =>
  DOCUMENT_KINDS[r.kind].publishers.includes(actor.role);

const writes = (actor: Actor, r: TDocumentRow) =>
  mayWriteCadreRecord(ACCESS.documents, actor, r.cadreId);

export function documentKind(kind: TDocumentKind) {
  const data = DOCUMENT_KINDS[kind];
  const { name, audit } = DOCUMENT_KIND_NAMES[kind];
  const lastLevel = data.levels.length - 1;
  // 评定等次: a rated kind's 审核通过 asks for it (each level's; the last one's stands); the field
  // is declared for every kind, named only by a rated kind's step
  const rating = data.rating;
  const scale = rating?.scale ?? DOCUMENT_RATINGS;
  return defineKind({
    name,
    label: data.label,
    auditEntity: audit,
    states: DOCUMENT_STATE_LABELS,
    relations: {
      /** 作者本人, or a writer for a cadre in his scope (a unit for its leaders) */
      writer: writes,
      /** 本级审核人: the level the document waits at lists his role; never its author */
      reviewer: reviewsNow,
      /** 发布人 */
      publisher: publishes,
      /** 撤回: the writer while it waits for review; the publisher once approved or published */
      withdrawer: (actor, r: TDocumentRow) =>
        r.state === 'submitted' ? writes(actor, r) : publishes(actor, r),
    },
    fields: {
      comment: { label: '审核意见', type: 'textarea', maxLength: 500 },
      reason: { label: '退回理由', type: 'textarea', maxLength: 500 },
      featured: { label: '推荐为优秀', type: 'boolean' },
      rating: {
        label: '评定等次',
        type: 'select',
        options: scale.map((v) => ({ value: v, label: DOCUMENT_RATING_LABELS[v] })),
      },
    },
    steps: [
      {
        action: 'submit',
        label: '提交审核',
        from: ['draft', 'returned', 'withdrawn'],
        to: 'submitted',
        who: [{ relation: 'writer' }],
        // offered with an empty text too, so that the refusal says why (a guard would hide it)
        compute: async (_tx, { record }) => {
          if ((record as TDocumentRow).body.trim() === '') throw new AppError('DOCUMENT_EMPTY');
          return {
            set: { reviewLevel: 0, submittedAt: new Date(), comment: null, rating: null },
          };
        },
        public: false,
      },
      {
        action: 'approve',
        label: '审核通过',
        from: ['submitted'],
        to: {
          among: ['submitted', 'approved'],
          by: (r: TDocumentRow) => (r.reviewLevel >= lastLevel ? 'approved' : 'submitted'),
        },
        who: [{ relation: 'reviewer' }],
        needs: rating?.required ? ['rating'] : [],
        optional: rating && !rating.required ? ['comment', 'rating'] : ['comment'],
        compute: async (_tx, { record, fields }) => {
          const r = record as TDocumentRow;
          const final = r.reviewLevel >= lastLevel;
          const level = data.levels[r.reviewLevel];
          return {
            set: {
              comment: (fields.comment as string | undefined) ?? null,
              ...(rating ? { rating: (fields.rating as string | undefined) ?? null } : {}),
              ...(final ? { approvedAt: new Date() } : { reviewLevel: r.reviewLevel + 1 }),
            },
            note: level ? documentText.levelPassed(level.label) : undefined,
          };
        },
        hooks: [
          async (tx, args) => {
            if (args.after.state === 'approved') {
              await tellAuthor(documentText.approvedTitle)(tx, args);
            }
          },
        ],
        public: false,
      },
      {
        action: 'return',
        label: '退回修改',
        from: ['submitted'],
        to: 'returned',
        who: [{ relation: 'reviewer' }],
        needs: ['reason'],
        compute: async (_tx, { fields }) => ({
          set: { comment: fields.reason as string, reviewLevel: 0 },
        }),
        hooks: [tellAuthor(documentText.returnedTitle)],
        public: false,
      },
      {
        action: 'publish',
        label: '发布',
        from: ['approved'],
        to: 'published',
        who: [{ relation: 'publisher' }],
        compute: async () => ({ set: { publishedAt: new Date() } }),
        hooks: [tellAuthor(documentText.publishedTitle)],
        public: true,
      },
      {
        action: 'withdraw',
        label: '撤回',
        from: ['submitted', 'approved', 'published'],
        to: 'withdrawn',
        who: [{ relation: 'withdrawer' }],
        optional: ['reason'],
        compute: async (_tx, { fields }) => ({
          set: {
            reviewLevel: 0,
            publishedAt: null,
            ...(fields.reason ? { comment: fields.reason as string } : {}),
          },
        }),
        public: false,
      },
      {
        action: 'feature',
        label: '推荐',
        from: ['approved', 'published'],
        to: 'same',
        who: [{ relation: 'publisher' }],
        needs: ['featured'],
        compute: async (_tx, { fields }) => ({ set: { featured: fields.featured === true } }),
        public: false,
      },
    ],
    store: {
      find: async (db, scope, id, reader) =>
        (await findDocument(db, visibleTo(kind, scope, reader), id)) ?? null,
      lock: async (tx, scope, id, reader) =>
        (await lockDocument(tx, visibleTo(kind, scope, reader), id)) ?? null,
      stateOf: (r: TDocumentRow) => r.state,
      async write(tx: Tx, r: TDocumentRow, change) {
        const set = Object.fromEntries(
          WRITABLE.filter((k) => k in change.fields).map((k) => [k, change.fields[k]]),
        );
        const moved = !(await writeDocumentState(
          tx,
          r.id,
          { state: change.from, reviewLevel: r.reviewLevel },
          { ...set, state: change.state },
        ));
        if (moved) return null;
        return (await findDocument(tx, visibleTo(kind, { kind: 'all' }), r.id)) ?? null;
      },
      ...sharedEvents(name),
    },
    idOf: (r: TDocumentRow) => r.id,
    describe: (r: TDocumentRow) => `「${r.title}」（${r.cadreName}）`,
  });
}

export type DocumentKind = ReturnType<typeof documentKind>;
