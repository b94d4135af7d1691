import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cadres,
  discussionPosts,
  documents,
  materials,
  materialViews,
  serviceRecords,
  sessionAttendance,
  studySessions,
  users,
} from '../../db/schema/index.ts';
import { makeCadre, type TestOrg } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';

/**
 * learning_cadre_facts, learning_unit_facts and learning_unit_cadres are derived data kept by
 * triggers (db/schema/learning.ts): after every kind of write to the records, to a cadre, in bulk
 * or at the same time, they must equal what is counted from the records themselves — and the
 * per-unit roll-up read from them must equal the learning list summed per unit.
 */
describe('learning figures kept per cadre and per unit', () => {
  const { t, w } = useWorld();
  let campaignId: string;
  let elsewhere: string;
  let userId: string;

  beforeAll(async () => {
    campaignId = (await makeCampaign(t.db, { name: '保持活动', startDate: '2014-01-01' })).id;
    elsewhere = (await makeCampaign(t.db, { name: '另一活动', startDate: '2014-01-01' })).id;
    const [u] = await t.db.select({ id: users.id }).from(users).limit(1);
    userId = u?.id as string;
  });

  const rows = async <T>(q: ReturnType<typeof sql>) =>
    ((await t.db.execute(q)) as unknown as { rows: T[] }).rows;

  /** what the per-cadre table holds, in a stable order */
  const stored = () =>
    rows(sql`select campaign_id as "campaignId", cadre_id as "cadreId", materials_viewed as viewed,
               sessions_roster as roster, sessions_attended as attended, sessions_leave as leave,
               sessions_absent as absent, posts, reflections, reflections_approved as approved,
               volunteer_hours::float8 as hours, frontline
             from learning_cadre_facts order by 1, 2`);

  /** the same counted from the records, as the learning list counts them */
  const counted = () =>
    rows(sql`with e as (
               select m.campaign_id, v.cadre_id, 1 as viewed, 0 as roster, 0 as attended,
                 0 as leave, 0 as absent, 0 as posts, 0 as reflections, 0 as approved,
                 0::numeric as hours, 0 as frontline
               from material_views v join materials m on m.id = v.material_id
               union all
               select s.campaign_id, a.cadre_id, 0, 1, (a.status in ('present', 'late'))::int,
                 (a.status = 'leave')::int, (a.status = 'absent')::int, 0, 0, 0, 0, 0
               from session_attendance a join study_sessions s on s.id = a.session_id
               union all
               select p.campaign_id, p.author_cadre_id, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0
               from discussion_posts p where p.state <> 'removed'
               union all
               select d.campaign_id, d.cadre_id, 0, 0, 0, 0, 0, 0, (d.state <> 'draft')::int,
                 (d.state in ('approved', 'published'))::int, 0, 0
               from documents d where d.kind = 'reflection'
               union all
               select r.campaign_id, r.cadre_id, 0, 0, 0, 0, 0, 0, 0, 0,
                 coalesce(r.hours, 0) * (r.kind = 'volunteer')::int, (r.kind = 'frontline')::int
               from service_records r
             )
             select campaign_id as "campaignId", cadre_id as "cadreId", sum(viewed)::int as viewed,
               sum(roster)::int as roster, sum(attended)::int as attended, sum(leave)::int as leave,
               sum(absent)::int as absent, sum(posts)::int as posts,
               sum(reflections)::int as reflections, sum(approved)::int as approved,
               sum(hours)::float8 as hours, sum(frontline)::int as frontline
             from e where campaign_id is not null and cadre_id is not null
             group by 1, 2
             having sum(viewed) + sum(roster) + sum(posts) + sum(reflections) + sum(approved)
               + sum(hours) + sum(frontline) > 0
             order by 1, 2`);

  /** the unit tables, rows at 0 left out */
  const storedUnits = () =>
    rows(sql`select campaign_id as "campaignId", org_id as "orgId", materials_viewed as viewed,
               sessions_roster as roster, sessions_attended as attended, posts, reflections,
               volunteer_hours::float8 as hours
             from learning_unit_facts
             where materials_viewed <> 0 or sessions_roster <> 0 or sessions_attended <> 0
               or posts <> 0 or reflections <> 0 or volunteer_hours <> 0
             order by 1, 2`);
  const summedUnits = () =>
    rows(sql`select l.campaign_id as "campaignId", cd.org_id as "orgId",
               sum(l.materials_viewed)::int as viewed, sum(l.sessions_roster)::int as roster,
               sum(l.sessions_attended)::int as attended, sum(l.posts)::int as posts,
               sum(l.reflections)::int as reflections, sum(l.volunteer_hours)::float8 as hours
             from learning_cadre_facts l join cadres cd on cd.id = l.cadre_id
             where cd.active
             group by 1, 2
             having sum(l.materials_viewed) <> 0 or sum(l.sessions_roster) <> 0
               or sum(l.sessions_attended) <> 0 or sum(l.posts) <> 0 or sum(l.reflections) <> 0
               or sum(l.volunteer_hours) <> 0
             order by 1, 2`);
  const storedCadres = () =>
    rows(
      sql`select org_id as "orgId", cadres from learning_unit_cadres where cadres <> 0 order by 1`,
    );
  const countedCadres = () =>
    rows(sql`select org_id as "orgId", count(*)::int as cadres from cadres where active
             group by 1 order by 1`);

  async function expectExact() {
    expect(await stored()).toEqual(await counted());
    expect(await storedUnits()).toEqual(await summedUnits());
    expect(await storedCadres()).toEqual(await countedCadres());
  }

  type UnitRow = {
    orgId: string;
    cadres: number;
    sessionsDue: number;
    sessionsAttended: number;
    posts: number;
    reflections: number;
    volunteerHours: number;
  };
  type ListRow = {
    orgId: string;
    sessionsDue: number;
    sessionsAttended: number;
    posts: number;
    reflections: number;
    volunteerHours: number;
  };

  /** GET /api/learning/units against GET /api/learning/participation summed per unit */
  async function expectRollUpEqualsList(campaign: string) {
    const units = (await w.as.office.get(`/api/learning/units?campaignId=${campaign}`)).json()
      .items as UnitRow[];
    const list = (
      await w.as.office.get(`/api/learning/participation?campaignId=${campaign}&pageSize=200`)
    ).json().items as ListRow[];
    const sums = new Map<string, Omit<UnitRow, 'orgId'>>();
    for (const r of list) {
      const s = sums.get(r.orgId) ?? {
        cadres: 0,
        sessionsDue: 0,
        sessionsAttended: 0,
        posts: 0,
        reflections: 0,
        volunteerHours: 0,
      };
      s.cadres += 1;
      s.sessionsDue += r.sessionsDue;
      s.sessionsAttended += r.sessionsAttended;
      s.posts += r.posts;
      s.reflections += r.reflections;
      s.volunteerHours += r.volunteerHours;
      sums.set(r.orgId, s);
    }
    expect(units.map((u) => u.orgId).sort()).toEqual([...sums.keys()].sort());
    for (const u of units) expect(u).toMatchObject(sums.get(u.orgId) as object);
  }

  const session = async (org: TestOrg, startsAt: string, campaign = campaignId) => {
    const [row] = await t.db
      .insert(studySessions)
      .values({
        orgId: org.id,
        campaignId: campaign,
        kind: 'seminar',
        title: '座谈',
        startsAt: new Date(startsAt),
        endsAt: new Date(new Date(startsAt).getTime() + 7_200_000),
      })
      .returning({ id: studySessions.id });
    return row?.id as string;
  };

  it('follows every kind of record written, moved and deleted', async () => {
    const a = await makeCadre(t.db, w.unitA);
    const b = await makeCadre(t.db, w.unitA);
    const c = await makeCadre(t.db, w.branchA);
    await expectExact();

    // materials studied, one moved to the other campaign
    const [video, other] = await t.db
      .insert(materials)
      .values([
        { campaignId, kind: 'video', title: '视频', link: 'https://example.org/v' },
        { campaignId, kind: 'link', title: '链接', link: 'https://example.org/l' },
      ])
      .returning({ id: materials.id });
    await t.db.insert(materialViews).values([
      { materialId: video?.id as string, cadreId: a.id },
      { materialId: video?.id as string, cadreId: b.id },
      { materialId: other?.id as string, cadreId: a.id },
    ]);
    await expectExact();
    await t.db.execute(
      sql`update materials set campaign_id = ${elsewhere} where id = ${other?.id}`,
    );
    await expectExact();
    await t.db.execute(sql`update materials set title = '改名' where id = ${video?.id}`);
    await t.db.execute(sql`delete from material_views where cadre_id = ${b.id}`);
    await expectExact();

    // a held session and one to come; attendance recorded, changed, a place removed
    const held = await session(w.unitA, '2014-03-05T07:00:00Z');
    const coming = await session(w.unitA, '2099-03-05T07:00:00Z');
    await t.db.insert(sessionAttendance).values([
      { sessionId: held, cadreId: a.id },
      { sessionId: held, cadreId: b.id },
      { sessionId: held, cadreId: c.id },
      { sessionId: coming, cadreId: a.id },
    ]);
    await expectExact();
    await t.db.execute(
      sql`update session_attendance set status = 'present' where session_id = ${held} and cadre_id = ${a.id}`,
    );
    await t.db.execute(
      sql`update session_attendance set status = 'leave', reason = '驻村' where cadre_id = ${c.id}`,
    );
    await t.db.execute(
      sql`update session_attendance set status = 'absent' where cadre_id = ${b.id}`,
    );
    await expectExact();
    await expectRollUpEqualsList(campaignId);
    // a place moved to another cadre, a session moved to the other campaign, one deleted (its
    // roster goes by cascade)
    await t.db.execute(
      sql`update session_attendance set cadre_id = ${b.id} where session_id = ${coming} and cadre_id = ${a.id}`,
    );
    await expectExact();
    await t.db.execute(
      sql`update study_sessions set campaign_id = ${elsewhere} where id = ${coming}`,
    );
    await expectExact();
    await expectRollUpEqualsList(elsewhere);
    await t.db.execute(sql`delete from study_sessions where id = ${coming}`);
    await expectExact();

    // posts: a thread and replies, one removed then restored, one by no cadre (an admin)
    const [thread] = await t.db
      .insert(discussionPosts)
      .values({
        campaignId,
        orgId: w.unitA.id,
        audience: 'unit',
        authorUserId: userId,
        authorCadreId: a.id,
        title: '我该怎么做',
        body: '扎根基层',
      })
      .returning({ id: discussionPosts.id });
    const reply = {
      campaignId,
      threadId: thread?.id as string,
      orgId: w.unitA.id,
      audience: 'unit' as const,
      authorUserId: userId,
      body: '回复',
    };
    await t.db.insert(discussionPosts).values([
      { ...reply, authorCadreId: b.id },
      { ...reply, authorCadreId: a.id, state: 'removed' as const },
      { ...reply, authorCadreId: null },
    ]);
    await expectExact();
    await t.db.execute(
      sql`update discussion_posts set state = 'visible' where state = 'removed' and author_cadre_id = ${a.id}`,
    );
    await t.db.execute(
      sql`update discussion_posts set state = 'removed' where author_cadre_id = ${b.id}`,
    );
    await expectExact();

    // reflections through their states; another kind of document does not count
    const [refl] = await t.db
      .insert(documents)
      .values([
        { kind: 'reflection', cadreId: a.id, orgId: w.unitA.id, campaignId, title: '心得' },
        { kind: 'reflection', cadreId: c.id, orgId: w.branchA.id, campaignId, title: '心得' },
        { kind: 'research', cadreId: a.id, orgId: w.unitA.id, campaignId, title: '调研' },
      ])
      .returning({ id: documents.id });
    await expectExact();
    for (const state of ['submitted', 'approved', 'published', 'returned']) {
      await t.db.execute(sql`update documents set state = ${state} where id = ${refl?.id}`);
      await expectExact();
    }
    await t.db.execute(sql`update documents set state = 'submitted' where kind = 'research'`);
    await t.db.execute(sql`delete from documents where cadre_id = ${c.id}`);
    await expectExact();

    // service: hours changed, a posting, one moved to the other cadre, one deleted
    const [hours] = await t.db
      .insert(serviceRecords)
      .values([
        {
          cadreId: a.id,
          orgId: w.unitA.id,
          campaignId,
          kind: 'volunteer',
          startsOn: '2014-04-01',
          place: '村委会',
          task: '义务劳动',
          hours: 3.5,
        },
        {
          cadreId: c.id,
          orgId: w.branchA.id,
          campaignId,
          kind: 'frontline',
          startsOn: '2014-04-02',
          place: '村',
          task: '驻村',
        },
      ])
      .returning({ id: serviceRecords.id });
    await t.db.execute(sql`update service_records set hours = 2.5 where id = ${hours?.id}`);
    await expectExact();
    await t.db.execute(sql`update service_records set cadre_id = ${b.id} where id = ${hours?.id}`);
    await expectExact();
    await t.db.execute(sql`delete from service_records where cadre_id = ${c.id}`);
    await expectExact();
    await expectRollUpEqualsList(campaignId);
  });

  it('moves a cadre’s figures with him to another unit, and out when he is made inactive', async () => {
    const mover = await makeCadre(t.db, w.unitA);
    const held = await session(w.unitA, '2014-05-05T07:00:00Z');
    await t.db
      .insert(sessionAttendance)
      .values({ sessionId: held, cadreId: mover.id, status: 'late' });
    await t.db.insert(serviceRecords).values({
      cadreId: mover.id,
      orgId: w.unitA.id,
      campaignId,
      kind: 'volunteer',
      startsOn: '2014-05-06',
      place: '社区',
      task: '服务',
      hours: 4,
    });
    await expectExact();
    await t.db.execute(sql`update cadres set org_id = ${w.unitB.id} where id = ${mover.id}`);
    await expectExact();
    await expectRollUpEqualsList(campaignId);
    await t.db.execute(sql`update cadres set active = false where id = ${mover.id}`);
    await expectExact();
    await expectRollUpEqualsList(campaignId);
    // inactive and moved back: still nowhere; made active again: counted in unit A
    await t.db.execute(sql`update cadres set org_id = ${w.unitA.id} where id = ${mover.id}`);
    await expectExact();
    await t.db.execute(sql`update cadres set active = true, phone = null where id = ${mover.id}`);
    await expectExact();
    await expectRollUpEqualsList(campaignId);
    // a cadre without records can be deleted; one made and deleted at once leaves the counts
    const gone = await makeCadre(t.db, w.unitB);
    await expectExact();
    await t.db.delete(cadres).where(sql`id = ${gone.id}`);
    await expectExact();
  });

  it('stays exact after bulk writes of many rows in one statement', async () => {
    const many = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        makeCadre(t.db, [w.unitA, w.branchA, w.unitB][i % 3] as TestOrg),
      ),
    );
    const sessions = [
      await session(w.unitA, '2014-06-01T07:00:00Z'),
      await session(w.unitB, '2014-06-02T07:00:00Z'),
      await session(w.unitB, '2099-06-03T07:00:00Z'),
    ];
    const statuses = ['expected', 'present', 'late', 'leave', 'absent'] as const;
    await t.db.insert(sessionAttendance).values(
      many.flatMap((c, i) =>
        sessions.map((s, j) => {
          const status = statuses[(i + j) % 5] as (typeof statuses)[number];
          return {
            sessionId: s,
            cadreId: c.id,
            status,
            reason: status === 'leave' ? '事假' : null,
          };
        }),
      ),
    );
    await expectExact();
    await t.db.execute(
      sql`update session_attendance set status = 'present', reason = null where status in ('expected', 'leave')`,
    );
    await expectExact();
    await t.db.execute(
      sql`update cadres set org_id = ${w.unitB.id} where id in (${sql.join(
        many.slice(0, 4).map((c) => sql`${c.id}`),
        sql`, `,
      )})`,
    );
    await expectExact();
    await t.db.execute(sql`delete from session_attendance where session_id = ${sessions[0]}`);
    await expectExact();
    await expectRollUpEqualsList(campaignId);
  });

  it('two transactions writing records of one cadre, or of one unit, at the same time both count', async () => {
    const one = await makeCadre(t.db, w.unitB);
    const two = await makeCadre(t.db, w.unitB);
    const held = await session(w.unitB, '2014-07-01T07:00:00Z');
    const other = await session(w.unitB, '2014-07-02T07:00:00Z');
    let second: Promise<unknown> | undefined;
    await t.db.transaction(async (tx) => {
      await tx.insert(sessionAttendance).values({ sessionId: held, cadreId: one.id });
      // on PostgreSQL the second waits for the cadre's lock, then recounts seeing the first's
      // place; the unit's sums are added to, so the third (another cadre) needs no wait at all
      second = Promise.all([
        t.db.transaction(async (tx2) => {
          await tx2.insert(sessionAttendance).values({ sessionId: other, cadreId: one.id });
        }),
        t.db.transaction(async (tx3) => {
          await tx3.insert(sessionAttendance).values({ sessionId: held, cadreId: two.id });
        }),
      ]);
      await new Promise((r) => setTimeout(r, 200));
    });
    await second;
    await expectExact();
    const [row] = await rows<{ roster: number }>(
      sql`select sessions_roster as roster from learning_cadre_facts
          where cadre_id = ${one.id} and campaign_id = ${campaignId}`,
    );
    expect(row?.roster).toBe(2);
  });

  it('a truncated table is recounted whole', async () => {
    await t.db.execute(sql`truncate service_records`);
    await expectExact();
  });
});
