import type { Readable } from 'node:stream';
import { auditActionLabel, auditEntityLabel } from '../../../common/audit.ts';
import { dateTimeInChina } from '../../../common/dates.ts';
import type { RequestContext } from '../../platform/access.ts';
import {
  type AuditFilter,
  type AuditRow,
  countAudit,
  listAudit,
  listAuditAfter,
} from '../../platform/audit.repo.ts';
import { AppError } from '../../platform/errors.ts';
import { type Column, streamSheet } from '../../platform/excel.ts';
import { excelText } from '../../platform/i18n/zh-CN.ts';
import { type AuditObject, objectKey, objectsOf } from './audit.repo.ts';

/** 已删除: the object of a row no longer exists; its name stays in the row's summary. */
export const DELETED_OBJECT = '（已删除）';

type NamedRow = AuditRow & { object: AuditObject | null };

/** The rows with the name of their object (one query per kind of object on the page). */
async function withObjects(ctx: RequestContext, rows: AuditRow[]): Promise<NamedRow[]> {
  const objects = await objectsOf(ctx.db, rows);
  return rows.map((r) => ({
    ...r,
    object: r.entityId ? (objects.get(objectKey(r.entity, r.entityId)) ?? null) : null,
  }));
}

export async function list(ctx: RequestContext, filter: AuditFilter) {
  const { items, total } = await listAudit(ctx.db, filter);
  return { items: await withObjects(ctx, items), total };
}

const EXPORT_LIMIT = 200_000;
const EXPORT_PAGE = 5_000;

/** 审计日志 as listed (same filter, newest first), streamed in keyset pages. */
export async function exportXlsx(
  ctx: RequestContext,
  filter: Omit<AuditFilter, 'page' | 'pageSize'>,
): Promise<Readable> {
  const total = await countAudit(ctx.db, filter);
  if (total > EXPORT_LIMIT)
    throw new AppError('VALIDATION.auditExportLimit', { total, limit: EXPORT_LIMIT });
  async function* pages() {
    let after: AuditRow | null = null;
    for (;;) {
      const page: AuditRow[] = await listAuditAfter(ctx.db, filter, after, EXPORT_PAGE);
      if (page.length > 0) yield await withObjects(ctx, page);
      if (page.length < EXPORT_PAGE) return;
      after = page.at(-1) ?? null;
    }
  }
  const X = excelText.audit;
  const columns: Column<NamedRow>[] = [
    { header: X.columns.at, width: 20, value: (r) => dateTimeInChina(r.at) },
    { header: X.columns.actor, value: (r) => r.actorName ?? X.values.systemActor },
    { header: X.columns.action, width: 12, value: (r) => auditActionLabel(r.action) },
    { header: X.columns.entity, width: 12, value: (r) => auditEntityLabel(r.entity) },
    {
      header: X.columns.objectName,
      width: 30,
      value: (r) => (r.object ? (r.object.name ?? DELETED_OBJECT) : ''),
    },
    { header: X.columns.entityId, width: 38, value: (r) => r.entityId ?? '' },
    { header: X.columns.summary, width: 60, value: (r) => r.summary },
    { header: X.columns.ip, width: 16, value: (r) => r.ip ?? '' },
  ];
  return streamSheet(X.sheet, columns, pages());
}
