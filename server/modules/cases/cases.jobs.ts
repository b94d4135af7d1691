import { todayInChina } from '../../../common/dates.ts';
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { notify } from '../notifications/notifications.service.ts';
import { escalationRecipients, insertEvent, overdueCases, updateCase } from './cases.repo.ts';

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
