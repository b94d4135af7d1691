import type { Readable } from 'node:stream';
import { v7 as uuidv7 } from 'uuid';
import {
  caseActionLabels,
  caseChannelLabels,
  caseRatingLabels,
  caseStatusLabels,
  respondentGroupLabels,
  type TCase,
  type TCaseCategoryAdmin,
  type TCaseCategoryKind,
  type TCaseCategoryUpdate,
  type TCaseChannel,
  type TCaseContact,
  type TCaseCreate,
  type TCaseDetail,
  type TCaseRatingInput,
  type TPublicCase,
  type TPublicCaseCreate,
  type TPublicCaseCreated,
} from '../../../common/cases.ts';
import { addDays, dateTimeInChina, todayInChina } from '../../../common/dates.ts';
import type { TCaseGate } from '../../../common/rectification-terms.ts';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import { inTransaction, pgCode, UNIQUE_VIOLATION } from '../../db/tx.ts';

import { type Actor, type RequestContext, type Scope, scopeOf } from '../../platform/access.ts';
import { type AuditAction, audit } from '../../platform/audit.ts';
import { changeInScope } from '../../platform/audited.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { type Column, streamSheet } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText } from '../../platform/i18n/zh-CN.ts';
import { maskPhone } from '../../platform/idnumber.ts';
import { pageOf } from '../../platform/paging.ts';
import { takeStep } from '../../platform/workflow/engine.ts';
import { citizenActor } from '../../platform/workflow/kind.ts';
import * as attachments from '../attachments/attachments.service.ts';
import { capReceipt, caseNoticeRow, maskRecipient } from '../channels/outbox.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { casePolicy } from './cases.policy.ts';
import {
  type CaseRow,
  clearIntakeDefaultExcept,
  countCases,
  findCase,
  findCaseByExternalRef,
  findCaseIdByCode,
  findCategory,
  findPublicCadre,
  type insertCase,
  insertCaseWithTrail,
  insertEvent,
  type LedgerRow,
  listCases,
  listCategories,
  listCategoriesForStaff,
  listEvents,
  listLedgerAfter,
  listPublicResolved,
  publicResolvedIn,
  updateCategory,
} from './cases.repo.ts';
import type { TCaseFilter, TCaseListQuery } from './cases.schemas.ts';
import { caseKind } from './lifecycle.ts';
import { newTrackingCode } from './tracking-code.ts';

/**
 * Files that came with a case (a citizen's photos, mail attachments, a letter's scans): whoever may
 * read the case may read them.
 */
export const CASE_ATTACHMENT_OWNER = 'case';
export const mayReadCaseFiles = async (ctx: RequestContext, caseId: string) =>
  Boolean(await findCase(ctx.db, scopeOf(ctx.actor), caseId));

/** Who takes a step: a staff actor, or the citizen (actor null) holding the tracking code. */
export type Who = { actor: Actor | null; ip: string | null };

export const publicResolved = (db: Db, page: { page: number; pageSize: number }) =>
  listPublicResolved(db, pageOf(page));

export const publicCategories = async (db: Db) => ({ items: await listCategories(db, true) });

/** 写给某位干部: the addressee's name, post and unit for the public form; inactive → not found. */
export async function publicCadre(db: Db, id: string) {
  const cadre = await findPublicCadre(db, id);
  if (!cadre) throw notFound();
  return cadre;
}

export const staffCategories = async (db: DbOrTx): Promise<{ items: TCaseCategoryAdmin[] }> => ({
  items: await listCategoriesForStaff(db),
});

/**
 * The office edits a category's name, time limits (working days), order, switches it off, or
 * makes it the 默认类别 — which takes the flag off the one that had it, in the same transaction
 * (each change audited). The 默认类别 must stay active: intake would have nowhere to put a mail.
 */
