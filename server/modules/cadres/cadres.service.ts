import { todayInChina } from '../../../common/dates.ts';
import type { TCadre, TCadreCreate, TCadreUpdate } from '../../../common/org.ts';
import { ZCadreCreateSchema } from '../../../common/org.ts';
import { inTransaction } from '../../db/tx.ts';
import { type RequestContext, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { auditCreated, changeInScope } from '../../platform/audited.ts';
import { AppError, type ErrorDetail, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column, fromLabel, type SheetRow } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { choices, excelText, labels, text } from '../../platform/i18n/zh-CN.ts';
import { importSheet } from '../../platform/import-audit.ts';
import { splitPage } from '../../platform/paging.ts';
import type { UploadedFile } from '../../platform/upload.ts';
import { loadOrgDirectory, requireOrgInScope } from '../orgs/orgs.service.ts';
import {
  type CadreFilter,
  findCadre,
  insertCadres,
  listCadres,
  recordRankChange,
  updateCadre,
} from './cadres.repo.ts';
import type { TCadreFilter, TCadreListQuery } from './cadres.schemas.ts';

type CadreWithPath = TCadre & { orgPath: string };
const toCadre = ({ orgPath: _p, ...c }: CadreWithPath): TCadre => c;

async function repoFilter(ctx: RequestContext, f: TCadreFilter): Promise<CadreFilter> {
  const { orgId, ...rest } = f;
  if (!orgId) return rest;
  const org = await requireOrgInScope(ctx.db, scopeOf(ctx.actor), orgId);
  return { ...rest, orgPath: org.path };
}

export async function list(ctx: RequestContext, query: TCadreListQuery) {
  const { filter, page } = splitPage(query);
  const where = await repoFilter(ctx, filter);
  const { items, total } = await listCadres(ctx.db, scopeOf(ctx.actor), where, page);
  return { items: items.map(toCadre), total };
}

export async function get(ctx: RequestContext, id: string): Promise<TCadre> {
  const row = await findCadre(ctx.db, scopeOf(ctx.actor), id);
  if (!row) throw notFound();
  return toCadre(row);
}

export async function create(ctx: RequestContext, input: TCadreCreate): Promise<TCadre> {
  const id = await inTransaction(ctx.db, async (tx) => {
    await requireOrgInScope(tx, scopeOf(ctx.actor), input.orgId);
    const [row] = await insertCadres(tx, [input]);
    return auditCreated(tx, ctx, row, {
      entity: 'cadre',
      summary: auditText.cadre.create(input.name),
      after: input,
    });
  });
  return get(ctx, id);
}

export async function update(ctx: RequestContext, id: string, patch: TCadreUpdate) {
  await changeInScope(ctx, id, findCadre, async (tx, before, scope) => {
    if (patch.orgId && patch.orgId !== before.orgId)
      await requireOrgInScope(tx, scope, patch.orgId);
    const { rankEffectiveFrom, ...fields } = patch;
    await updateCadre(tx, id, fields);
    if (patch.rank && patch.rank !== before.rank) {
      await recordRankChange(tx, id, before.rank, patch.rank, rankEffectiveFrom ?? todayInChina());
    }
    const after = await findCadre(tx, scope, id);
    const summary = auditText.cadre.update(before.name, patch.active, before.active);
    return { action: 'update', entity: 'cadre', entityId: id, summary, before, after };
  });
  return get(ctx, id);
}

// ---- Excel -------------------------------------------------------------------------------

const X = excelText.cadres;
const H = X.columns;

const EXPORT_LIMIT = 100_000;

export async function exportXlsx(ctx: RequestContext, filter: TCadreFilter): Promise<Buffer> {
  const scope = scopeOf(ctx.actor);
  const [{ items }, dir] = await Promise.all([
    listCadres(ctx.db, scope, await repoFilter(ctx, filter), { limit: EXPORT_LIMIT, offset: 0 }),
    loadOrgDirectory(ctx.db, scope),
  ]);
  const columns: Column<(typeof items)[number]>[] = [
    { header: H.name, value: (c) => c.name },
    {
      header: H.org,
      width: 40,
      value: (c) => {
        const o = dir.byId.get(c.orgId);
        return o ? dir.fullName(o) : c.orgName;
      },
    },
    { header: H.rank, width: 8, value: (c) => labels.rank[c.rank] },
    { header: H.post, width: 24, value: (c) => c.post },
    { header: H.gender, width: 6, value: (c) => (c.gender ? labels.gender[c.gender] : '') },
    { header: H.phone, value: (c) => c.phone ?? '' },
    { header: H.email, width: 24, value: (c) => c.email ?? '' },
    { header: H.leading, width: 10, value: (c) => labels.yesNo[`${c.leading}`] },
    { header: H.partyMember, width: 6, value: (c) => labels.yesNo[`${c.partyMember}`] },
    { header: H.active, width: 8, value: (c) => (c.active ? X.values.active : X.values.inactive) },
  ];
  return buildSheet(X.sheet, columns, items);
}

type TemplateRow = Record<Exclude<keyof typeof H, 'active'>, string>;
export async function importTemplate(ctx: RequestContext): Promise<Buffer> {
  const dir = await loadOrgDirectory(ctx.db, scopeOf(ctx.actor));
  const example = dir.visible[dir.visible.length - 1];
  const required = new Set<string>([H.name, H.org, H.rank]);
  const keys = Object.keys(H).filter((k) => k !== 'active') as (keyof TemplateRow)[];
  const columns: Column<TemplateRow>[] = keys.map((k) => ({
    header: required.has(H[k]) ? `${H[k]}*` : H[k],
    width: k === 'org' ? 40 : 14,
    value: (r) => r[k],
  }));
  return buildSheet(X.sheet, columns, [
    {
      name: X.example.name,
      org: example ? dir.fullName(example) : X.example.org,
      rank: labels.rank.section,
      post: X.example.post,
      gender: labels.gender.male,
      phone: '13800000000',
      email: '',
      leading: labels.yesNo.false,
      partyMember: labels.yesNo.true,
    },
  ]);
}

function yesNo(text: string | undefined, fallback: boolean): boolean | undefined {
  if (!text) return fallback;
  if (text === labels.yesNo.true) return true;
  if (text === labels.yesNo.false) return false;
  return undefined;
}

/** Imports cadres, all or nothing, with a row-by-row error list in Chinese. */
export async function importXlsx(
  ctx: RequestContext,
  file: UploadedFile,
): Promise<{ imported: number }> {
  return importSheet(
    ctx,
    { entity: 'cadre', what: '干部', file, headers: [H.name, H.org, H.rank] },
    (rows) => importRows(ctx, rows),
  );
}

async function importRows(ctx: RequestContext, rows: SheetRow[]): Promise<{ imported: number }> {
  return inTransaction(ctx.db, async (tx) => {
    const dir = await loadOrgDirectory(tx, scopeOf(ctx.actor));
    const errors: ErrorDetail[] = [];
    const valid: TCadreCreate[] = [];
    for (const { row, cells } of rows) {
      const rowErrors: ErrorDetail[] = [];
      const org = dir.resolve(cells[H.org] ?? '');
      if (!cells[H.org])
        rowErrors.push({ row, field: H.org, message: text('IMPORT_INVALID.orgRequired') });
      else if (org.error) rowErrors.push({ row, field: H.org, message: org.error });
      const rank = fromLabel(labels.rank, cells[H.rank] ?? '');
      if (!rank)
        rowErrors.push({
          row,
          field: H.rank,
          message: text('IMPORT_INVALID.rank', { choices: choices(labels.rank) }),
        });
      const genderText = cells[H.gender] ?? '';
      const gender = genderText ? fromLabel(labels.gender, genderText) : null;
      if (gender === undefined)
        rowErrors.push({
          row,
          field: H.gender,
          message: text('IMPORT_INVALID.gender', { choices: choices(labels.gender) }),
        });
      const yesNoError = text('IMPORT_INVALID.choices', { choices: choices(labels.yesNo) });
      const leading = yesNo(cells[H.leading], false);
      if (leading === undefined) rowErrors.push({ row, field: H.leading, message: yesNoError });
      const partyMember = yesNo(cells[H.partyMember], true);
      if (partyMember === undefined)
        rowErrors.push({ row, field: H.partyMember, message: yesNoError });
      const parsed = ZCadreCreateSchema.safeParse({
        orgId: org.org?.id ?? '00000000-0000-7000-8000-000000000000',
        name: cells[H.name] ?? '',
        rank: rank ?? 'other',
        post: cells[H.post] ?? '',
        gender: gender ?? null,
        phone: cells[H.phone] || null,
        email: cells[H.email] || null,
        leading: leading ?? false,
        partyMember: partyMember ?? true,
      });
      if (!parsed.success) {
        const fieldLabel: Record<string, string> = {
          name: H.name,
          post: H.post,
          phone: H.phone,
          email: H.email,
        };
        for (const issue of parsed.error.issues) {
          const key = String(issue.path[0] ?? '');
          rowErrors.push({ row, field: fieldLabel[key] ?? key, message: issue.message });
        }
      }
      errors.push(...rowErrors);
      if (rowErrors.length === 0 && parsed.success) valid.push(parsed.data);
    }
    if (errors.length) throw new AppError('IMPORT_INVALID', undefined, errors);
    if (valid.length === 0) throw new AppError('IMPORT_INVALID.noRows', {}, []);
    await insertCadres(tx, valid);
    await audit(tx, ctx, {
      action: 'import',
      entity: 'cadre',
      entityId: null,
      summary: auditText.cadre.imported(valid.length),
      after: { count: valid.length },
    });
    return { imported: valid.length };
  });
}

// ---- for other modules: they call these, never ./cadres.repo.ts (lint rule) ---------------------
// Each runs on the db or transaction the caller passes, so it joins the caller's transaction.

/** A cadre within the scope, or undefined (out of scope reads as absent). */
export { findCadre } from './cadres.repo.ts';
