import type { TAuditEntity } from '../../common/audit.ts';
import type { RequestContext } from './access.ts';
import { audit } from './audit.ts';
import { AppError } from './errors.ts';
import type { UploadedFile } from './upload.ts';

/**
 * Runs an Excel import and, when it is refused, writes the attempt to the audit log: who, the
 * file's name, how many data rows it had, how many errors. The import's own transaction is rolled
 * back, so the entry is written on its own, after it.
 */
export async function auditFailedImport<T>(
  ctx: RequestContext,
  e: { entity: TAuditEntity; what: string; file: UploadedFile },
  /** the import; it sets `counted.rows` once it has read the sheet */
  run: (counted: { rows: number }) => Promise<T>,
): Promise<T> {
  const counted = { rows: 0 };
  try {
    return await run(counted);
  } catch (err) {
    if (err instanceof AppError) {
      // the name as the client sent it: no control characters, bounded
      const fileName = e.file.filename.replace(/\p{Cc}/gu, '').slice(0, 200);
      const errors = Math.max(err.details?.length ?? 0, 1);
      await audit(ctx.db, ctx, {
        action: 'import',
        entity: e.entity,
        entityId: null,
        summary: `导入${e.what}失败：文件“${fileName}”，${counted.rows} 行，${errors} 处错误，未导入任何数据`,
        after: { fileName, rows: counted.rows, errors, code: err.code },
      });
    }
    throw err;
  }
}