export async function updateCategoryOf(
  ctx: RequestContext,
  id: string,
  input: TCaseCategoryUpdate,
) {
  await changeInScope(
    ctx,
    id,
    (tx) => findCategory(tx, id),
    async (tx, before) => {
      const activeAfter = input.active ?? before.active;
      const defaultAfter = input.intakeDefault ?? before.intakeDefault;
      if (defaultAfter && !activeAfter) {
        throw new AppError(
          before.intakeDefault
            ? 'VALIDATION.categoryDefaultOff'
            : 'VALIDATION.categoryInactiveDefault',
          { name: before.name },
        );
      }
      if (input.intakeDefault && !before.intakeDefault) {
        for (const other of await clearIntakeDefaultExcept(tx, id)) {
          await audit(tx, ctx, {
            action: 'update',
            entity: 'case_category',
            entityId: other.id,
            summary: auditText.caseCategory.defaultMoved(other.name, before.name),
            before: { intakeDefault: true },
            after: { intakeDefault: false },
          });
        }
      }
      await updateCategory(tx, id, input);
      return {
        action: 'update',
        entity: 'case_category',
        entityId: id,
        summary: auditText.caseCategory.update(before.name),
        before: {
          name: before.name,
          timeLimitDays: before.timeLimitDays,
          acceptDays: before.acceptDays,
          intakeDefault: before.intakeDefault,
          active: before.active,
        },
        after: input,
      };
    },
  );
  const item = (await listCategoriesForStaff(ctx.db)).find((c) => c.id === id);
  if (!item) throw notFound();
  return item;
}

/** The fields of a new case, whatever the channel it came by. */
export type NewCase = Omit<
  Parameters<typeof insertCase>[1],
  'id' | 'trackingCode' | 'status' | 'updatedAt'
>;

/**
 * The one way a case comes into being, in the caller's transaction (or on its own: it is one
 * statement): checks the category and the addressee, gives it a tracking code, writes the 提交
 * event and the audit row, and queues the acknowledgement (回执) to the citizen's e-mail or phone.
 * Every channel (web form, staff entry, mail, SMS, Open311) goes through here. With a 回执, `tx`
 * must be a transaction: the daily receipt caps (outbox.service#capReceipt) lock their counts in it.
 *
 * All of it is one SQL statement (insertCaseWithTrail): no look-ups before the insert, no
 * tracking-code check (the unique index decides; a taken code — 1 in 10^15 — is drawn again).
 */
export async function createCaseInTx(
  tx: DbOrTx,
  who: Who,
  input: NewCase,
  opts: { summary: string; acknowledge?: boolean },
) {
  // the daily receipt caps, decided once (a redrawn tracking code is the same receipt); the
  // submitter's own address counts only where the citizen sent it (web form, Open311), not a
  // gateway's or a member of staff's
  const submitterIp = who.actor === null && input.channel === 'web' ? who.ip : null;
  let capped: Awaited<ReturnType<typeof capReceipt>> | undefined;
  for (;;) {
    const id = uuidv7();
    const trackingCode = newTrackingCode();
    let notice =
      opts.acknowledge === false
        ? null
        : caseNoticeRow(
            {
              id,
              trackingCode,
              citizenEmail: input.citizenEmail ?? null,
              citizenPhone: input.citizenPhone ?? null,
            },
            { kind: 'received' },
          );
    if (notice) {
      capped ??= await capReceipt(tx, notice, submitterIp);
      notice = { ...notice, status: capped.status, cappedReason: capped.cappedReason };
    }
    const row = { ...input, id, trackingCode, status: 'received' as const };
    const out = await insertCaseWithTrail(tx, {
      row,
      receivedOn: todayInChina(),
      event: {
        action: 'submit',
        toStatus: 'received',
        actorId: who.actor?.userId ?? null,
        actorName: who.actor?.name ?? null,
        public: true,
      },
      audit: {
        actorId: who.actor?.userId ?? null,
        actorName: who.actor?.name ?? null,
        ip: who.ip,
        action: 'create' satisfies AuditAction,
        entity: 'case',
        entityId: id,
        summary: auditText.case.receivedWithCode(opts.summary, trackingCode),
        before: null,
        after: { channel: input.channel, categoryId: input.categoryId },
      },
      notice,
    });
    if (out.createdAt) return { ...row, createdAt: out.createdAt, acceptDueOn: out.acceptDueOn };
    if (out.refused === 'category') throw new AppError('CASE_CATEGORY');
    if (out.refused === 'cadre') throw new AppError('CASE_CADRE');
    // a tracking code already taken: nothing was written, draw another
  }
}

