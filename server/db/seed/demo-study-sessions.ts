/**
 * Demo data of 学习座谈、观看 (issue 13 §2) in the 2014 campaign's learning phase: every unit under
 * the bureau held 2–3 sessions between February and April 2014 — a 学习座谈 on 《龚全珍日记选》, a
 * viewing of 《老阿姨》 and, in some, an exchange of reflections — with rosters of the unit's
 * cadres, mostly present, a few late, a few on leave with reasons, one or two absent; one session
 * written up after its window with the office's approval of the late entry (补录申请).
 * Deterministic: a seeded PRNG chooses everything but the ids.
 */
import { and, asc, eq, like, lte } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { TAttendanceStatus, TStudySessionKind } from '../../../common/study-session-terms.ts';
import type { Tx } from '../client.ts';
import {
  cadres,
  campaigns,
  orgs,
  sessionAttendance,
  studySessions,
  users,
  workflowEvents,
} from '../schema/index.ts';
import { auditDemoLoad } from './demo-audit.ts';
import { rng } from './rng.ts';

type Plan = {
  kind: TStudySessionKind;
  title: string;
  /** 2014 date and hour (China time) */
  day: string;
  hour: number;
  hours: number;
  minutes: string;
};

const PLANS: readonly Plan[] = [
  {
    kind: 'seminar',
    title: '学习《龚全珍日记选》座谈会',
    day: '2014-02-26',
    hour: 9,
    hours: 2,
    minutes: `# 学习《龚全珍日记选》座谈会记录

**一、集体学习**

领学《龚全珍日记选》选篇，重温老阿姨扎根莲花、服务群众的事迹。

**二、交流发言**

- 老阿姨一辈子把群众的事当自己的事，我们要学她的“贴心”
- 对照联系点群众的诉求，查一查自己跑得勤不勤、办得实不实

**三、下一步**

1. 每人写一篇学习心得
2. 结合入户结亲，每月到联系点住几天`,
  },
  {
    kind: 'viewing',
    title: '组织观看电影《老阿姨》',
    day: '2014-03-14',
    hour: 14,
    hours: 2,
    minutes: `# 观看《老阿姨》记录

组织全体干部观看电影《老阿姨》，观后分组简短交流。

- 大家被老阿姨放弃优越条件、回乡建设的选择打动
- 要把群众当亲人，把联系点当自己的家`,
  },
  {
    kind: 'exchange',
    title: '“学习龚全珍，我该怎么做”交流心得会',
    day: '2014-04-17',
    hour: 15,
    hours: 2,
    minutes: `# 交流心得会记录

每位同志结合入户结亲的体会发言，谈学习龚全珍的收获和打算。

1. 群众反映的问题要件件有回音
2. 下访听诉要带着问题去、带着办法回`,
  },
];

const LEAVE_REASONS = ['下乡指导春耕', '赴省农业厅参加培训', '病假', '联系点走访', '外出执法检查'];

const at = (day: string, hour: number) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

