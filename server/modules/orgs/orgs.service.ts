import { v7 as uuidv7 } from 'uuid';
import type { TOrg, TOrgKind } from '../../../common/org.ts';
import { ZOrgCreateSchema } from '../../../common/org.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { pathInScope, type RequestContext, type Scope, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { changeInScope } from '../../platform/audited.ts';
import { AppError, type ErrorDetail, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column, fromLabel, type SheetRow } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { choices, excelText, labels, text } from '../../platform/i18n/zh-CN.ts';
import { importSheet } from '../../platform/import-audit.ts';
import type { UploadedFile } from '../../platform/upload.ts';
import { assertNotOwnRoot, orgPolicy } from './orgs.policy.ts';
import {
  countDependents,
  deleteOrg,
  findOrg,
  findUnit,
  insertOrg,
  listOrgs,
  rewritePaths,
  updateOrg,
} from './orgs.repo.ts';

type OrgWithPath = TOrg & { path: string };
const toOrg = ({ path: _path, ...o }: OrgWithPath): TOrg => o;

export async function list(ctx: RequestContext, q?: string) {
  const rows = await listOrgs(ctx.db, scopeOf(ctx.actor), q);
  return { items: rows.map(toOrg), total: rows.length };
}

export async function get(ctx: RequestContext, id: string): Promise<TOrg> {
  const row = await findOrg(ctx.db, scopeOf(ctx.actor), id);
  if (!row) throw notFound();
  return toOrg(row);
}

/** The unit a write is about, which must exist in the writer's scope. */
export async function requireOrgInScope(db: DbOrTx, scope: Scope, id: string) {
  const row = await findOrg(db, scope, id);
  if (!row) throw new AppError('NOT_FOUND.org');
  return row;
}

/** `requireOrgInScope` for a reader that only needs the unit's id, name and path. */
export async function requireUnitInScope(db: DbOrTx, scope: Scope, id: string) {
  const row = await findUnit(db, scope, id);
  if (!row) throw new AppError('NOT_FOUND.org');
  return row;
}

async function createIn(
  tx: DbOrTx,
  ctx: RequestContext,
  input: { name: string; kind: TOrgKind; parentId: string | null; sortOrder?: number },
) {
  const id = uuidv7();
  let path = `/${id}/`;
  if (input.parentId) {
    const parent = await requireOrgInScope(tx, scopeOf(ctx.actor), input.parentId);
    path = `${parent.path}${id}/`;
  } else if (!orgPolicy.createRoot.includes(ctx.actor.role)) {
    throw new AppError('ORG_PARENT_REQUIRED');
  }
  const row = {
    id,
    parentId: input.parentId,
    name: input.name,
    kind: input.kind,
    path,
    sortOrder: input.sortOrder ?? 0,
  };
  await insertOrg(tx, row);
  await audit(tx, ctx, {
    action: 'create',
    entity: 'org',
    entityId: id,
    summary: auditText.org.create(input.name),
    after: row,
  });
  return row;
}

export async function create(
  ctx: RequestContext,
  input: { name: string; kind: TOrgKind; parentId: string | null; sortOrder?: number },
): Promise<TOrg> {
  const row = await inTransaction(ctx.db, (tx) => createIn(tx, ctx, input));
  return get(ctx, row.id);
}

/** What an edit may change of a unit (a new parent moves it with its subtree). */
type OrgPatch = { name?: string; kind?: TOrgKind; parentId?: string | null; sortOrder?: number };

export async function update(ctx: RequestContext, id: string, patch: OrgPatch) {
  await changeInScope(ctx, id, findOrg, async (tx, before, scope) => {
    const moving = patch.parentId !== undefined && patch.parentId !== before.parentId;
    if (moving) {
      assertNotOwnRoot(ctx.actor, before.path);
      let newPath = `/${id}/`;
      if (patch.parentId) {
        const parent = await requireOrgInScope(tx, scope, patch.parentId);
        if (parent.path.startsWith(before.path)) throw new AppError('ORG_MOVE_CYCLE');
        newPath = `${parent.path}${id}/`;
      } else if (!orgPolicy.createRoot.includes(ctx.actor.role)) {
        throw new AppError('ORG_PARENT_REQUIRED');
      }
      await rewritePaths(tx, before.path, newPath);
    }
    await updateOrg(tx, id, {
      name: patch.name,
      kind: patch.kind,
      sortOrder: patch.sortOrder,
      parentId: moving ? patch.parentId : undefined,
    });
    const after = await findOrg(tx, { kind: 'all' }, id);
    const summary = auditText.org.update(before.name, moving);
    return { action: 'update', entity: 'org', entityId: id, summary, before, after };
  });
  return get(ctx, id);
}