/**
 * A citizen's own submission from the public site: no account, answered with the tracking code.
 * With a `clientId` it is idempotent: a retry after a lost answer gets the same case back
 * (`created: false`), also when two tries race (the unique index on the channel's ref decides).
 */
export async function createPublic(
  db: Db,
  ip: string | null,
  input: TPublicCaseCreate,
): Promise<{ created: boolean; result: TPublicCaseCreated }> {
  const existing = async () => {
    const row = input.clientId ? await findCaseByExternalRef(db, 'web', input.clientId) : undefined;
    return row ? { created: false, result: row } : undefined;
  };
  const before = await existing();
  if (before) return before;
  try {
    // without attachments or a 回执 the case is one statement: no transaction around it (saves
    // BEGIN/COMMIT); a receipt's cap is counted under a lock that lasts until the case is written
    const receipt = !input.anonymous && Boolean(input.phone);
    const run = <T>(work: (tx: DbOrTx) => Promise<T>) =>
      input.attachments?.length || receipt ? inTransaction(db, work) : work(db);
    return await run(async (tx) => {
      const row = await createCaseInTx(
        tx,
        { actor: null, ip },
        {
          channel: 'web',
          categoryId: input.categoryId,
          content: input.content,
          anonymous: input.anonymous,
          citizenName: input.anonymous ? null : input.name || null,
          citizenPhone: input.anonymous ? null : input.phone || null,
          addresseeCadreId: input.cadreId ?? null,
          externalRef: input.clientId ?? null,
        },
        { summary: auditText.case.received.web },
      );
      if (input.attachments?.length) {
        await attachments.claimPublic(tx, input.attachments, {
          ownerType: CASE_ATTACHMENT_OWNER,
          ownerId: row.id,
        });
      }
      const result = {
        trackingCode: row.trackingCode,
        status: row.status,
        createdAt: row.createdAt,
      };
      return { created: true, result };
    });
  } catch (err) {
    // the same clientId committed by a concurrent try in the meantime
    const raced = pgCode(err) === UNIQUE_VIOLATION ? await existing() : undefined;
    if (raced) return raced;
    throw err;
  }
}

/** What the tracking code opens: status, public timeline, answer — no personal data, no notes. */
export async function publicView(db: Db, trackingCode: string): Promise<TPublicCase> {
  const id = await findCaseIdByCode(db, trackingCode);
  const row = id ? await findCase(db, { kind: 'all' }, id) : undefined;
  if (!row) throw notFound();
  const events = await listEvents(db, row.id, true);
  const answered = row.answeredAt !== null && row.status !== 'in_progress';
  return {
    trackingCode: row.trackingCode,
    category: row.categoryName,
    status: row.status,
    statusLabel: caseStatusLabels[row.status],
    content: row.content,
    createdAt: row.createdAt,
    dueDate: row.dueDate,
    answer: answered ? row.answer : null,
    measures: answered ? row.measures : null,
    answeredAt: answered ? row.answeredAt : null,
    rating: row.rating,
    mayRate: row.status === 'answered' && row.rating === null,
    timeline: events.map((e) => ({
      action: e.action,
      label: caseActionLabels[e.action],
      at: e.at,
    })),
  };
}

export async function rate(
  db: Db,
  ip: string | null,
  trackingCode: string,
  input: TCaseRatingInput,
) {
  const id = await findCaseIdByCode(db, trackingCode);
  if (!id) throw notFound();
  await inTransaction(db, (tx) =>
    takeStep(tx, { actor: citizenActor(), ip }, caseKind, id, { action: 'rate', ...input }),
  );
  return publicView(db, trackingCode);
}

