import { todayInChina } from '../../../common/dates.ts';
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { audit } from '../../platform/audit.ts';
import { notify } from '../notifications/notifications.service.ts';
import {
  escalationRecipients,
  insertEvent,
  lockCase,
  overdueCases,
  unratedAnsweredBefore,
  updateCase,
} from './cases.repo.ts';

/** Days after the answer without a rating before a case is signed off by itself. */
export const AUTO_SIGN_OFF_DAYS = 15;

/**
 * Overdue cases escalate to the unit admins above them and the office: the case gets the
 * `escalated` flag and an internal event once, and each recipient one notification (deduped), so
 * the job may run any number of times. Returns how many cases were newly escalated.
 */
export async function escalateOverdueCases(db: Db, today = todayInChina()): Promise<number> {
  const late = await overdueCases(db, today);
  let escalated = 0;
  for (const c of late) {
    await inTransaction(db, async (tx) => {
      if (!c.escalated) {
        await updateCase(tx, c.id, { escalated: true });
        await insertEvent(tx, {
          caseId: c.id,
          action: 'note',
          note: `已超过办理时限（${c.dueDate}），已提醒单位管理员和局活动办`,
          public: false,
        });
        escalated++;
      }
      const recipients = await escalationRecipients(tx, c.orgPath);
      await notify(
        tx,
        recipients.map((userId) => ({
          userId,
          kind: 'case_escalated' as const,
          title: `诉求件 ${c.trackingCode} 已超期`,
          body: `办理时限 ${c.dueDate}，尚未办结`,
          link: `/cases/${c.id}`,
          dedupeKey: `case-overdue:${c.id}`,
        })),
      );
    });
  }
  return escalated;
}

/**
 * 销号 without a rating: a case answered more than AUTO_SIGN_OFF_DAYS ago that the citizen never
 * rated is signed off by the system, with a public event saying so. Returns how many.
 */
export async function autoSignOff(db: Db, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - AUTO_SIGN_OFF_DAYS * 86_400_000);
  let done = 0;
  for (const c of await unratedAnsweredBefore(db, before)) {
    await inTransaction(db, async (tx) => {
      const row = await lockCase(tx, c.id);
      // rated or reopened meanwhile: leave it
      if (row?.status !== 'answered' || row.rating !== null) return;
      await updateCase(tx, c.id, { status: 'signed_off', signedOffAt: now });
      await insertEvent(tx, {
        caseId: c.id,
        action: 'sign_off',
        fromStatus: 'answered',
        toStatus: 'signed_off',
        note: `答复后 ${AUTO_SIGN_OFF_DAYS} 天未评价，自动销号`,
        public: true,
      });
      await audit(
        tx,
        { actor: null, ip: null },
        {
          action: 'update',
          entity: 'case',
          entityId: c.id,
          summary: `自动销号 ${c.trackingCode}`,
          before: { status: 'answered' },
          after: { status: 'signed_off' },
        },
      );
      done++;
    });
  }
  return done;
}