export async function remove(ctx: RequestContext, id: string): Promise<void> {
  await changeInScope(ctx, id, findOrg, async (tx, before) => {
    assertNotOwnRoot(ctx.actor, before.path);
    const deps = await countDependents(tx, id);
    if (deps.children || deps.cadres || deps.contactPoints || deps.users) {
      throw new AppError('ORG_NOT_EMPTY.counts', { name: before.name, ...deps });
    }
    await deleteOrg(tx, id);
    return {
      action: 'delete',
      entity: 'org',
      entityId: id,
      summary: auditText.org.delete(before.name),
      before,
    };
  });
}

// ---- Excel -------------------------------------------------------------------------------

type OrgRef = { id: string; name: string; parentId: string | null; path: string };

/** Full name of a unit, "局/办公室/第一支部": how a spreadsheet names a unit unambiguously. */
export function fullName(org: OrgRef, byId: Map<string, OrgRef>): string {
  const names: string[] = [];
  for (let o: OrgRef | undefined = org; o; o = o.parentId ? byId.get(o.parentId) : undefined)
    names.unshift(o.name);
  return names.join('/');
}

/**
 * Finds a unit named in a spreadsheet cell — its full name, or its own name if that is unique —
 * among the units the user may write to. `byId` holds every unit, for full names above the scope.
 */
export function resolveOrgRef(
  ref: string,
  orgsVisible: OrgRef[],
  byId: Map<string, OrgRef>,
): { org?: OrgRef; error?: string } {
  const wanted = ref.replace(/\s*\/\s*/g, '/').trim();
  const exact = orgsVisible.filter(
    (o) => fullName(o, byId) === wanted || fullName(o, byId).endsWith(`/${wanted}`),
  );
  const byName = wanted.includes('/') ? exact : orgsVisible.filter((o) => o.name === wanted);
  const matches = byName.length ? byName : exact;
  if (matches.length === 1) return { org: matches[0] };
  if (matches.length === 0) return { error: text('IMPORT_INVALID.orgNotFound', { ref }) };
  const example = fullName(matches[0] as OrgRef, byId);
  return { error: text('IMPORT_INVALID.orgAmbiguous', { ref, example }) };
}

/**
 * The units a spreadsheet may name: those in the user's scope (`visible`), with full names that
 * include the ancestors above the scope (so "测试局/甲单位" works for 甲单位's own admin too).
 */
export async function loadOrgDirectory(db: DbOrTx, scope: Scope) {
  const all: OrgRef[] = await listOrgs(db, { kind: 'all' });
  const byId = new Map(all.map((o) => [o.id, o]));
  const visible = all.filter((o) => pathInScope(scope, o.path));
  return {
    visible,
    byId,
    fullName: (o: OrgRef) => fullName(o, byId),
    resolve: (ref: string) => resolveOrgRef(ref, visible, byId),
    /** a unit planned earlier in the same file becomes nameable by later rows */
    add: (o: OrgRef) => {
      visible.push(o);
      byId.set(o.id, o);
    },
  };
}

const X = excelText.orgs;
const ORG_HEADERS = X.columns;

export async function exportXlsx(ctx: RequestContext): Promise<Buffer> {
  const rows = await listOrgs(ctx.db, scopeOf(ctx.actor));
  const dir = await loadOrgDirectory(ctx.db, scopeOf(ctx.actor));
  const columns: Column<(typeof rows)[number]>[] = [
    { header: ORG_HEADERS.name, width: 30, value: (o) => o.name },
    {
      header: ORG_HEADERS.parent,
      width: 40,
      value: (o) => {
        const p = o.parentId ? dir.byId.get(o.parentId) : undefined;
        return p ? dir.fullName(p) : '';
      },
    },
    { header: ORG_HEADERS.kind, value: (o) => labels.orgKind[o.kind] },
    { header: ORG_HEADERS.sortOrder, width: 8, value: (o) => o.sortOrder },
    { header: ORG_HEADERS.cadreCount, width: 8, value: (o) => o.cadreCount },
    { header: ORG_HEADERS.childCount, width: 10, value: (o) => o.childCount },
  ];
  return buildSheet(X.sheet, columns, rows);
}

type TemplateRow = { name: string; parent: string; kind: string; sortOrder: number };
export async function importTemplate(ctx: RequestContext): Promise<Buffer> {
  const dir = await loadOrgDirectory(ctx.db, scopeOf(ctx.actor));
  const top = dir.visible[0];
  const parent = top ? dir.fullName(top) : X.example.parent;
  const columns: Column<TemplateRow>[] = [
    { header: `${ORG_HEADERS.name}*`, width: 30, value: (r) => r.name },
    { header: `${ORG_HEADERS.parent}*`, width: 40, value: (r) => r.parent },
    { header: `${ORG_HEADERS.kind}*`, width: 14, value: (r) => r.kind },
    { header: ORG_HEADERS.sortOrder, width: 8, value: (r) => r.sortOrder },
  ];
  return buildSheet(X.sheet, columns, [
    {
      name: X.example.generalBranch,
      parent,
      kind: labels.orgKind.general_branch,
      sortOrder: 1,
    },
    {
      name: X.example.branch,
      parent: `${parent}/${X.example.generalBranch}`,
      kind: labels.orgKind.branch,
      sortOrder: 1,
    },
  ]);
}

