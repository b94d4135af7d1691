/**
 * Demo 发件箱: the messages the demo's cases caused — a 回执 for every case with a phone or e-mail
 * when it came in, then 办结 / 合并 / 不予受理 notices at those steps — written by the same
 * functions as the real flow (`caseNoticeRow` for the texts, `capReceipt` for the daily caps, in
 * time order), so texts, caps and counts are what the live system would have produced.
 *
 * How they went out is the demo's story: most were sent through the gateway or relay, a few to
 * dead numbers failed after all attempts, the last e-mails were kept (the relay was switched off)
 * and the messages of the last hour are still pending.
 */

import { inArray } from 'drizzle-orm';
import { OUTBOX_MAX_ATTEMPTS } from '../../../common/outbox.ts';
import type { CaseNotice } from '../../modules/channels/messages.ts';
import { capReceipt, caseNoticeRow } from '../../modules/channels/outbox.service.ts';
import type { Tx } from '../client.ts';
import { caseEvents, cases, outbox } from '../schema/index.ts';

const HOUR = 3_600_000;
/** every n-th SMS went to a number that no longer exists */
const FAILED_EVERY = 37;
const DEAD_NUMBER = '短信网关返回错误：号码不存在或已停机（空号）';

type Planned = { at: Date; caseId: string; notice: CaseNotice };

export async function loadDemoOutbox(tx: Tx, now = new Date()): Promise<{ messages: number }> {
  const all = await tx
    .select({
      id: cases.id,
      trackingCode: cases.trackingCode,
      anonymous: cases.anonymous,
      citizenEmail: cases.citizenEmail,
      citizenPhone: cases.citizenPhone,
      answer: cases.answer,
      mergedIntoId: cases.mergedIntoId,
      createdAt: cases.createdAt,
    })
    .from(cases);
  const byId = new Map(all.map((c) => [c.id, c]));
  const contacts = all.filter((c) => !c.anonymous && (c.citizenEmail || c.citizenPhone));
  const events =
    contacts.length === 0
      ? []
      : await tx
          .select({
            caseId: caseEvents.caseId,
            action: caseEvents.action,
            note: caseEvents.note,
            at: caseEvents.at,
          })
          .from(caseEvents)
          .where(
            inArray(
              caseEvents.caseId,
              contacts.map((c) => c.id),
            ),
          );

  // what the lifecycle's steps queue (cases.service#applyTransition), plus the receipt
  const planned: Planned[] = contacts.map((c) => ({
    at: c.createdAt,
    caseId: c.id,
    notice: { kind: 'received' },
  }));
  for (const e of events) {
    const c = byId.get(e.caseId);
    if (!c) continue;
    if (e.action === 'answer' && c.answer) {
      planned.push({ at: e.at, caseId: c.id, notice: { kind: 'answered', answer: c.answer } });
    } else if (e.action === 'merge' && c.mergedIntoId && byId.has(c.mergedIntoId)) {
      const intoCode = byId.get(c.mergedIntoId)?.trackingCode as string;
      planned.push({ at: e.at, caseId: c.id, notice: { kind: 'merged', intoCode } });
    } else if (e.action === 'not_accept') {
      planned.push({ at: e.at, caseId: c.id, notice: { kind: 'not_accepted', reason: e.note } });
    }
  }
  planned.sort((a, b) => a.at.getTime() - b.at.getTime());

  const rows: (typeof outbox.$inferInsert)[] = [];
  let sms = 0;
  const lastEmails = new Set(planned.filter((p) => byId.get(p.caseId)?.citizenEmail).slice(-3));
  for (const p of planned) {
    const c = byId.get(p.caseId);
    if (!c) continue;
    let row = caseNoticeRow(c, p.notice);
    if (!row) continue;
    if (p.notice.kind === 'received') row = await capReceipt(tx, row, null, p.at);
    const base = { ...row, createdAt: p.at };
    if (row.status === 'capped') {
      rows.push(base);
    } else if (now.getTime() - p.at.getTime() < HOUR) {
      rows.push({ ...base, status: 'pending' });
    } else if (row.kind === 'sms' && ++sms % FAILED_EVERY === 0) {
      rows.push({
        ...base,
        status: 'failed',
        attempts: OUTBOX_MAX_ATTEMPTS,
        lastError: DEAD_NUMBER,
      });
    } else if (lastEmails.has(p)) {
      rows.push({ ...base, status: 'kept', attempts: 1 });
    } else {
      rows.push({
        ...base,
        status: 'sent',
        attempts: 1,
        sentAt: new Date(p.at.getTime() + 40_000),
      });
    }
  }
  for (let k = 0; k < rows.length; k += 200) {
    await tx.insert(outbox).values(rows.slice(k, k + 200));
  }
  return { messages: rows.length };
}
