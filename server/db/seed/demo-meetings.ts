/**
 * Demo data of 民主生活会 (issue 13 §6): one per unit (the bureau's leading group and each unit
 * under it) in July 2014, in the 2014 campaign, with a realistic roster — most present; one unit
 * with two absent, each with the reason, still above two thirds; one reported to the level above
 * late — the record of criticism and self-criticism, the measures, and the unit's rectification
 * items reviewed at it (回头看). Deterministic: no randomness but the ids.
 */
import { and, asc, desc, eq, gte, like, lte, sql } from 'drizzle-orm';
import { addDays } from '../../../common/dates.ts';
import type { Tx } from '../client.ts';
import {
  cadres,
  campaigns,
  meetingAttendance,
  meetingReviewedItems,
  meetings,
  orgs,
  rectifications,
  users,
} from '../schema/index.ts';
import { auditDemoLoad } from './demo-audit.ts';

const CRITICISM = (org: string) => `**${org}领导班子对照检查**

班子主要负责同志代表班子作对照检查，查摆了“四风”方面的突出问题，剖析了思想根源。

**自我批评**

- 深入基层少，对联系点群众的困难了解不深不细
- 会议文件多，调查研究不够扎实

**相互批评**

- 希望班长在抓落实上更加从严，对群众反映的问题要件件有回音
- 建议分管同志少坐办公室，多到田间地头

大家开诚布公、红脸出汗，达到了“团结—批评—团结”的目的。`;

const MEASURES =
  '一、建立班子成员联系点制度，每人每月住村不少于 3 天；二、全年会议文件压减三分之一；三、对查摆出的问题建立整改清单，逐项销号，向群众公开。';

/** The cadres due at a unit's meeting: its leading group, else its cadres (leaders first). */
async function rosterOf(tx: Tx, org: { id: string; path: string; kind: string }) {
  const under = like(orgs.path, `${org.path}%`);
  const rows = await tx
    .select({ id: cadres.id, leading: cadres.leading, orgKind: orgs.kind })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(and(under, eq(cadres.active, true)))
    .orderBy(desc(cadres.leading), asc(orgs.path), asc(cadres.name), asc(cadres.id));
  if (org.kind === 'bureau') {
    // the bureau's leading group: the leaders of the bureau and its offices
    return rows.filter((c) => c.leading && (c.orgKind === 'bureau' || c.orgKind === 'office'));
  }
  return rows.slice(0, 9);
}

export async function loadDemoMeetings(tx: Tx): Promise<void> {
  const [campaign] = await tx
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(gte(campaigns.startDate, '2014-01-01'), lte(campaigns.startDate, '2014-12-31')))
    .orderBy(asc(campaigns.startDate))
    .limit(1);
  const [bureau] = await tx
    .select({ id: orgs.id, path: orgs.path, kind: orgs.kind, name: orgs.name })
    .from(orgs)
    .where(eq(orgs.kind, 'bureau'))
    .orderBy(asc(orgs.path))
    .limit(1);
  if (!bureau) return;
  const units = await tx
    .select({ id: orgs.id, path: orgs.path, kind: orgs.kind, name: orgs.name })
    .from(orgs)
    .where(and(eq(orgs.kind, 'unit'), eq(orgs.parentId, bureau.id)))
    .orderBy(asc(orgs.sortOrder), asc(orgs.name));
  const [office] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'office'));
  const all = [bureau, ...units];
  const rosters = await Promise.all(all.map((o) => rosterOf(tx, o)));
  // the unit with two absent: the largest roster of the units (4 of 6 is still two thirds)
  const biggest = units.length
    ? units.reduce((best, u, i) =>
        (rosters[i + 1]?.length ?? 0) > (rosters[units.indexOf(best) + 1]?.length ?? 0) ? u : best,
      )
    : undefined;
  const lateIndex = all.length > 2 ? all.length - 1 : -1;
  let made = 0;
  for (const [i, org] of all.entries()) {
    const roster = rosters[i] ?? [];
    if (roster.length === 0) continue;
    const heldOn = `2014-07-${String(3 + i * 2).padStart(2, '0')}`;
    const reportedOn = addDays(heldOn, i === lateIndex ? 22 : 6 + i);
    const [row] = await tx
      .insert(meetings)
      .values({
        orgId: org.id,
        campaignId: campaign?.id ?? null,
        kind: 'democratic',
        heldOn,
        topic: `${org.name}领导班子专题民主生活会：对照“五个标准”查摆“四风”问题`,
        place: `${org.name}会议室`,
        host: '班子主要负责同志',
        criticism: CRITICISM(org.name),
        measures: MEASURES,
        reportedOn,
        reportNote: i === lateIndex ? '会议记录整理耗时，报告晚于规定时限' : '已书面报告局党委',
        createdBy: office?.id ?? null,
        createdAt: new Date(`${heldOn}T17:00:00+08:00`),
      })
      .returning({ id: meetings.id });
    if (!row) throw new Error('demo meetings: no row');
    const absent = org.id === biggest?.id && roster.length >= 6 ? 2 : 0;
    const reasons = ['参加省农业厅培训', '在联系点处理突发农情'];
    await tx.insert(meetingAttendance).values(
      roster.map((c, k) => {
        const away = k >= roster.length - absent;
        return {
          meetingId: row.id,
          cadreId: c.id,
          status: away ? ('absent' as const) : ('present' as const),
          reason: away ? (reasons[k - (roster.length - absent)] as string) : '',
        };
      }),
    );
    // 回头看: the unit's items made before the meeting and still open then
    const open = await tx
      .select({ id: rectifications.id })
      .from(rectifications)
      .innerJoin(orgs, eq(orgs.id, rectifications.orgId))
      .where(
        and(
          like(orgs.path, `${org.path}%`),
          sql`${rectifications.createdAt} < ${`${heldOn}T00:00:00+08:00`}`,
        ),
      )
      .orderBy(asc(rectifications.deadline), asc(rectifications.id))
      .limit(3);
    if (open.length) {
      await tx.insert(meetingReviewedItems).values(
        open.map((it, k) => ({
          meetingId: row.id,
          rectificationId: it.id,
          note: k === 0 ? '已完成大部分，剩余部分限期完成' : '正在整改，进度符合计划',
        })),
      );
    }
    made++;
  }
  await auditDemoLoad(tx, 'meeting', `载入演示民主生活会：${made} 次`);
}
