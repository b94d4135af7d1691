import type { TAuditEntity } from '../../common/audit.ts';
import type { RequestContext } from './access.ts';
import { audit } from './audit.ts';
import { auditText } from './i18n/audit.zh-CN.ts';

/**
 * Searching personal numbers (phones, ID numbers, e-mail addresses) without a side channel.
 *
 * A list shows these masked (138****5678, 110101********1234, a***@example.cn). If its search
 * matched the full value, a role that may not reveal could rebuild a number digit by digit
 * ("is it 13812…? 13813…?"). So every list search on such a column goes through `piiMatch`
 * (./pii-search.repo.ts, the SQL half; this file is the rest):
 * - on rows the caller may reveal, the term matches the full value (and the search is audited
 *   like a reveal, `auditPiiSearch`);
 * - on every other row it matches only the masked text the caller is shown — the same text as
 *   the mask functions of ./idnumber.ts and the outbox produce, computed in SQL.
 */

/** A term that may hit a personal number or address: 3+ digits in a row, or an "@". */
export function looksPersonal(q: string | undefined): boolean {
  return Boolean(q && (/\d{3,}/.test(q) || q.includes('@')));
}

/**
 * The term as the audit log keeps it (the log is read by roles that may not reveal): a run of 5+
 * digits — a piece of someone's number — becomes stars, so the log is no oracle either.
 */
export function termForAudit(q: string): string {
  return q.replace(/\d{5,}/g, (d) => '*'.repeat(d.length));
}

/**
 * A search of full personal values is a read of personal data: written to the audit log like a
 * reveal (who, when, which list, the term masked). Only for callers who may reveal some rows and a
 * term that looks like a number or an address.
 */
export async function auditPiiSearch(
  ctx: RequestContext,
  e: { entity: TAuditEntity; list: string; q: string | undefined; mayReveal: boolean },
): Promise<void> {
  if (!e.mayReveal || !e.q || !looksPersonal(e.q)) return;
  await audit(ctx.db, ctx, {
    action: 'read_personal',
    entity: e.entity,
    entityId: null,
    summary: auditText.personalSearch(e.list, termForAudit(e.q)),
  });
}
