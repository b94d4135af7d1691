import type { TAuditEntity } from '../../common/audit.ts';
import type { RequestContext } from './access.ts';
import { audit } from './audit.ts';
import { AppError } from './errors.ts';
import { readSheet, type SheetRow } from './excel.ts';
import { auditText } from './i18n/audit.zh-CN.ts';
import type { UploadedFile } from './upload.ts';

/**
 * Runs an Excel import of `file` (its sheet read here, the headers it must have checked) and, when
 * it is refused, writes the attempt to the audit log: who, the file's name, how many data rows it
 * had, how many errors. The import's own transaction is rolled back, so the entry is written on
 * its own, after it.
 */
export async function importSheet<T>(
  ctx: RequestContext,
  e: { entity: TAuditEntity; what: string; file: UploadedFile; headers: string[] },
  run: (rows: SheetRow[]) => Promise<T>,
): Promise<T> {
  const counted = { rows: 0 };
  try {
    const rows = await readSheet(e.file.data, e.headers);
    counted.rows = rows.length;
    return await run(rows);
  } catch (err) {
    if (err instanceof AppError) {
      // the name as the client sent it: no control characters, bounded
      const fileName = e.file.filename.replace(/\p{Cc}/gu, '').slice(0, 200);
      const errors = Math.max(err.details?.length ?? 0, 1);
      await audit(ctx.db, ctx, {
        action: 'import',
        entity: e.entity,
        entityId: null,
        summary: auditText.importFailed(e.what, fileName, counted.rows, errors),
        after: { fileName, rows: counted.rows, errors, code: err.code },
      });
    }
    throw err;
  }
}
