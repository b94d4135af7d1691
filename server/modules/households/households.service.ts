import { todayInChina } from '../../../common/dates.ts';
import type { THousehold, THouseholdMember } from '../../../common/households.ts';
import { inTransaction } from '../../db/tx.ts';
import { placeReadScopeOf, type RequestContext, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { auditCreated, changeInScope } from '../../platform/audited.ts';
import { AppError, type ErrorDetail, forbidden, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column, type SheetRow } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { choices, excelText, text } from '../../platform/i18n/zh-CN.ts';
import { checkIdNumber, maskIdNumber, maskPhone } from '../../platform/idnumber.ts';
import { importSheet } from '../../platform/import-audit.ts';
import { splitPage } from '../../platform/paging.ts';
import { auditPiiSearch } from '../../platform/pii-search.ts';
import type { UploadedFile } from '../../platform/upload.ts';
import { findCadre } from '../cadres/cadres.service.ts';
import { findContactPoint } from '../contact-points/contact-points.service.ts';
import { loadOrgDirectory, requireOrgInScope } from '../orgs/orgs.service.ts';
import { endOpenPairingsOfHousehold } from '../pairings/pairings.service.ts';
import {
  type CategoryDirectory,
  categoryDirectory,
  requireKnownCategory,
  requireUsableCategories,
} from './household-categories.service.ts';
import { householdPolicy } from './households.policy.ts';
import {
  findHousehold,
  findRegisteredIdNumbers,
  type HouseholdFilter,
  type HouseholdInsert,
  type HouseholdRow,
  insertHouseholds,
  listContactPointRefs,
  listHouseholds,
  updateHousehold,
} from './households.repo.ts';
import {
  type THouseholdCreate,
  type THouseholdFilter,
  type THouseholdListQuery,
  type THouseholdUpdate,
  ZHouseholdCreateSchema,
} from './households.schemas.ts';

/** 住户类别 for other modules (exports show labels): they call this, never the repo. */
export { categoryDirectory } from './household-categories.service.ts';

/** The household as the API shows it: ID number and phone masked unless `reveal`. */
function toHousehold({ orgPath: _p, ...h }: HouseholdRow, reveal = false): THousehold {
  return {
    ...h,
    idNumber: reveal ? h.idNumber : maskIdNumber(h.idNumber),
    phone: reveal ? h.phone : maskPhone(h.phone),
    members: h.members.map((m) => ({ name: m.name, relation: m.relation })),
    revealed: reveal,
  };
}

/** What the audit log keeps of a household: personal data masked (the log is widely read). */
function forAudit(
  h: Partial<HouseholdInsert> & { idNumber?: string | null; phone?: string | null },
) {
  return {
    ...h,
    ...(h.idNumber !== undefined ? { idNumber: maskIdNumber(h.idNumber) } : {}),
    ...(h.phone !== undefined ? { phone: maskPhone(h.phone) } : {}),
  };
}

/** May the caller reveal households' numbers (those in his write scope)? */
const mayReveal = (ctx: RequestContext) => householdPolicy.reveal.includes(ctx.actor.role);

async function repoFilter(ctx: RequestContext, f: THouseholdFilter): Promise<HouseholdFilter> {
  const { orgId, pairableFor, ...rest } = f;
  const filter: HouseholdFilter = rest;
  const scope = scopeOf(ctx.actor);
  // cross-unit duplicates are the office's to merge; for anyone else the filter would be an oracle
  if (f.duplicateIdNumber && !householdPolicy.mergeDuplicates.includes(ctx.actor.role))
    throw forbidden();
  // a number search matches in full only what the caller could reveal (see pii-search.ts)
  if (mayReveal(ctx)) filter.revealScope = scope;
  if (orgId) filter.orgPath = (await requireOrgInScope(ctx.db, scope, orgId)).path;
  if (f.category) await requireKnownCategory(ctx.db, f.category, 'querystring.category');
  if (pairableFor) {
    const cadre = await findCadre(ctx.db, scope, pairableFor);
    if (!cadre) throw new AppError('NOT_FOUND.cadre');
    filter.pairableFor = { cadreId: cadre.id, orgPath: cadre.orgPath };
  }
  return filter;
}

export async function list(ctx: RequestContext, query: THouseholdListQuery) {
  const { filter, page } = splitPage(query);
  const where = await repoFilter(ctx, filter);
  const { items, total } = await listHouseholds(ctx.db, placeReadScopeOf(ctx.actor), where, page);
  await auditPiiSearch(ctx, {
    entity: 'household',
    list: '住户',
    q: filter.q,
    mayReveal: mayReveal(ctx),
  });
  return { items: items.map((h) => toHousehold(h)), total };
}

/**
 * One household. With `reveal`, the ID number and phone are returned in full to the roles that
 * handle households, and the read is written to the audit log (PIPL).
 */
export async function get(ctx: RequestContext, id: string, reveal = false): Promise<THousehold> {
  if (!reveal) {
    const row = await findHousehold(ctx.db, placeReadScopeOf(ctx.actor), id);
    if (!row) throw notFound();
    return toHousehold(row);
  }
  return inTransaction(ctx.db, async (tx) => {
    const row = await findHousehold(tx, scopeOf(ctx.actor), id);
    if (!row) throw notFound();
    if (!householdPolicy.reveal.includes(ctx.actor.role)) throw forbidden();
    await audit(tx, ctx, {
      action: 'read_personal',
      entity: 'household',
      entityId: id,
      summary: auditText.household.reveal(row.headName),
    });
    return toHousehold(row, true);
  });
}

async function requireContactPoint(
  ctx: RequestContext,
  tx: Parameters<typeof findContactPoint>[0],
  id: string,
) {
  const cp = await findContactPoint(tx, scopeOf(ctx.actor), id);
  if (!cp) throw new AppError('NOT_FOUND.contactPoint');
  return cp;
}

export async function create(ctx: RequestContext, input: THouseholdCreate): Promise<THousehold> {
  const id = await inTransaction(ctx.db, async (tx) => {
    await requireContactPoint(ctx, tx, input.contactPointId);
    await requireUsableCategories(tx, input.categories);
    // a duplicate in another unit is accepted like a new number and found by the office
    // (filter duplicateIdNumber); only the caller's own scope is told
    if (
      input.idNumber &&
      (await findRegisteredIdNumbers(tx, scopeOf(ctx.actor), [input.idNumber])).size
    )
      throw new AppError('HOUSEHOLD_ID_NUMBER_TAKEN');
    const [row] = await insertHouseholds(tx, [input]);
    const summary = auditText.household.create(input.headName);
    return auditCreated(tx, ctx, row, { entity: 'household', summary, after: forAudit(input) });
  });
  return get(ctx, id);
}

export async function update(ctx: RequestContext, id: string, patch: THouseholdUpdate) {
  await changeInScope(ctx, id, findHousehold, async (tx, before, scope) => {
    if (patch.contactPointId && patch.contactPointId !== before.contactPointId)
      await requireContactPoint(ctx, tx, patch.contactPointId);
    if (patch.categories) await requireUsableCategories(tx, patch.categories, before.categories);
    if (patch.idNumber && (await findRegisteredIdNumbers(tx, scope, [patch.idNumber], id)).size)
      throw new AppError('HOUSEHOLD_ID_NUMBER_TAKEN');
    await updateHousehold(tx, id, patch);
    const deactivated = patch.active === false && before.active;
    let ended = 0;
    if (deactivated) ended = await endOpenPairingsOfHousehold(tx, id, todayInChina(), '住户已停用');
    const after = await findHousehold(tx, scope, id);
    return {
      action: 'update',
      entity: 'household',
      entityId: id,
      summary: auditText.household.update(
        before.headName,
        // switching off a household already off is an edit, not 停用
        deactivated || patch.active !== false ? patch.active : undefined,
        before.active,
        ended,
      ),
      before: forAudit(before),
      after: after ? forAudit(after) : undefined,
    };
  });
  return get(ctx, id);
}

// ---- Excel -------------------------------------------------------------------------------

const X = excelText.households;
const H = X.columns;
/** the columns of the import template, in its order (the export has three more) */
const TEMPLATE_KEYS = [
  'headName',
  'contactPoint',
  'idNumber',
  'phone',
  'address',
  'categories',
  'members',
  'notes',
] as const satisfies readonly (keyof typeof H)[];

const EXPORT_LIMIT = 100_000;
const membersText = (m: THouseholdMember[]) => m.map((x) => `${x.name}(${x.relation})`).join('、');
const SEPARATORS = /[、,，;；]/;

export async function exportXlsx(ctx: RequestContext, filter: THouseholdFilter): Promise<Buffer> {
  const scope = scopeOf(ctx.actor);
  const [{ items }, dir, categories] = await Promise.all([
    listHouseholds(ctx.db, scope, await repoFilter(ctx, filter), {
      limit: EXPORT_LIMIT,
      offset: 0,
    }),
    loadOrgDirectory(ctx.db, scope),
    categoryDirectory(ctx.db),
  ]);
  await auditPiiSearch(ctx, {
    entity: 'household',
    list: '住户（导出）',
    q: filter.q,
    mayReveal: mayReveal(ctx),
  });
  const rows = items.map((h) => toHousehold(h));
  const columns: Column<THousehold>[] = [
    { header: H.headName, value: (h) => h.headName },
    { header: H.contactPoint, width: 20, value: (h) => h.contactPointName },
    {
      header: H.org,
      width: 36,
      value: (h) => {
        const o = dir.byId.get(h.orgId);
        return o ? dir.fullName(o) : h.orgName;
      },
    },
    { header: H.idNumber, width: 22, value: (h) => h.idNumber ?? '' },
    { header: H.phone, width: 16, value: (h) => h.phone ?? '' },
    { header: H.address, width: 30, value: (h) => h.address },
    { header: H.categories, width: 20, value: (h) => categories.labelsOf(h.categories) },
    { header: H.members, width: 30, value: (h) => membersText(h.members) },
    { header: H.pairedCadres, width: 16, value: (h) => h.pairedCadres.join('、') },
    { header: H.notes, width: 40, value: (h) => h.notes },
    { header: H.status, width: 8, value: (h) => (h.active ? X.values.active : X.values.inactive) },
  ];
  return buildSheet(X.sheet, columns, rows);
}

type TemplateRow = Record<(typeof TEMPLATE_KEYS)[number], string>;
export async function importTemplate(ctx: RequestContext): Promise<Buffer> {
  const [[cp], categories] = await Promise.all([
    listContactPointRefs(ctx.db, scopeOf(ctx.actor)),
    categoryDirectory(ctx.db),
  ]);
  const required = new Set<string>([H.headName, H.contactPoint]);
  const columns: Column<TemplateRow>[] = TEMPLATE_KEYS.map((k) => ({
    header: required.has(H[k]) ? `${H[k]}*` : H[k],
    width: k === 'notes' || k === 'members' || k === 'address' ? 30 : 18,
    value: (r) => r[k],
  }));
  return buildSheet(X.sheet, columns, [
    {
      headName: X.example.headName,
      contactPoint: cp?.name ?? X.example.contactPoint,
      idNumber: '11010519491231002X',
      phone: '13800000000',
      address: X.example.address,
      // two of the categories a household may be given today
      categories: categories.items
        .filter((c) => c.active)
        .slice(0, 2)
        .map((c) => c.label)
        .join('、'),
      members: X.example.members,
      notes: X.example.notes,
    },
  ]);
}

/** "张三(配偶)、李四（儿子）" → members; a name without a relation is an error. */
function parseMembers(cell: string): { members: THouseholdMember[]; error?: string } {
  const members: THouseholdMember[] = [];
  for (const part of cell
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(.+?)\s*[(（]\s*(.+?)\s*[)）]$/.exec(part);
    if (!m) return { members, error: text('IMPORT_INVALID.members', { part }) };
    members.push({ name: (m[1] as string).trim(), relation: (m[2] as string).trim() });
  }
  return { members };
}

function parseCategories(
  cell: string,
  categories: CategoryDirectory,
): { categories: string[]; error?: string } {
  const codes: string[] = [];
  for (const part of cell
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const c = categories.activeByLabel(part);
    if (!c) {
      const valid = categories.items.filter((x) => x.active).map((x) => x.label);
      return {
        categories: codes,
        error: text('IMPORT_INVALID.category', { part, choices: choices(valid) }),
      };
    }
    codes.push(c.code);
  }
  return { categories: codes };
}

const FIELD_LABEL: Record<string, string> = {
  headName: H.headName,
  idNumber: H.idNumber,
  phone: H.phone,
  address: H.address,
  members: H.members,
  notes: H.notes,
  categories: H.categories,
};

/** Imports households, all or nothing, with a row-by-row error list in Chinese. */
export async function importXlsx(
  ctx: RequestContext,
  file: UploadedFile,
): Promise<{ imported: number }> {
  return importSheet(
    ctx,
    { entity: 'household', what: '住户', file, headers: [H.headName, H.contactPoint] },
    (rows) => importRows(ctx, rows),
  );
}

async function importRows(ctx: RequestContext, rows: SheetRow[]): Promise<{ imported: number }> {
  return inTransaction(ctx.db, async (tx) => {
    const scope = scopeOf(ctx.actor);
    const [points, dir, categoryDir] = await Promise.all([
      listContactPointRefs(tx, scope),
      loadOrgDirectory(tx, scope),
      categoryDirectory(tx),
    ]);
    const resolvePoint = (ref: string): { id?: string; error?: string } => {
      const slash = ref.lastIndexOf('/');
      const name = (slash >= 0 ? ref.slice(slash + 1) : ref).trim();
      let candidates = points.filter((p) => p.name === name);
      if (slash >= 0) {
        const org = dir.resolve(ref.slice(0, slash));
        if (org.error) return { error: org.error };
        candidates = candidates.filter((p) => p.orgId === org.org?.id);
      }
      if (candidates.length === 1) return { id: candidates[0]?.id };
      if (candidates.length === 0)
        return { error: text('IMPORT_INVALID.contactPointNotFound', { ref }) };
      return { error: text('IMPORT_INVALID.contactPointAmbiguous', { ref }) };
    };

    const errors: ErrorDetail[] = [];
    const valid: THouseholdCreate[] = [];
    const seenIds = new Map<string, number>();
    for (const { row, cells } of rows) {
      const rowErrors: ErrorDetail[] = [];
      const cpRef = cells[H.contactPoint] ?? '';
      const cp = cpRef
        ? resolvePoint(cpRef)
        : { error: text('IMPORT_INVALID.contactPointRequired') };
      if (cp.error) rowErrors.push({ row, field: H.contactPoint, message: cp.error });
      const members = parseMembers(cells[H.members] ?? '');
      if (members.error) rowErrors.push({ row, field: H.members, message: members.error });
      const categories = parseCategories(cells[H.categories] ?? '', categoryDir);
      if (categories.error) rowErrors.push({ row, field: H.categories, message: categories.error });
      const parsed = ZHouseholdCreateSchema.safeParse({
        contactPointId: cp.id ?? '00000000-0000-7000-8000-000000000000',
        headName: cells[H.headName] ?? '',
        idNumber: cells[H.idNumber] || null,
        phone: cells[H.phone] || null,
        address: cells[H.address] ?? '',
        members: members.members,
        categories: categories.categories,
        notes: cells[H.notes] ?? '',
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const key = String(issue.path[0] ?? '');
          rowErrors.push({ row, field: FIELD_LABEL[key] ?? key, message: issue.message });
        }
      }
      const idNumber = (cells[H.idNumber] ?? '').toUpperCase();
      if (idNumber && !checkIdNumber(idNumber)) {
        const earlier = seenIds.get(idNumber);
        if (earlier)
          rowErrors.push({
            row,
            field: H.idNumber,
            message: text('IMPORT_INVALID.idNumberRepeated', { row: earlier }),
          });
        else seenIds.set(idNumber, row);
      }
      errors.push(...rowErrors);
      if (rowErrors.length === 0 && parsed.success) valid.push(parsed.data);
    }
    const taken = await findRegisteredIdNumbers(tx, scope, [...seenIds.keys()]);
    for (const [idNumber, row] of seenIds)
      if (taken.has(idNumber))
        errors.push({ row, field: H.idNumber, message: text('IMPORT_INVALID.idNumberTaken') });
    if (errors.length) {
      errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      throw new AppError('IMPORT_INVALID', undefined, errors);
    }
    if (valid.length === 0) throw new AppError('IMPORT_INVALID.noRows', {}, []);
    await insertHouseholds(tx, valid);
    await audit(tx, ctx, {
      action: 'import',
      entity: 'household',
      entityId: null,
      summary: auditText.household.imported(valid.length),
      after: { count: valid.length },
    });
    return { imported: valid.length };
  });
}

// ---- for other modules: they call these, never ./households.repo.ts (lint rule) -----------------
// Each runs on the db or transaction the caller passes, so it joins the caller's transaction.

/** Households within the scope, one or many by id; out of scope reads as absent. */
export { findHousehold, findHouseholds } from './households.repo.ts';