export async function loadDemoStudySessions(tx: Tx): Promise<void> {
  const r = rng(20140226);
  const [campaign] = await tx
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(lte(campaigns.startDate, '2014-02-26'), like(campaigns.name, '%龚全珍%')))
    .orderBy(asc(campaigns.startDate))
    .limit(1);
  const [bureau] = await tx.select().from(orgs).where(eq(orgs.kind, 'bureau')).limit(1);
  if (!bureau) return;
  const units = await tx
    .select({ id: orgs.id, path: orgs.path, name: orgs.name })
    .from(orgs)
    .where(eq(orgs.parentId, bureau.id))
    .orderBy(asc(orgs.sortOrder), asc(orgs.name));
  const all = await tx
    .select({
      id: cadres.id,
      name: cadres.name,
      leading: cadres.leading,
      orgPath: orgs.path,
    })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(eq(cadres.active, true))
    .orderBy(asc(cadres.name), asc(cadres.id));
  const [office] = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.username, 'office'));

  const sessions: (typeof studySessions.$inferInsert)[] = [];
  const rows: (typeof sessionAttendance.$inferInsert)[] = [];
  const events: (typeof workflowEvents.$inferInsert)[] = [];
  let absentLeft = 2;
  let lateEntryDone = false;

  units.forEach((unit, u) => {
    const roster = all.filter((c) => c.orgPath.startsWith(unit.path));
    if (roster.length < 2) return;
    const leader = roster.find((c) => c.leading) ?? roster[0];
    const recorder = roster.find((c) => !c.leading) ?? roster[0];
    // two sessions everywhere, the exchange in some units
    const plans = u % 2 === 0 ? PLANS : PLANS.slice(0, 2);
    for (const [p, plan] of plans.entries()) {
      const id = uuidv7();
      // the units hold the same session on nearby days
      const day = `${plan.day.slice(0, 8)}${String(Number(plan.day.slice(8)) + (u % 4)).padStart(2, '0')}`;
      const startsAt = at(day, plan.hour);
      const endsAt = at(day, plan.hour + plan.hours);
      // one unit wrote its viewing up after the window, with the office's approval
      const late = !lateEntryDone && plan.kind === 'viewing' && u >= 2;
      const decidedAt = late ? new Date(endsAt.getTime() + 6 * 86_400_000) : null;
      sessions.push({
        id,
        orgId: unit.id,
        campaignId: campaign?.id ?? null,
        kind: plan.kind,
        title: plan.title,
        startsAt,
        endsAt,
        place: p === 1 ? '局多功能厅' : `${unit.name}会议室`,
        presenter: plan.kind === 'viewing' ? '' : (leader?.name ?? ''),
        recorderCadreId: recorder?.id ?? null,
        minutes: plan.minutes,
        lateState: late ? 'approved' : null,
        lateReason: late ? '记录人下乡蹲点，签到表未能在期限内录入' : null,
        lateDecidedBy: late ? (office?.id ?? null) : null,
        lateDecidedAt: decidedAt,
        createdAt: new Date(startsAt.getTime() - 3 * 86_400_000),
      });
      if (late && decidedAt) {
        lateEntryDone = true;
        const asked = new Date(decidedAt.getTime() - 86_400_000);
        events.push(
          {
            kind: 'study_session_late',
            recordId: id,
            action: 'request',
            fromState: 'none',
            toState: 'requested',
            actorName: recorder?.name ?? null,
            note: '',
            fields: { reason: '记录人下乡蹲点，签到表未能在期限内录入' },
            public: false,
            at: asked,
          },
          {
            kind: 'study_session_late',
            recordId: id,
            action: 'approve',
            fromState: 'requested',
            toState: 'approved',
            actorId: office?.id ?? null,
            actorName: office?.name ?? '局活动办',
            note: '',
            fields: { comment: '情况属实，同意补录' },
            public: false,
            at: decidedAt,
          },
        );
      }
      // recorded on the day, or (the late one) when the approval came
      const recordedAt = decidedAt ?? new Date(endsAt.getTime() + 3_600_000);
      for (const c of roster) {
        let status: TAttendanceStatus = 'present';
        const roll = r.next();
        if (roll < 0.07) status = 'late';
        else if (roll < 0.15) status = 'leave';
        else if (roll < 0.17 && absentLeft > 0) {
          status = 'absent';
          absentLeft--;
        }
        // the viewings were signed in by scanning the code at the door
        const qr = plan.kind === 'viewing' && !late && (status === 'present' || status === 'late');
        const checkedInAt = qr
          ? new Date(
              startsAt.getTime() +
                (status === 'late' ? r.between(16, 40) : -r.between(1, 20)) * 60_000,
            )
          : null;
        rows.push({
          sessionId: id,
          cadreId: c.id,
          status,
          reason:
            status === 'leave' ? r.pick(LEAVE_REASONS) : status === 'absent' ? '未请假' : null,
          method: qr ? 'qr' : 'recorder',
          checkedInAt,
          updatedAt: checkedInAt ?? recordedAt,
        });
      }
    }
  });
  if (sessions.length) await tx.insert(studySessions).values(sessions);
  if (rows.length) await tx.insert(sessionAttendance).values(rows);
  if (events.length) await tx.insert(workflowEvents).values(events);
  await auditDemoLoad(
    tx,
    'study_session',
    `载入演示数据：学习座谈、观看 ${sessions.length} 次、出勤记录 ${rows.length} 条`,
  );
}
