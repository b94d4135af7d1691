import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  getTableName,
  gte,
  ilike,
  inArray,
  isNull,
  like,
  lt,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type {
  TCaseCategoryKind,
  TCaseChannel,
  TCaseRating,
  TCaseStatus,
} from '../../../common/cases.ts';
import { addDays } from '../../../common/dates.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  auditLog,
  cadres,
  caseCategories,
  caseEvents,
  cases,
  orgs,
  outbox,
  users,
} from '../../db/schema/index.ts';
import { StatementCache } from '../../db/statements.ts';
import { rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../../platform/scope.repo.ts';

export type CaseFilter = {
  q?: string;
  status?: TCaseStatus;
  channel?: TCaseChannel;
  categoryId?: string;
  orgPath?: string;
  handlerCadreId?: string;
  /** addressed to or handled by this cadre: his 诉求清单 */
  cadreId?: string;
  /** submitted on or after / on or before (calendar days in China) */
  from?: string;
  to?: string;
  /** cases past their due date and not yet answered, or past their 受理时限 and not yet accepted */
  overdueOn?: string;
  /** rated so by the citizen */
  rating?: TCaseRating;
  /** of categories of this kind (四风 four_winds / 民生 livelihood) */
  categoryKind?: TCaseCategoryKind;
  /** 涉及: addressed to or handled by this cadre, or assigned to his unit or below (群众意见) */
  concerning?: { cadreId: string; orgPath: string };
};

/** A category as the public form shows it; staff see more (listCategoriesForStaff). */
const categoryColumns = {
  id: caseCategories.id,
  name: caseCategories.name,
  kind: caseCategories.kind,
  timeLimitDays: caseCategories.timeLimitDays,
};

export async function listCategories(db: DbOrTx, activeOnly: boolean) {
  return db
    .select(categoryColumns)
    .from(caseCategories)
    .where(activeOnly ? eq(caseCategories.active, true) : undefined)
    .orderBy(asc(caseCategories.sortOrder), asc(caseCategories.name));
}

export async function listCategoriesForStaff(db: DbOrTx) {
  return db
    .select({
      ...categoryColumns,
      acceptDays: caseCategories.acceptDays,
      intakeDefault: caseCategories.intakeDefault,
      active: caseCategories.active,
      sortOrder: caseCategories.sortOrder,
    })
    .from(caseCategories)
    .orderBy(asc(caseCategories.sortOrder), asc(caseCategories.name));
}

const categoryRows = rowsById(caseCategories);
export const updateCategory = categoryRows.set;

/** 默认类别: the one category cases without one (mail, SMS) start in, if it is active. */
export async function findIntakeDefaultCategory(db: DbOrTx) {
  const [row] = await db
    .select({ id: caseCategories.id, name: caseCategories.name })
    .from(caseCategories)
    .where(and(eq(caseCategories.intakeDefault, true), eq(caseCategories.active, true)))
    .limit(1);
  return row;
}

/** Takes the 默认类别 flag off every category but `keepId` (before setting it on `keepId`). */
export async function clearIntakeDefaultExcept(db: DbOrTx, keepId: string) {
  return db
    .update(caseCategories)
    .set({ intakeDefault: false })
    .where(and(eq(caseCategories.intakeDefault, true), ne(caseCategories.id, keepId)))
    .returning({ id: caseCategories.id, name: caseCategories.name });
}

export async function findCategory(db: DbOrTx, id: string) {
  const [row] = await db.select().from(caseCategories).where(eq(caseCategories.id, id)).limit(1);
  return row;
}

export async function insertCase(db: DbOrTx, row: typeof cases.$inferInsert) {
  const [out] = await db.insert(cases).values(row).returning();
  if (!out) throw new Error('insert case returned nothing');
  return out;
}

type Slot = { key: string; column: PgColumn };

/**
 * The columns one row gives (with the app-side defaults, the ids, that db.insert() would apply),
 * each a placeholder `<prefix><key>` whose driver value goes into `values`.
 */
function rowSlots<T extends PgTable>(
  table: T,
  row: T['$inferInsert'],
  prefix: string,
  values: Record<string, unknown>,
): Slot[] {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const given = row as Record<string, unknown>;
  const defaults = Object.entries(columns).flatMap(([k, c]) =>
    given[k] === undefined && c.defaultFn ? [[k, c.defaultFn()] as const] : [],
  );
  return [...Object.entries(given), ...defaults]
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      const column = columns[k];
      if (!column) throw new Error(`no column ${k} in ${getTableName(table)}`);
      values[prefix + k] = v === null ? null : column.mapToDriverValue(v);
      return { key: prefix + k, column };
    });
}