/**
 * Imports units, all or nothing: every row is checked first (a parent may be an existing unit or
 * one earlier in the file); any error means nothing is written and every error is listed.
 */
export async function importXlsx(
  ctx: RequestContext,
  file: UploadedFile,
): Promise<{ imported: number }> {
  return importSheet(
    ctx,
    {
      entity: 'org',
      what: '组织机构',
      file,
      headers: [ORG_HEADERS.name, ORG_HEADERS.parent, ORG_HEADERS.kind],
    },
    (rows) => importRows(ctx, rows),
  );
}

async function importRows(ctx: RequestContext, rows: SheetRow[]): Promise<{ imported: number }> {
  return inTransaction(ctx.db, async (tx) => {
    const dir = await loadOrgDirectory(tx, scopeOf(ctx.actor));
    const { visible } = dir;
    const errors: ErrorDetail[] = [];
    const planned: { name: string; kind: TOrgKind; parentId: string | null; sortOrder: number }[] =
      [];
    for (const { row, cells } of rows) {
      const kind = fromLabel(labels.orgKind, cells[ORG_HEADERS.kind] ?? '');
      const sortText = cells[ORG_HEADERS.sortOrder] ?? '';
      const sortOrder = sortText ? Number(sortText) : 0;
      const rowErrors: ErrorDetail[] = [];
      if (!kind)
        rowErrors.push({
          row,
          field: ORG_HEADERS.kind,
          message: text('IMPORT_INVALID.orgKind', { choices: choices(labels.orgKind) }),
        });
      if (!Number.isInteger(sortOrder) || sortOrder < 0)
        rowErrors.push({
          row,
          field: ORG_HEADERS.sortOrder,
          message: text('IMPORT_INVALID.sortOrder'),
        });
      const parsed = ZOrgCreateSchema.shape.name.safeParse(cells[ORG_HEADERS.name] ?? '');
      if (!parsed.success)
        rowErrors.push({
          row,
          field: ORG_HEADERS.name,
          message: parsed.error.issues[0]?.message ?? '',
        });
      const parentRef = cells[ORG_HEADERS.parent] ?? '';
      let parentId: string | null = null;
      if (!parentRef)
        rowErrors.push({
          row,
          field: ORG_HEADERS.parent,
          message: text('IMPORT_INVALID.parentRequired'),
        });
      else {
        const found = dir.resolve(parentRef);
        if (found.error) rowErrors.push({ row, field: ORG_HEADERS.parent, message: found.error });
        parentId = found.org?.id ?? null;
      }
      if (
        parsed.success &&
        parentId &&
        visible.some((o) => o.parentId === parentId && o.name === parsed.data)
      ) {
        rowErrors.push({
          row,
          field: ORG_HEADERS.name,
          message: text('IMPORT_INVALID.orgNameTaken', { name: parsed.data }),
        });
      }
      errors.push(...rowErrors);
      if (rowErrors.length === 0 && kind && parsed.success && parentId) {
        // make the new unit visible to later rows of the same file
        const parent = visible.find((o) => o.id === parentId) as OrgRef;
        const id = uuidv7();
        dir.add({ id, name: parsed.data, parentId, path: `${parent.path}${id}/` });
        planned.push({ name: parsed.data, kind, parentId, sortOrder });
      }
    }
    if (errors.length) throw new AppError('IMPORT_INVALID', undefined, errors);
    if (rows.length === 0) throw new AppError('IMPORT_INVALID.noRows', {}, []);
    // re-create with real ids in file order so parents exist before children
    const idMap = new Map<string, string>();
    const newRefs = visible.slice(visible.length - planned.length);
    for (const [i, p] of planned.entries()) {
      const ref = newRefs[i] as OrgRef;
      const parentId = p.parentId ? (idMap.get(p.parentId) ?? p.parentId) : null;
      const created = await createIn(tx, ctx, { ...p, parentId });
      idMap.set(ref.id, created.id);
    }
    await audit(tx, ctx, {
      action: 'import',
      entity: 'org',
      entityId: null,
      summary: auditText.org.imported(planned.length),
    });
    return { imported: planned.length };
  });
}

/** The top-level units (the bureau): the dashboard's rows for the whole bureau are the units below it. */
export { listRootOrgs } from './orgs.repo.ts';