function toCase(row: CaseRow): TCase {
  const { assignedOrgPath: _p, answeredAt: _a, signedOffAt: _s, citizenEmail: _e, ...r } = row;
  const today = todayInChina();
  const overdue =
    (row.status === 'assigned' || row.status === 'in_progress') &&
    row.dueDate !== null &&
    row.dueDate < today;
  // 受理时限 passed and still nobody accepted it
  const acceptOverdue =
    row.status === 'received' && row.acceptDueOn !== null && row.acceptDueOn < today;
  // every read of a case shows contact data masked; the full values only on purpose (revealContact)
  return { ...r, citizenPhone: maskPhone(r.citizenPhone), overdue, acceptOverdue };
}

/** May the actor see this case's contact data in full: the roles that need it, a cadre on his own cases. */
function mayRevealContact(actor: Actor, row: Pick<CaseRow, 'handlerCadreId'>): boolean {
  return (
    casePolicy.contact.includes(actor.role) ||
    (actor.role === 'cadre' && actor.cadreId !== null && actor.cadreId === row.handlerCadreId)
  );
}

async function filterOf(ctx: RequestContext, q: TCaseFilter) {
  const scope = scopeOf(ctx.actor);
  const orgPath = q.orgId ? (await requireOrgInScope(ctx.db, scope, q.orgId)).path : undefined;
  return {
    q: q.q,
    status: q.status,
    channel: q.channel,
    categoryId: q.categoryId,
    handlerCadreId: q.handlerCadreId,
    cadreId: q.cadreId,
    from: q.from,
    to: q.to,
    orgPath,
    overdueOn: q.overdue ? todayInChina() : undefined,
    rating: q.rating,
  };
}

export async function list(ctx: RequestContext, q: TCaseListQuery) {
  const where = await filterOf(ctx, q);
  const { items, total } = await listCases(ctx.db, scopeOf(ctx.actor), where, pageOf(q));
  // lists never show a phone in full; 显示联系方式 on the case page does, audited
  return { items: items.map((row) => toCase(row)), total };
}

/**
 * The export streams (flat memory), so the cap is about time, not memory: 200,000 rows is a few
 * bureaus' years and some 20 s; more is refused with a message rather than cut off silently.
 */
export const EXPORT_LIMIT = 200_000;
/** rows per keyset page of the export: 5,000 ledger rows are about 5 MB in memory */
export const EXPORT_PAGE = 5_000;
/** 问题销号台账: the filtered cases in the ledger's usual columns; names only, never phones. Streamed. */
export async function exportXlsx(ctx: RequestContext, q: TCaseFilter): Promise<Readable> {
  const scope = scopeOf(ctx.actor);
  const filter = await filterOf(ctx, q);
  const total = await countCases(ctx.db, scope, filter);
  if (total > EXPORT_LIMIT) {
    throw new AppError('VALIDATION.caseExportLimit', { total, limit: EXPORT_LIMIT });
  }
  // the next page is read while the current one is written out (on PostgreSQL the server works
  // beside this process); a failed read surfaces when its page is awaited
  async function* pages() {
    const read = (after: LedgerRow | null) => {
      const page = listLedgerAfter(ctx.db, scope, filter, after, EXPORT_PAGE);
      page.catch(() => {});
      return page;
    };
    let next = read(null);
    for (;;) {
      const page = await next;
      const last = page.at(-1);
      const more = last !== undefined && page.length === EXPORT_PAGE;
      if (more) next = read(last);
      if (page.length > 0) yield page;
      if (!more) return;
    }
  }
  let n = 0;
  const X = excelText.cases;
  const columns: Column<LedgerRow>[] = [
    { header: X.columns.number, width: 6, value: () => ++n },
    { header: X.columns.trackingCode, width: 13, value: (c) => c.trackingCode },
    {
      header: X.columns.citizen,
      value: (c) => (c.anonymous ? X.values.anonymous : (c.citizenName ?? '')),
    },
    {
      header: X.columns.channel,
      value: (c) =>
        caseChannelLabels[c.channel] +
        (c.respondentGroup ? `（${respondentGroupLabels[c.respondentGroup]}）` : ''),
    },
    { header: X.columns.category, value: (c) => c.categoryName },
    { header: X.columns.content, width: 40, value: (c) => c.content },
    { header: X.columns.org, width: 20, value: (c) => c.assignedOrgName ?? '' },
    { header: X.columns.handler, value: (c) => c.handlerName ?? '' },
    { header: X.columns.dueDate, width: 12, value: (c) => c.dueDate ?? '' },
    { header: X.columns.measures, width: 30, value: (c) => c.measures ?? '' },
    { header: X.columns.answer, width: 30, value: (c) => c.answer ?? '' },
    { header: X.columns.rating, value: (c) => (c.rating ? caseRatingLabels[c.rating] : '') },
    {
      header: X.columns.signedOffAt,
      width: 20,
      value: (c) => dateTimeInChina(c.signedOffAt ? new Date(c.signedOffAt) : null),
    },
    {
      header: X.columns.notes,
      width: 20,
      value: (c) =>
        [caseStatusLabels[c.status], c.escalated ? X.values.escalated : '', c.ratingComment ?? '']
          .filter(Boolean)
          .join('；'),
    },
  ];
  return streamSheet(X.sheet, columns, pages());
}