/**
 * `insert into <table> (…) select <values> <from>`: one row, the values typed by their columns, so
 * the insert can depend on a condition or on another CTE of the same statement.
 */
function insertSelect(
  table: PgTable,
  slots: Slot[],
  from: SQL,
  computed: { column: PgColumn; value: SQL }[] = [],
): SQL {
  return sql`insert into ${table} (${sql.join(
    [...slots, ...computed].map((s) => sql.identifier(s.column.name)),
    sql`, `,
  )}) select ${sql.join(
    [
      ...slots.map((s) => sql`${sql.placeholder(s.key)}::${sql.raw(s.column.getSQLType())}`),
      ...computed.map((s) => s.value),
    ],
    sql`, `,
  )} ${from}`;
}

export type CaseWithTrail = {
  row: Omit<typeof cases.$inferInsert, 'acceptDueOn'> & { id: string; trackingCode: string };
  /** the day it arrived (China): its 受理时限 is the category's accept_days working days after */
  receivedOn: string;
  event: Omit<typeof caseEvents.$inferInsert, 'caseId'>;
  audit: typeof auditLog.$inferInsert;
  notice: typeof outbox.$inferInsert | null;
};

const caseInserts = new StatementCache('case_with_trail');

/**
 * A new case with its 提交 event, its audit row and its acknowledgement in the outbox, in ONE
 * statement (data-modifying CTEs): the category must be active and the addressee, if any, an active
 * cadre, else nothing is written. A tracking code already taken writes nothing either (the unique
 * index decides, no look-up first). Returns when it was stored (the one value the database adds),
 * or why nothing was. The statement's text is built once per shape (which columns are given,
 * addressed or not, with a notice or not) and then only bound (db/statements.ts).
 */
export async function insertCaseWithTrail(
  db: DbOrTx,
  w: CaseWithTrail,
): Promise<
  | { createdAt: Date; acceptDueOn: string; refused?: undefined }
  | { createdAt?: undefined; refused: 'category' | 'cadre' | 'tracking_code' }
> {
  const values: Record<string, unknown> = {
    category: w.row.categoryId,
    addressee: w.row.addresseeCadreId ?? null,
    received_on: w.receivedOn,
  };
  const c = rowSlots(cases, w.row, 'c_', values);
  const e = rowSlots(caseEvents, { ...w.event, caseId: w.row.id }, 'e_', values);
  const a = rowSlots(auditLog, w.audit, 'a_', values);
  const o = w.notice ? rowSlots(outbox, w.notice, 'o_', values) : null;
  const shape = [c, e, a, o ?? []].map((slots) => slots.map((x) => x.key).join()).join('|');
  const [out] = await caseInserts.rows<{
    categoryOk: boolean;
    cadreOk: boolean;
    createdAt: string | null;
    acceptDueOn: string | null;
  }>(
    db,
    shape,
    () => sql`
    with cat as (
      select active, accept_days from case_categories where id = ${sql.placeholder('category')}::uuid
    ),
    ok as (
      select coalesce((select active from cat), false) as category_ok,
             (select accept_days from cat) as accept_days,
             (${sql.placeholder('addressee')}::uuid is null
              or exists (select 1 from cadres where id = ${sql.placeholder('addressee')}::uuid and active))
               as cadre_ok
    ),
    c as (
      ${insertSelect(cases, c, sql`from ok where ok.category_ok and ok.cadre_ok`, [
        {
          column: cases.acceptDueOn,
          value: sql`working_day_after(${sql.placeholder('received_on')}::date, ok.accept_days)`,
        },
      ])}
      on conflict (tracking_code) do nothing
      returning id, created_at, accept_due_on
    ),
    e as (${insertSelect(caseEvents, e, sql`from c`)}),
    a as (${insertSelect(auditLog, a, sql`from c`)})
    ${o ? sql`, o as (${insertSelect(outbox, o, sql`from c`)})` : sql``}
    select ok.category_ok as "categoryOk", ok.cadre_ok as "cadreOk", c.created_at as "createdAt",
           c.accept_due_on::text as "acceptDueOn"
    from ok left join c on true`,
    values,
  );
  if (!out?.categoryOk) return { refused: 'category' };
  if (!out.cadreOk) return { refused: 'cadre' };
  if (out.createdAt === null) return { refused: 'tracking_code' };
  return {
    createdAt: cases.createdAt.mapFromDriverValue(out.createdAt) as Date,
    acceptDueOn: out.acceptDueOn as string,
  };
}

