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

export function list(ctx: RequestContext, filter: AuditFilter) {
  return listAudit(ctx.db, filter);
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
    throw new AppError(
      'VALIDATION',
      `符合条件的日志有 ${total} 条，超过一次导出的上限 ${EXPORT_LIMIT} 条，请缩小时间范围后分批导出`,
    );
  async function* pages() {
    let after: AuditRow | null = null;
    for (;;) {
      const page: AuditRow[] = await listAuditAfter(ctx.db, filter, after, EXPORT_PAGE);
      if (page.length > 0) yield page;
      if (page.length < EXPORT_PAGE) return;
      after = page.at(-1) ?? null;
    }
  }
  const columns: Column<AuditRow>[] = [
    { header: '时间', width: 20, value: (r) => dateTimeInChina(r.at) },
    { header: '操作人', value: (r) => r.actorName ?? '系统' },
    { header: '操作', width: 12, value: (r) => auditActionLabel(r.action) },
    { header: '对象', width: 12, value: (r) => auditEntityLabel(r.entity) },
    { header: '对象编号', width: 38, value: (r) => r.entityId ?? '' },
    { header: '摘要', width: 60, value: (r) => r.summary },
    { header: 'IP 地址', width: 16, value: (r) => r.ip ?? '' },
  ];
  return streamSheet('审计日志', columns, pages());
}