/** The case page: contact data masked for everyone, so opening a case is not a read of personal data. */
export async function get(ctx: RequestContext, id: string): Promise<TCaseDetail> {
  const row = await findCase(ctx.db, scopeOf(ctx.actor), id);
  if (!row) throw notFound();
  const files = (await attachments.listOf(ctx.db, CASE_ATTACHMENT_OWNER, [id])).get(id) ?? [];
  return {
    ...toCase(row),
    citizenEmail: row.citizenEmail ? maskRecipient('email', row.citizenEmail) : null,
    contactRevealable:
      mayRevealContact(ctx.actor, row) && (row.citizenPhone !== null || row.citizenEmail !== null),
    attachments: files,
  };
}

/**
 * 显示联系方式: the citizen's full phone and e-mail for the roles that need them (a cadre only on
 * the cases he handles); this read alone is written to the audit log as 查看个人信息 (PIPL).
 */
export async function revealContact(ctx: RequestContext, id: string): Promise<TCaseContact> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await findCase(tx, scopeOf(ctx.actor), id);
    if (!row) throw notFound();
    if (!mayRevealContact(ctx.actor, row)) throw forbidden();
    await audit(tx, ctx, {
      action: 'read_personal',
      entity: 'case',
      entityId: id,
      summary: auditText.case.revealContact(row.trackingCode),
    });
    return { citizenPhone: row.citizenPhone, citizenEmail: row.citizenEmail };
  });
}

/** Staff "report as": a case received by hotline, letter, field interview …, keeping who entered it. */
export async function create(ctx: RequestContext, input: TCaseCreate): Promise<TCaseDetail> {
  if (input.channel === 'field_interview' && !input.respondentGroup) {
    throw new AppError('CASE_FIELDS_REQUIRED.respondentGroup');
  }
  const id = await inTransaction(ctx.db, async (tx) => {
    const unitBound = scopeOf(ctx.actor).kind === 'subtree';
    const row = await createCaseInTx(
      tx,
      ctx,
      {
        channel: input.channel,
        respondentGroup: input.channel === 'field_interview' ? input.respondentGroup : null,
        categoryId: input.categoryId,
        content: input.content,
        anonymous: input.anonymous,
        citizenName: input.anonymous ? null : input.citizenName || null,
        citizenPhone: input.anonymous ? null : input.citizenPhone || null,
        addresseeCadreId: input.addresseeCadreId ?? null,
        // a unit enters a case for its own unit, so it stays in the unit's sight
        assignedOrgId: unitBound ? ctx.actor.orgId : null,
        enteredBy: ctx.actor.userId,
      },
      { summary: auditText.case.received.staff },
    );
    if (input.attachments?.length) {
      await attachments.claim(tx, ctx, input.attachments, {
        ownerType: CASE_ATTACHMENT_OWNER,
        ownerId: row.id,
      });
    }
    return row.id;
  });
  return get(ctx, id);
}

// ---- for other modules: they call these, never ./cases.repo.ts (lint rule) ----------------------
// Each runs on the db or transaction the caller passes, so it joins the caller's transaction.