const caseRows = rowsById(cases);
export const updateCase = caseRows.set;

/**
 * A step's write: the new status and changes, only while the case is still in `from` (the
 * engine's second line behind the lock). Returns whether it was written.
 */
export async function updateCaseFrom(
  db: DbOrTx,
  id: string,
  from: TCaseStatus,
  patch: Partial<typeof cases.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(cases)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(cases.id, id), eq(cases.status, from)))
    .returning({ id: cases.id });
  return rows.length > 0;
}

/** The row, locked for this transaction, so two steps on one case run one after the other. */
export async function lockCase(db: DbOrTx, id: string) {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).for('update');
  return row;
}

export async function findCaseIdByCode(db: DbOrTx, trackingCode: string) {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.trackingCode, trackingCode))
    .limit(1);
  return row?.id;
}

/** A case by its channel's own id (mail Message-ID, SMS id, a phone's clientId). */
export async function findCaseByExternalRef(
  db: DbOrTx,
  channel: TCaseChannel,
  externalRef: string,
) {
  const [row] = await db
    .select({
      id: cases.id,
      trackingCode: cases.trackingCode,
      status: cases.status,
      createdAt: cases.createdAt,
      content: cases.content,
      citizenEmail: cases.citizenEmail,
      citizenPhone: cases.citizenPhone,
    })
    .from(cases)
    .where(and(eq(cases.channel, channel), eq(cases.externalRef, externalRef)))
    .limit(1);
  return row;
}

const handler = alias(cadres, 'handler');

const columns = {
  id: cases.id,
  trackingCode: cases.trackingCode,
  channel: cases.channel,
  respondentGroup: cases.respondentGroup,
  categoryId: cases.categoryId,
  categoryName: caseCategories.name,
  content: cases.content,
  citizenName: cases.citizenName,
  citizenPhone: cases.citizenPhone,
  citizenEmail: cases.citizenEmail,
  anonymous: cases.anonymous,
  addresseeCadreId: cases.addresseeCadreId,
  status: cases.status,
  assignedOrgId: cases.assignedOrgId,
  assignedOrgName: orgs.name,
  assignedOrgPath: orgs.path,
  handlerCadreId: cases.handlerCadreId,
  handlerName: handler.name,
  acceptDueOn: cases.acceptDueOn,
  dueDate: cases.dueDate,
  answer: cases.answer,
  measures: cases.measures,
  answeredAt: cases.answeredAt,
  rating: cases.rating,
  ratingComment: cases.ratingComment,
  dissatisfiedCount: cases.dissatisfiedCount,
  escalated: cases.escalated,
  publicity: cases.publicity,
  mergedIntoId: cases.mergedIntoId,
  signedOffAt: cases.signedOffAt,
  enteredBy: cases.enteredBy,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
};

const from = (db: DbOrTx) =>
  db
    .select(columns)
    .from(cases)
    .innerJoin(caseCategories, eq(caseCategories.id, cases.categoryId))
    .leftJoin(orgs, eq(orgs.id, cases.assignedOrgId))
    .leftJoin(handler, eq(handler.id, cases.handlerCadreId));

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A search term without upper/lower case (Chinese, digits) matches the same with LIKE as with
 * ILIKE, and LIKE compares bytes where ILIKE lower-cases every row's multibyte text first: on the
 * 50,000 cases of the city benchmark the count of a Chinese search runs ~4× faster (see
 * docs/performance.md, "Optimisations").
 */
const caseless = (s: string) => s.toLowerCase() === s.toUpperCase();

