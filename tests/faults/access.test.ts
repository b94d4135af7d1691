import type { LightMyRequestResponse } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeGuards } from '../../server/app.ts';
import {
  discussionPosts,
  documents,
  materialDistributions,
  materials,
} from '../../server/db/schema/index.ts';
import type { Role } from '../../server/platform/access.ts';
import { type Client, login } from '../../server/test/app.ts';
import {
  makeCadre,
  makeContactPoint,
  makeUser,
  type TestOrg,
} from '../../server/test/factories.ts';
import {
  makeActivity,
  makeAssignment,
  makeCampaign,
  makePhase,
} from '../../server/test/factories-campaigns.ts';
import { makeCase, SEEDED_CATEGORY } from '../../server/test/factories-cases.ts';
import {
  makeAssistance,
  makeHousehold,
  makePairing,
} from '../../server/test/factories-households.ts';
import { useWorld } from '../../server/test/hooks.ts';
import { readXlsx } from '../../server/test/xlsx.ts';
import {
  allowedRoles,
  deniedHere,
  familyOf,
  isPublic,
  PUBLIC,
  type RecordKind,
  ROLES,
  type Target,
  UNIT_BOUND,
} from './access-policy.ts';

/**
 * The access matrix: every route of the OpenAPI document × every role × (own unit, child unit,
 * sibling unit) × no login, checked against the policy table of ./access-policy.ts. A "leak" is a
 * 2xx answer to a unit-bound account that carries a sibling unit's row (its id or its marked name).
 */
/** orgFilter: the route's query takes `orgId` — a list asked for one unit's rows */
type Op = { method: string; path: string; hasBody: boolean; orgFilter: boolean };
const TARGETS: Target[] = ['own', 'child', 'sibling'];
/** Every sibling-unit record carries this in its name or text, so a leak shows in lists and Excel. */
const MARK = '乙方标记';