/** A case a channel made from the message with this external ref; a category; intake's default. */
export { findCaseByExternalRef, findCategory, findIntakeDefaultCategory } from './cases.repo.ts';

/** A staff-only 内部备注 by no one (the system): how a case came in, a possible duplicate. */
export async function addInternalNote(tx: Tx, caseId: string, note: string): Promise<void> {
  await insertEvent(tx, {
    caseId,
    action: 'note',
    actorId: null,
    actorName: null,
    note,
    public: false,
  });
}

/**
 * 群众意见 (issue 13 §5): the cases about a cadre — addressed to him, his to handle, or assigned to
 * his unit — submitted in [from, to], of a category kind (四风) or a channel (下访听诉), newest
 * first, in the reader's scope, masked exactly as the case list masks them.
 */
export async function casesConcerning(
  db: DbOrTx,
  scope: Scope,
  q: {
    cadreId: string;
    orgPath: string;
    from: string;
    to: string;
    categoryKind?: TCaseCategoryKind;
    channel?: TCaseChannel;
  },
  limit: number,
): Promise<{ items: TCase[]; total: number }> {
  const { cadreId, orgPath, ...f } = q;
  const { items, total } = await listCases(
    db,
    scope,
    { ...f, concerning: { cadreId, orgPath } },
    { limit, offset: 0 },
  );
  return { items: items.map((row) => toCase(row)), total };
}

/**
 * 整改清单 (modules/rectifications): whether a rectification item linked to this case may be
 * signed off, by the case's side — its rating loop is the cases lifecycle's, reused as it is.
 * 已销号 (rated 满意/基本满意, or signed off by the system after the rating window), 不予受理 and
 * 已合并 are closed; 已办结 with a good rating is closed; 已办结 unrated waits for the citizen when
 * one can rate (he submitted it himself or left a phone or mail to get the tracking code), else
 * it is closed; 不满意 — rated so, or reopened by it — blocks. Null when there is no such case.
 * No citizen data leaves here.
 */
/**
 * 办成实事 of the days `from`–`to` (Asia/Shanghai) for the 月报 and the 活动总结: the cases signed
 * off then and marked for publicity, in `scope` and (given) the unit's subtree — code, category,
 * handling unit, day and the published answer cut to a line; nothing about the citizen.
 */
export async function publicityHighlights(
  db: DbOrTx,
  scope: Scope,
  q: { orgPath?: string; from: string; to: string; limit?: number },
) {
  const rows = await publicResolvedIn(
    db,
    scope,
    q.orgPath,
    new Date(`${q.from}T00:00:00+08:00`),
    new Date(`${addDays(q.to, 1)}T00:00:00+08:00`),
    q.limit ?? 200,
  );
  return rows.map((r) => {
    const result = (r.measures || r.answer || '').replace(/\s+/g, ' ').trim();
    return {
      trackingCode: r.trackingCode,
      category: r.category,
      orgName: r.orgName,
      signedOffOn: dateTimeInChina(r.signedOffAt).slice(0, 10),
      result: result.length > 80 ? `${result.slice(0, 80)}…` : result,
    };
  });
}

export async function caseGateOf(db: DbOrTx, caseId: string): Promise<TCaseGate | null> {
  const c = await findCase(db, { kind: 'all' }, caseId);
  if (!c) return null;
  if (c.status === 'signed_off' || c.status === 'not_accepted' || c.status === 'merged') {
    return 'ok';
  }
  if (c.rating === 'dissatisfied') return 'dissatisfied';
  if (c.status === 'answered') {
    if (c.rating) return 'ok';
    const canRate = c.enteredBy === null || Boolean(c.citizenPhone || c.citizenEmail);
    return canRate ? 'awaiting_rating' : 'ok';
  }
  if (c.dissatisfiedCount > 0) return 'dissatisfied';
  return 'open';
}

/** The dashboard's case figures (one statement; server/modules/dashboard). */
export {
  type CaseStatsQuery,
  type CaseStatsRow,
  caseCategories,
  caseStats,
} from './case-stats.repo.ts';