function whereOf(scope: Scope, f: CaseFilter) {
  const q = f.q ? `%${escapeLike(f.q)}%` : undefined;
  const match = f.q && caseless(f.q) ? like : ilike;
  return and(
    // unit roles see the cases assigned to their unit or below; unassigned ones stay with the office
    scopeAndUnit(scope, f.orgPath, orgs.path),
    f.status ? eq(cases.status, f.status) : undefined,
    f.channel ? eq(cases.channel, f.channel) : undefined,
    f.rating ? eq(cases.rating, f.rating) : undefined,
    f.categoryId ? eq(cases.categoryId, f.categoryId) : undefined,
    f.handlerCadreId ? eq(cases.handlerCadreId, f.handlerCadreId) : undefined,
    f.cadreId
      ? or(eq(cases.handlerCadreId, f.cadreId), eq(cases.addresseeCadreId, f.cadreId))
      : undefined,
    f.categoryKind
      ? sql`${cases.categoryId} in (select ${caseCategories.id} from ${caseCategories} where ${caseCategories.kind} = ${f.categoryKind})`
      : undefined,
    f.concerning
      ? or(
          eq(cases.handlerCadreId, f.concerning.cadreId),
          eq(cases.addresseeCadreId, f.concerning.cadreId),
          scopeWhere({ kind: 'subtree', path: f.concerning.orgPath }, orgs.path),
        )
      : undefined,
    f.from ? gte(cases.createdAt, new Date(`${f.from}T00:00:00+08:00`)) : undefined,
    f.to ? lt(cases.createdAt, new Date(`${addDays(f.to, 1)}T00:00:00+08:00`)) : undefined,
    f.overdueOn
      ? or(
          and(inArray(cases.status, ['assigned', 'in_progress']), lt(cases.dueDate, f.overdueOn)),
          // still 待受理 after its 受理时限
          and(eq(cases.status, 'received'), lt(cases.acceptDueOn, f.overdueOn)),
        )
      : undefined,
    q
      ? or(
          match(cases.content, q),
          match(cases.trackingCode, q),
          match(cases.citizenName, q),
          match(cases.answer, q),
        )
      : undefined,
  );
}

