import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../common/dates.ts';
import type { ZPairingSchema } from '../../../common/households.ts';
import type { ZPairingOverviewItemSchema } from '../../../common/pairings.ts';
import type { TJson } from '../../../common/zod.ts';
import { campaigns, pairings, quotaRules } from '../../db/schema/index.ts';
import { auditRows } from '../../test/audit.ts';
import { expectError } from '../../test/expect.ts';
import { makeCadre, makeContactPoint } from '../../test/factories.ts';
import { makeHousehold, makePairing } from '../../test/factories-households.ts';
import { useWorld } from '../../test/hooks.ts';

type PairingJson = TJson<typeof ZPairingSchema>;
type OverviewItem = TJson<typeof ZPairingOverviewItemSchema>;

describe('pairings API', () => {
  const { t, w } = useWorld();
  let cadreA: { id: string };
  let cadreBranch: { id: string };
  let cadreB: { id: string };
  let pointA: { id: string };
  let pointBranch: { id: string };
  let pointB: { id: string };
  let hA: { id: string; headName: string }[];
  let hBranch: { id: string };
  let hB: { id: string };
  beforeAll(async () => {
    cadreA = await makeCadre(t.db, w.unitA, { name: '甲干部', rank: 'county' });
    cadreBranch = await makeCadre(t.db, w.branchA, { name: '支部干部', rank: 'section' });
    cadreB = await makeCadre(t.db, w.unitB, { name: '乙干部' });
    pointA = await makeContactPoint(t.db, w.unitA);
    pointBranch = await makeContactPoint(t.db, w.branchA);
    pointB = await makeContactPoint(t.db, w.unitB);
    hA = [];
    for (let i = 0; i < 6; i++)
      hA.push(
        await makeHousehold(t.db, pointA, {
          headName: `甲户${i}`,
          categories: i === 0 ? ['poor'] : [],
        }),
      );
    hBranch = await makeHousehold(t.db, pointBranch, { headName: '支部户' });
    hB = await makeHousehold(t.db, pointB, { headName: '乙户' });
  });

  const pair = (cadreId: string, householdIds: string[], startDate = '2014-03-01') => ({
    cadreId,
    householdIds,
    startDate,
  });

  describe('authentication and roles', () => {
    it('answers 401 without a session', async () => {
      const p = await makePairing(t.db, cadreB, hB);
      const calls = [
        { method: 'GET', url: '/api/pairings' },
        { method: 'GET', url: '/api/pairings/overview' },
        { method: 'POST', url: '/api/pairings', payload: pair(cadreA.id, [hA[5]?.id ?? '']) },
        {
          method: 'POST',
          url: `/api/pairings/${p.id}/end`,
          payload: { endDate: '2014-04-01', reason: 'x' },
        },
      ] as const;
      for (const call of calls) expect((await t.app.inject(call)).statusCode).toBe(401);
    });

    it('answers 403 to cadres and inspectors on writes, and lets them read', async () => {
      const p = await makePairing(t.db, cadreA, hA[5] as { id: string });
      for (const role of ['cadre', 'inspector'] as const) {
        const c = w.as[role];
        expectError(
          await c.post('/api/pairings', pair(cadreA.id, [hA[4]?.id ?? ''])),
          403,
          'FORBIDDEN',
        );
        expectError(
          await c.post(`/api/pairings/${p.id}/end`, { endDate: '2014-04-01', reason: 'x' }),
          403,
          'FORBIDDEN',
        );
        expect((await c.get('/api/pairings')).statusCode).toBe(200);
        expect((await c.get('/api/pairings/overview')).statusCode).toBe(200);
      }
      await t.db.delete(pairings).where(eq(pairings.id, p.id));
    });
  });

  describe('pairing', () => {
    it('pairs a cadre with several households and audits each', async () => {
      const ids = [hA[0]?.id, hA[1]?.id, hA[2]?.id] as string[];
      const res = await w.as.unit_admin.post('/api/pairings', pair(cadreA.id, ids));
      expect(res.statusCode, res.body).toBe(201);
      const items = res.json().items as PairingJson[];
      expect(items.map((p) => p.householdId).sort()).toEqual([...ids].sort());
      expect(items.every((p) => p.active && p.startDate === '2014-03-01')).toBe(true);
      for (const p of items) {
        const a = await auditRows(t.db, { entityId: p.id });
        expect(a.map((x) => `${x.action}:${x.entity}`)).toEqual(['create:pairing']);
      }
    });

    it('lets a branch cadre pair at his parent unit’s contact point', async () => {
      const res = await w.as.unit_admin.post(
        '/api/pairings',
        pair(cadreBranch.id, [hA[3]?.id as string]),
      );
      expect(res.statusCode, res.body).toBe(201);
    });

    it('refuses a household at a contact point of a unit below or beside the cadre’s (400)', async () => {
      const e = expectError(
        await w.as.unit_admin.post('/api/pairings', pair(cadreA.id, [hBranch.id])),
        400,
        'PAIRING_UNIT_MISMATCH',
      );
      expect(e.message).toContain('本单位联系点');
      const office = await w.as.office.post('/api/pairings', pair(cadreA.id, [hB.id]));
      expectError(office, 400, 'PAIRING_UNIT_MISMATCH');
    });

    it('refuses a duplicate open pairing (409) and writes nothing of the batch', async () => {
      const e = expectError(
        await w.as.unit_admin.post(
          '/api/pairings',
          pair(cadreA.id, [hA[4]?.id as string, hA[0]?.id as string]),
        ),
        409,
        'PAIRING_DUPLICATE',
      );
      expect(e.message).toContain('甲户0');
      const rows = await t.db
        .select()
        .from(pairings)
        .where(and(eq(pairings.cadreId, cadreA.id), eq(pairings.householdId, hA[4]?.id as string)));
      expect(rows).toHaveLength(0);
    });

    it('answers 404 for a cadre or household of another unit', async () => {
      expectError(
        await w.as.unit_admin.post('/api/pairings', pair(cadreB.id, [hB.id])),
        404,
        'NOT_FOUND',
      );
      expectError(
        await w.as.unit_admin.post('/api/pairings', pair(cadreA.id, [hB.id])),
        404,
        'NOT_FOUND',
      );
    });

    it('refuses inactive cadres and households, and bad input (400)', async () => {
      const gone = await makeCadre(t.db, w.unitA, { active: false });
      expectError(
        await w.as.unit_admin.post('/api/pairings', pair(gone.id, [hA[4]?.id as string])),
        400,
        'PAIRING_CADRE_INACTIVE',
      );
      const moved = await makeHousehold(t.db, pointA, { active: false });
      expectError(
        await w.as.unit_admin.post('/api/pairings', pair(cadreA.id, [moved.id])),
        400,
        'HOUSEHOLD_INACTIVE',
      );
      const bad = [
        { cadreId: cadreA.id, householdIds: [], startDate: '2014-03-01' },
        { cadreId: cadreA.id, householdIds: [hA[4]?.id], startDate: '2014-02-30' },
        { cadreId: 'x', householdIds: [hA[4]?.id], startDate: '2014-03-01' },
      ];
      for (const b of bad)
        expectError(await w.as.unit_admin.post('/api/pairings', b), 400, 'VALIDATION');
    });
  });

  describe('ending and history', () => {
    it('ends a pairing with a date and reason, keeps it, and allows pairing again', async () => {
      const [p] = (
        await w.as.unit_admin.get(`/api/pairings?cadreId=${cadreA.id}&householdId=${hA[2]?.id}`)
      ).json().items as PairingJson[];
      expect(p).toBeDefined();
      const id = p?.id as string;
      expectError(
        await w.as.unit_admin.post(`/api/pairings/${id}/end`, {
          endDate: '2014-02-01',
          reason: '调整',
        }),
        400,
        'PAIRING_DATES',
      );
      expectError(
        await w.as.unit_admin.post(`/api/pairings/${id}/end`, {
          endDate: '2014-04-15',
          reason: ' ',
        }),
        400,
        'VALIDATION',
      );
      const res = await w.as.unit_admin.post(`/api/pairings/${id}/end`, {
        endDate: '2014-04-15',
        reason: '住户迁出',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        active: false,
        endDate: '2014-04-15',
        endReason: '住户迁出',
      });
      expectError(
        await w.as.unit_admin.post(`/api/pairings/${id}/end`, {
          endDate: '2014-04-16',
          reason: 'x',
        }),
        409,
        'PAIRING_ENDED',
      );
      const again = await w.as.unit_admin.post(
        '/api/pairings',
        pair(cadreA.id, [hA[2]?.id as string], '2014-05-01'),
      );
      expect(again.statusCode).toBe(201);
      const history = (await w.as.unit_admin.get(`/api/pairings?householdId=${hA[2]?.id}`)).json();
      expect(history.total).toBe(2);
      expect(history.items.map((x: PairingJson) => x.active)).toEqual([true, false]);
      const audits = await auditRows(t.db, { entityId: id, action: 'update' });
      expect(audits[0]?.summary).toContain('住户迁出');
    });

    it('answers 404 when ending another unit’s pairing', async () => {
      const other = await makeHousehold(t.db, pointB);
      const p = await makePairing(t.db, cadreB, other, { startDate: '2014-03-01' });
      expectError(
        await w.as.unit_admin.post(`/api/pairings/${p.id}/end`, {
          endDate: '2014-04-01',
          reason: 'x',
        }),
        404,
        'NOT_FOUND',
      );
      const list = (await w.as.unit_admin.get('/api/pairings?pageSize=200')).json();
      expect(list.items.some((x: PairingJson) => x.id === p.id)).toBe(false);
    });

    it('filters by active, unit and the cadre’s own (mine)', async () => {
      const ended = (await w.as.unit_admin.get('/api/pairings?active=false')).json();
      expect(ended.items.every((x: PairingJson) => !x.active)).toBe(true);
      const branch = (await w.as.unit_admin.get(`/api/pairings?orgId=${w.branchA.id}`)).json();
      expect(branch.items.map((x: PairingJson) => x.cadreId)).toEqual([cadreBranch.id]);
      // the world's cadre account has no cadre linked: nothing of its own
      const mine = (await w.as.cadre.get('/api/pairings?mine=true')).json();
      expect(mine.total).toBe(0);
    });
  });

  describe("a household's history", () => {
    it("shows a unit admin every pairing of a household they can read, also other units' cadres", async () => {
      const pointTop = await makeContactPoint(t.db, w.bureau);
      const hTop = await makeHousehold(t.db, pointTop, { headName: '局联系点户' });
      const made = [
        await makePairing(t.db, cadreB, hTop, { startDate: '2014-01-01', endDate: '2014-02-28' }),
        await makePairing(t.db, cadreA, hTop, { startDate: '2014-03-01' }),
      ];
      const listed = (
        await w.as.unit_admin.get(`/api/households?q=${encodeURIComponent('局联系点户')}`)
      ).json();
      expect(listed.items[0].pairedCadres).toEqual(['甲干部']);
      const history = (await w.as.unit_admin.get(`/api/pairings?householdId=${hTop.id}`)).json();
      expect(history.total).toBe(2);
      expect(history.items.map((x: PairingJson) => x.cadreId)).toEqual([cadreA.id, cadreB.id]);
      // a household the unit admin cannot read (乙户, paired with 乙干部 above) shows nothing
      expect((await w.as.admin.get(`/api/pairings?householdId=${hB.id}`)).json().total).toBe(1);
      const hidden = (await w.as.unit_admin.get(`/api/pairings?householdId=${hB.id}`)).json();
      expect(hidden.total).toBe(0);
      // without the household filter the list stays the unit's cadres' pairings
      const all = (await w.as.unit_admin.get('/api/pairings?pageSize=200')).json();
      expect(all.items.some((x: PairingJson) => x.cadreId === cadreB.id)).toBe(false);
      await t.db.delete(pairings).where(
        inArray(
          pairings.id,
          made.map((p) => p.id),
        ),
      );
    });
  });

  describe('overview', () => {
    const overview = async (query = '') =>
      (await w.as.unit_admin.get(`/api/pairings/overview?pageSize=200${query}`)).json() as {
        items: OverviewItem[];
        source: string;
      };

    it('counts open pairings per county/section cadre against 3–5 with the poor indicator', async () => {
      await makeCadre(t.db, w.unitA, { name: '一般干部', rank: 'other' });
      const o = await overview();
      expect(o.source).toBe('default');
      const a = o.items.find((c) => c.cadreId === cadreA.id);
      expect(a).toMatchObject({
        openPairings: 3,
        poorPairings: 1,
        hasPoor: true,
        minHouseholds: 3,
        maxHouseholds: 5,
        status: 'ok',
      });
      const b = o.items.find((c) => c.cadreId === cadreBranch.id);
      expect(b).toMatchObject({ openPairings: 1, hasPoor: false, status: 'below' });
      expect(o.items.some((c) => c.cadreName === '一般干部')).toBe(false);
      expect(o.items.some((c) => c.cadreId === cadreB.id)).toBe(false);
      const branchOnly = await overview(`&orgId=${w.branchA.id}`);
      expect(branchOnly.items.map((c) => c.cadreId)).toEqual([cadreBranch.id]);
    });

    it('takes the range from the active campaign’s quota rules', async () => {
      const today = todayInChina();
      const [c] = await t.db
        .insert(campaigns)
        .values({
          name: '测试活动',
          startDate: `${Number(today.slice(0, 4)) - 1}-01-01`,
          endDate: `${Number(today.slice(0, 4)) + 1}-12-31`,
          status: 'active',
        })
        .returning({ id: campaigns.id });
      await t.db.insert(quotaRules).values([
        {
          campaignId: c?.id as string,
          rank: 'county',
          effectiveFrom: `${Number(today.slice(0, 4)) - 1}-01-01`,
          minDaysPerMonth: 3,
          minHouseholds: 4,
          maxHouseholds: 6,
          minPoorHelped: 1,
        },
        {
          campaignId: c?.id as string,
          rank: 'county',
          effectiveFrom: `${Number(today.slice(0, 4)) + 1}-01-01`,
          minDaysPerMonth: 3,
          minHouseholds: 9,
          maxHouseholds: 9,
          minPoorHelped: 1,
        },
      ]);
      const o = await overview();
      expect(o.source).toBe('campaign');
      expect(o.items.find((x) => x.cadreId === cadreA.id)).toMatchObject({
        minHouseholds: 4,
        maxHouseholds: 6,
        status: 'below',
      });
      // no rule for section-level in this campaign: the default range
      expect(o.items.find((x) => x.cadreId === cadreBranch.id)).toMatchObject({ minHouseholds: 3 });
    });

    it('answers 404 for another unit as the filter', async () => {
      expectError(
        await w.as.unit_admin.get(`/api/pairings/overview?orgId=${w.unitB.id}`),
        404,
        'NOT_FOUND',
      );
    });
  });
});