/** The route registrations of server/modules, and whether each has an onRequest guard. */
describe('access matrix from the OpenAPI document', { timeout: 600_000 }, () => {
  const { t, w } = useWorld();
  let ops: Op[];
  const as = {} as Record<Role, Client>;
  /** record ids per kind and target unit */
  const ids = {} as Record<Exclude<RecordKind, 'none'>, Record<Target, string>>;
  const siblingNeedles: string[] = [MARK];

  beforeAll(async () => {
    const units: Record<Target, TestOrg> = { own: w.unitA, child: w.branchA, sibling: w.unitB };
    const campaign = await makeCampaign(t.db);
    await makePhase(t.db, campaign.id);
    const activity = await makeActivity(t.db, campaign.id);
    const admin = w.as.admin;
    // 学习资料: one online material of the bureau, sent to each unit (a sibling's sending is hidden)
    const [material] = await t.db
      .insert(materials)
      .values({
        kind: 'video',
        title: '矩阵视频',
        link: 'https://example.org/v',
        campaignId: campaign.id,
      })
      .returning({ id: materials.id });
    for (const target of TARGETS) {
      const org = units[target];
      const label = target === 'sibling' ? MARK : target;
      // a leading cadre (领导干部): the unit's batch of connection cards (cards.pdf) prints him
      const cadre = await makeCadre(t.db, org, { name: `干部${label}`, leading: true });
      const cp = await makeContactPoint(t.db, org, `联系点${label}`);
      const hh = await makeHousehold(t.db, cp, { headName: `户主${label}` });
      const pairing = await makePairing(t.db, cadre, hh);
      const assistance = await makeAssistance(t.db, cadre, hh, { measure: `帮扶${label}` });
      const visit = await admin.post('/api/visits', {
        cadreId: cadre.id,
        contactPointId: cp.id,
        startDate: '2014-03-03',
        householdIds: [hh.id],
        heard: `走访${label}`,
      });
      if (visit.statusCode !== 201) throw new Error(`visit: ${visit.body}`);
      const kase = await makeCase(t.db, {
        status: 'assigned',
        assignedOrgId: org.id,
        content: `诉求${label}`,
      });
      const assignment = await makeAssignment(t.db, activity.id, org);
      const user = await makeUser(t.db, 'cadre', { org, username: `user-${target}` });
      // a published topic and letter of the unit's cadre (a cadre reads his unit's published ones)
      const [topic, letter, reflection, selfExam] = await t.db
        .insert(documents)
        .values(
          (['research', 'letter', 'reflection', 'self_exam'] as const).map((kind) => ({
            kind,
            cadreId: cadre.id,
            orgId: org.id,
            campaignId: campaign.id,
            title: `${{ research: '课题', letter: '公开信', reflection: '心得', self_exam: '对照检查' }[kind]}${label}`,
            body: `正文${label}`,
            state: 'published' as const,
            publishedAt: new Date(),
          })),
        )
        .returning({ id: documents.id });
      // a study session under way, recorded by the unit's cadre, with him on the roster
      const session = await admin.post('/api/study-sessions', {
        orgId: org.id,
        kind: 'seminar',
        title: `学习${label}`,
        startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
        endsAt: new Date(Date.now() + 4 * 3_600_000).toISOString(),
        recorderCadreId: cadre.id,
        cadreIds: [cadre.id],
      });
      if (session.statusCode !== 201) throw new Error(`study session: ${session.body}`);
      // 学习讨论: a unit thread of the unit's account and a reply to it
      const [thread] = await t.db
        .insert(discussionPosts)
        .values({
          orgId: org.id,
          audience: 'unit',
          authorUserId: user.id,
          campaignId: campaign.id,
          title: `讨论${label}`,
          body: `正文${label}`,
        })
        .returning({ id: discussionPosts.id });
      const [reply] = await t.db
        .insert(discussionPosts)
        .values({
          threadId: thread?.id ?? null,
          orgId: org.id,
          audience: 'unit',
          authorUserId: user.id,
          campaignId: campaign.id,
          body: `回复${label}`,
        })
        .returning({ id: discussionPosts.id });
      const service = await admin.post('/api/service-records', {
        cadreId: cadre.id,
        kind: 'volunteer',
        startsOn: '2014-03-05',
        place: `地点${label}`,
        task: `服务${label}`,
        hours: 2,
      });
      if (service.statusCode !== 201) throw new Error(`service record: ${service.body}`);
      // 整改清单 and 民主生活会 (issue 13): an item of the unit's cadre, a meeting of the unit
      const item = await admin.post('/api/rectifications', {
        cadreId: cadre.id,
        problem: `整改问题${label}`,
        measure: `整改措施${label}`,
        responsible: `责任人${label}`,
        deadline: '2014-09-30',
      });
      if (item.statusCode !== 201) throw new Error(`rectification: ${item.body}`);
      const meeting = await admin.post('/api/meetings', {
        orgId: org.id,
        kind: 'democratic',
        heldOn: '2014-06-10',
        topic: `民主生活会${label}`,
        attendance: [{ cadreId: cadre.id, status: 'present' }],
      });
      if (meeting.statusCode !== 201) throw new Error(`meeting: ${meeting.body}`);
      const made: Record<keyof typeof ids, string> = {
        org: org.id,
        cadre: cadre.id,
        contactPoint: cp.id,
        household: hh.id,
        pairing: pairing.id,
        assistance: assistance.id,
        visit: (visit.json() as { id: string }).id,
        case: kase.id,
        assignment: assignment.id,
        user: user.id,
        campaign: campaign.id,
        category: SEEDED_CATEGORY.roads,
        researchTopic: topic?.id ?? '',
        letter: letter?.id ?? '',
        studySession: (session.json() as { id: string }).id,
        material: material?.id ?? '',
        discussionThread: thread?.id ?? '',
        discussionReply: reply?.id ?? '',
        serviceRecord: (service.json() as { id: string }).id,
        reflection: reflection?.id ?? '',
        selfExam: selfExam?.id ?? '',
        rectification: (item.json() as { id: string }).id,
        meeting: (meeting.json() as { id: string }).id,
      };
      const [sending] = await t.db
        .insert(materialDistributions)
        .values({
          materialId: material?.id ?? '',
          orgId: org.id,
          quantity: 3,
          sentOn: '2014-02-20',
        })
        .returning({ id: materialDistributions.id });
      if (target === 'sibling' && sending) siblingNeedles.push(sending.id);
      for (const [k, id] of Object.entries(made) as [keyof typeof ids, string][])
        ids[k] = { ...ids[k], [target]: id };
    }
    // every kind held by a unit: the bureau-wide campaign and category, and the unit itself, aside
    for (const [k, byTarget] of Object.entries(ids))
      if (!['org', 'campaign', 'category', 'material'].includes(k))
        siblingNeedles.push(byTarget.sibling);
    // the unit-bound accounts are in 甲单位 (own); the cadre's account is linked to its cadre
    const unitAdmin = await makeUser(t.db, 'unit_admin', { org: w.unitA, username: 'ua-matrix' });
    const cadreUser = await makeUser(t.db, 'cadre', {
      org: w.unitA,
      username: 'cadre-matrix',
      cadreId: ids.cadre.own,
    });
    Object.assign(as, w.as);
    as.unit_admin = await login(t.app, unitAdmin.username, unitAdmin.password);
    as.cadre = await login(t.app, cadreUser.username, cadreUser.password);

    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; parameters?: { in: string; name: string }[] }>
      >;
    };
    ops = Object.entries(doc.paths).flatMap(([p, byMethod]) =>
      Object.entries(byMethod).map(([m, op]) => ({
        method: m.toUpperCase(),
        path: p,
        hasBody: Boolean(op.requestBody),
        orgFilter: (op.parameters ?? []).some((x) => x.in === 'query' && x.name === 'orgId'),
      })),
    );
  });

  it('knows every route as the app registered it: only the documented public ones have no guard', () => {
    const registered = routeGuards.get(t.app) ?? [];
    const unguarded = ops
      .filter((op) => {
        const route = registered.find(
          (r) => r.method === op.method && r.path.replace(/:(\w+)/g, '{$1}') === op.path,
        );
        if (!route) throw new Error(`route ${op.method} ${op.path} was not registered`);
        return !route.guarded;
      })
      .map((op) => `${op.method} ${op.path}`);
    const documented = ops
      .filter((op) => isPublic(op.method, op.path))
      .map((op) => `${op.method} ${op.path}`);
    expect(unguarded.sort()).toEqual(documented.sort());
    expect(PUBLIC.length).toBe(4);
  });

  it('answers every route × role × unit as the policy table says, with no leak', async () => {
    const fill = (p: string, target: Target) => {
      const f = familyOf(p);
      const kind = f?.record ?? 'none';
      const id = kind === 'none' ? uuidv7() : ids[kind][target];
      return p
        .replace('{id}', id)
        .replace('{childId}', uuidv7())
        .replace('{date}', '2014-05-01')
        .replace('{trackingCode}', 'TX00000000');
    };
    const urlOf = (op: Op, target: Target) => {
      const q = [
        op.method === 'GET' ? familyOf(op.path)?.query : undefined,
        op.orgFilter && op.method === 'GET' && !op.path.includes('{id}')
          ? `orgId=${ids.org[target]}`
          : undefined,
      ].filter(Boolean);
      return fill(op.path, target) + (q.length ? `?${q.join('&')}` : '');
    };
    const mismatches: string[] = [];
    const leaks: string[] = [];
    let checked = 0;
    const cell = (op: Op, who: string, target: string, status: number, want: string) =>
      `${op.method} ${op.path} as ${who} on ${target}: ${status}, expected ${want}`;

    // DELETEs last, so every other route still finds its rows; log-out never (it ends the session)
    const order = [...ops]
      .filter((op) => op.path !== '/api/auth/logout')
      .sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    for (const op of ops.filter((o) => !isPublic(o.method, o.path))) {
      const res = await t.app.inject({
        method: op.method as 'GET',
        url: fill(op.path, 'own'),
        ...(op.hasBody ? { payload: {} } : {}),
      });
      checked++;
      if (res.statusCode !== 401) mismatches.push(cell(op, 'no login', '-', res.statusCode, '401'));
    }
    for (const op of order) {
      if (isPublic(op.method, op.path)) continue;
      const allowed = allowedRoles(op.method, op.path);
      const family = familyOf(op.path);
      const hasId = op.path.includes('{id}');
      // a route with a record in the path, or a list filtered by unit, is asked about each unit
      const perUnit = hasId || (op.orgFilter && op.method === 'GET');
      for (const target of perUnit ? TARGETS : (['own'] as Target[])) {
        // those to be refused first, then the unit-bound roles: a DELETE that succeeds must not
        // remove the row before the others have asked for it
        const rank = (r: Role) =>
          (allowed.includes(r) && !deniedHere(op.method, op.path, r, target) ? 2 : 0) +
          (UNIT_BOUND.includes(r) ? 0 : 1);
        for (const role of [...ROLES].sort((a, b) => rank(a) - rank(b))) {
          const res = await as[role].request({
            method: op.method as 'GET',
            url: urlOf(op, target),
            ...(op.hasBody ? { payload: {} } : {}),
          });
          checked++;
          const s = res.statusCode;
          const hidden =
            hasId && family?.unitScoped && UNIT_BOUND.includes(role) && target === 'sibling';
          if (process.env.FAULTS_VERBOSE)
            process.stdout.write(`${cell(op, role, target, s, '')}\n`);
          if (s >= 500) mismatches.push(cell(op, role, target, s, '< 500'));
          else if (!allowed.includes(role) || deniedHere(op.method, op.path, role, target)) {
            if (s !== 403) mismatches.push(cell(op, role, target, s, '403'));
          } else if (s === 401 || s === 403) {
            mismatches.push(cell(op, role, target, s, 'allowed'));
          } else if (hidden) {
            // validation may answer first (400), but never the row
            if (op.method === 'GET' ? s !== 404 : s !== 404 && s !== 400)
              mismatches.push(
                cell(op, role, target, s, op.method === 'GET' ? '404' : '404 or 400'),
              );
          } else if (op.method === 'GET' && hasId && family?.record !== 'none' && s !== 200) {
            mismatches.push(cell(op, role, target, s, '200'));
          }
          if (s < 300 && UNIT_BOUND.includes(role)) {
            const text = await bodyText(res);
            const needle = siblingNeedles.find((n) => text.includes(n));
            if (needle)
              leaks.push(`${op.method} ${op.path} as ${role} on ${target}: shows ${needle}`);
          }
        }
      }
    }
    process.stdout.write(
      `access matrix: ${ops.length} routes (${ops.filter((o) => isPublic(o.method, o.path)).length} public), ` +
        `${ROLES.length} roles × 3 units + no login = ${checked} requests checked; ` +
        `${mismatches.length} mismatches, ${leaks.length} leaks\n`,
    );
    expect(mismatches).toEqual([]);
    expect(leaks).toEqual([]);
    // the leak detector sees the sibling's rows where they may be seen: in a bureau role's lists
    for (const url of ['/api/cadres', '/api/cases', '/api/cadres/export']) {
      expect(await bodyText(await as.office.get(url))).toContain(MARK);
    }
  });
});

async function bodyText(res: LightMyRequestResponse): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('spreadsheetml')) return (await readXlsx(res)).flat().join('\n');
  return res.body;
}