export async function listCases(
  db: DbOrTx,
  scope: Scope,
  f: CaseFilter,
  page: { limit: number; offset: number },
) {
  const where = whereOf(scope, f);
  const [items, [total]] = await Promise.all([
    from(db).where(where).orderBy(desc(cases.createdAt)).limit(page.limit).offset(page.offset),
    db
      .select({ n: count() })
      .from(cases)
      .leftJoin(orgs, eq(orgs.id, cases.assignedOrgId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function countCases(db: DbOrTx, scope: Scope, f: CaseFilter): Promise<number> {
  const [total] = await db
    .select({ n: count() })
    .from(cases)
    .leftJoin(orgs, eq(orgs.id, cases.assignedOrgId))
    .where(whereOf(scope, f));
  return total?.n ?? 0;
}

/**
 * A 问题销号台账 (ledger export) row. `createdAt` stays the database's own text of the timestamp
 * (microseconds): it is the keyset the next page starts from, and a JavaScript Date (milliseconds)
 * would skip a case created in the same millisecond as the page's last one.
 */
export type LedgerRow = {
  id: string;
  createdAt: string;
  trackingCode: string;
  channel: TCaseChannel;
  respondentGroup: (typeof cases.$inferSelect)['respondentGroup'];
  categoryName: string;
  content: string;
  citizenName: string | null;
  anonymous: boolean;
  status: TCaseStatus;
  assignedOrgName: string | null;
  handlerName: string | null;
  dueDate: string | null;
  measures: string | null;
  answer: string | null;
  rating: (typeof cases.$inferSelect)['rating'];
  ratingComment: string | null;
  escalated: boolean;
  /** timestamp text as the database writes it in JSON */
  signedOffAt: string | null;
};

/** Where each LedgerRow field comes from (the order of the json array below). */
const ledgerSources = {
  id: cases.id,
  createdAt: cases.createdAt,
  trackingCode: cases.trackingCode,
  channel: cases.channel,
  respondentGroup: cases.respondentGroup,
  categoryName: caseCategories.name,
  content: cases.content,
  citizenName: cases.citizenName,
  anonymous: cases.anonymous,
  status: cases.status,
  assignedOrgName: orgs.name,
  handlerName: handler.name,
  dueDate: cases.dueDate,
  measures: cases.measures,
  answer: cases.answer,
  rating: cases.rating,
  ratingComment: cases.ratingComment,
  escalated: cases.escalated,
  signedOffAt: cases.signedOffAt,
} satisfies Record<keyof LedgerRow, unknown>;
const ledgerFields = Object.keys(ledgerSources) as (keyof LedgerRow)[];

/**
 * The ledger's columns as ONE json array per row: PGlite's result reader copies every field into
 * its own buffer, and one field instead of nineteen took the 50,000-row export's read on PGlite
 * from 2.7–3.0 s to 1.3 s (docs/performance.md).
 */
const ledgerJson = sql<string>`json_build_array(${sql.join(Object.values(ledgerSources), sql`, `)})::text`;

function ledgerRow(json: string): LedgerRow {
  const values = JSON.parse(json) as unknown[];
  return Object.fromEntries(ledgerFields.map((k, i) => [k, values[i]])) as LedgerRow;
}

/**
 * The filtered cases newest first, one page after `after` (keyset: created_at, id — stable while
 * new cases arrive, and each page an index range, not an ever longer OFFSET), with only the
 * ledger's columns: the export's reader.
 */
export async function listLedgerAfter(
  db: DbOrTx,
  scope: Scope,
  f: CaseFilter,
  after: Pick<LedgerRow, 'createdAt' | 'id'> | null,
  limit: number,
): Promise<LedgerRow[]> {
  const at = after ? sql`${after.createdAt}::timestamptz` : null;
  const rows = await db
    .select({ json: ledgerJson })
    .from(cases)
    .innerJoin(caseCategories, eq(caseCategories.id, cases.categoryId))
    .leftJoin(orgs, eq(orgs.id, cases.assignedOrgId))
    .leftJoin(handler, eq(handler.id, cases.handlerCadreId))
    .where(
      and(
        whereOf(scope, f),
        // the `<=` lets the index on created_at start at the page boundary; without it the OR
        // is only a filter and every page scanned all the newer rows again (quadratic)
        at ? sql`${cases.createdAt} <= ${at}` : undefined,
        at && after
          ? sql`(${cases.createdAt} < ${at} or (${cases.createdAt} = ${at} and ${cases.id} < ${after.id}::uuid))`
          : undefined,
      ),
    )
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(limit);
  return rows.map((r) => ledgerRow(r.json));
}

export async function findCase(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await from(db)
    .where(and(eq(cases.id, id), scopeWhere(scope, orgs.path)))
    .limit(1);
  return row;
}

/** The same, the case's row locked for the rest of the transaction (not the joined ones). */
export async function findCaseForUpdate(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await from(db)
    .where(and(eq(cases.id, id), scopeWhere(scope, orgs.path)))
    .limit(1)
    .for('update', { of: cases });
  return row;
}

/** A step that counts for the case's summary columns (`first_action_at`, `units_handled`). */
const STAFF_STEP = (a: string) => a !== 'submit' && a !== 'note';
const UNIT_STEP = (a: string) => a === 'assign' || a === 'transfer';

/**
 * A case event, and the case's summary columns kept with it in the same transaction: the first
 * staff step (other than 提交/备注, by a user) and the count of 交办/转办 steps — what the
 * dashboard's case figures read instead of case_events (docs/performance.md, "Dashboard").
 */
export async function insertEvent(db: DbOrTx, row: typeof caseEvents.$inferInsert) {
  const [out] = await db.insert(caseEvents).values(row).returning({ id: caseEvents.id });
  if (!out) throw new Error('case event not written');
  const acted = STAFF_STEP(row.action) && row.actorId != null;
  const unit = STAFF_STEP(row.action) && UNIT_STEP(row.action);
  if (acted || unit) {
    // the event's own time as stored (microseconds), not a JS Date's milliseconds
    const at = sql`(select e.at from case_events e where e.id = ${out.id})`;
    await db.execute(sql`
      update cases set
        first_action_at = ${acted ? sql`least(coalesce(first_action_at, ${at}), ${at})` : sql`first_action_at`},
        units_handled = units_handled + ${unit ? 1 : 0}
      where id = ${row.caseId}`);
  }
  return { id: out.id };
}

/**
 * Recomputes the summary columns of every case from its events: for rows
 * written in bulk, not through `insertEvent` (demo seeds, the bench generator). The migration that
 * added the columns runs the same statement as its backfill.
 */
export async function summarizeCaseEvents(db: DbOrTx) {
  await db.execute(sql`
    update cases c set first_action_at = s.first_at, units_handled = s.units
    from (
      select e.case_id, min(e.at) filter (where e.actor_id is not null) as first_at,
        count(*) filter (where e.action in ('assign', 'transfer'))::int as units
      from case_events e where e.action not in ('submit', 'note')
      group by e.case_id
    ) s
    where c.id = s.case_id`);
}

export async function listEvents(db: DbOrTx, caseId: string, publicOnly: boolean) {
  return db
    .select({
      id: caseEvents.id,
      action: caseEvents.action,
      fromStatus: caseEvents.fromStatus,
      toStatus: caseEvents.toStatus,
      actorId: caseEvents.actorId,
      actorName: caseEvents.actorName,
      note: caseEvents.note,
      public: caseEvents.public,
      at: caseEvents.at,
    })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), publicOnly ? eq(caseEvents.public, true) : undefined))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
}

export async function findCadreWithPath(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: cadres.id, active: cadres.active, orgId: cadres.orgId, orgPath: orgs.path })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(eq(cadres.id, id))
    .limit(1);
  return row;
}

/** The public face of an active cadre a citizen writes to: name, post and unit — nothing else. */
export async function findPublicCadre(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: cadres.id, name: cadres.name, post: cadres.post, orgName: orgs.name })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(and(eq(cadres.id, id), eq(cadres.active, true)))
    .limit(1);
  return row;
}

export async function findOrgPath(db: DbOrTx, id: string) {
  const [row] = await db.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, id)).limit(1);
  return row?.path;
}

/** Open cases past their due date not yet escalated. */
export async function overdueCases(db: DbOrTx, today: string) {
  return db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        inArray(cases.status, ['assigned', 'in_progress']),
        lt(cases.dueDate, today),
        eq(cases.escalated, false),
      ),
    );
}

/** Active office accounts and the unit admins of a unit or any unit above it. */
export async function escalationRecipients(db: DbOrTx, orgPath: string | null) {
  const rows = await db
    .select({ id: users.id, role: users.role, orgPath: orgs.path })
    .from(users)
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(isNull(users.disabledAt), inArray(users.role, ['office', 'unit_admin'])));
  return rows
    .filter(
      (u) =>
        u.role === 'office' ||
        (orgPath !== null && u.orgPath !== null && orgPath.startsWith(u.orgPath)),
    )
    .map((u) => u.id);
}

/** Answered cases still without a rating, answered before `before`. */
export async function unratedAnsweredBefore(db: DbOrTx, before: Date) {
  return db
    .select({ id: cases.id, trackingCode: cases.trackingCode })
    .from(cases)
    .where(and(eq(cases.status, 'answered'), isNull(cases.rating), lt(cases.answeredAt, before)));
}

/** 办成实事: signed-off cases marked for publicity, newest first. */
export async function listPublicResolved(db: DbOrTx, page: { limit: number; offset: number }) {
  const where = and(eq(cases.status, 'signed_off'), eq(cases.publicity, true));
  const [items, [total]] = await Promise.all([
    db
      .select({
        category: caseCategories.name,
        content: cases.content,
        answer: cases.answer,
        measures: cases.measures,
        signedOffAt: cases.signedOffAt,
      })
      .from(cases)
      .innerJoin(caseCategories, eq(caseCategories.id, cases.categoryId))
      .where(where)
      .orderBy(desc(cases.signedOffAt), desc(cases.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(cases).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/**
 * 办成实事 of a period for a report: cases signed off in [from, to) and marked for publicity,
 * in the reader's scope and the unit asked for (by the handling unit), oldest first. Only what the
 * public site shows of them (category, unit, answer) — no citizen's data.
 */
export async function publicResolvedIn(
  db: DbOrTx,
  scope: Scope,
  orgPath: string | undefined,
  from: Date,
  to: Date,
  limit: number,
) {
  return db
    .select({
      trackingCode: cases.trackingCode,
      category: caseCategories.name,
      orgName: orgs.name,
      answer: cases.answer,
      measures: cases.measures,
      signedOffAt: cases.signedOffAt,
    })
    .from(cases)
    .innerJoin(caseCategories, eq(caseCategories.id, cases.categoryId))
    .leftJoin(orgs, eq(orgs.id, cases.assignedOrgId))
    .where(
      and(
        eq(cases.status, 'signed_off'),
        eq(cases.publicity, true),
        gte(cases.signedOffAt, from),
        lt(cases.signedOffAt, to),
        scopeAndUnit(scope, orgPath, orgs.path),
      ),
    )
    .orderBy(asc(cases.signedOffAt), asc(cases.id))
    .limit(limit);
}
