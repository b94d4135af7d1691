import { beforeAll, describe, expect, it } from 'vitest';
import type { ZAssistanceSchema } from '../../../common/households.ts';
import type { TJson } from '../../../common/zod.ts';
import { type Client, login } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { expectError, expectNotFound } from '../../test/expect.ts';
import { makeCadre, makeContactPoint, makeUser } from '../../test/factories.ts';
import { makeAssistance, makeHousehold, makePairing } from '../../test/factories-households.ts';
import { useWorld } from '../../test/hooks.ts';
import { column, readXlsx } from '../../test/xlsx.ts';

type AssistanceJson = TJson<typeof ZAssistanceSchema>;

describe('assistance API', () => {
  const { t, w } = useWorld();
  let me: { id: string };
  let colleague: { id: string };
  let cadreB: { id: string };
  let mine: Client;
  let poor: { id: string };
  let notMine: { id: string };
  let hB: { id: string };
  beforeAll(async () => {
    me = await makeCadre(t.db, w.branchA, { name: '我', rank: 'section' });
    colleague = await makeCadre(t.db, w.unitA, { name: '同事' });
    cadreB = await makeCadre(t.db, w.unitB, { name: '乙干部' });
    const user = await makeUser(t.db, 'cadre', { org: w.branchA, cadreId: me.id });
    mine = await login(t.app, user.username, user.password);
    const pointA = await makeContactPoint(t.db, w.unitA);
    const pointB = await makeContactPoint(t.db, w.unitB);
    poor = await makeHousehold(t.db, pointA, { headName: '贫困户甲', categories: ['poor'] });
    notMine = await makeHousehold(t.db, pointA, { headName: '别人的户' });
    hB = await makeHousehold(t.db, pointB, { headName: '乙户' });
    await makePairing(t.db, me, poor, { startDate: '2014-03-01' });
    await makePairing(t.db, colleague, notMine, { startDate: '2014-03-01' });
  });

  const record = (extra: Record<string, unknown> = {}) => ({
    householdId: poor.id,
    date: '2014-04-02',
    measure: '联系医院减免医药费',
    result: '已减免 2000 元',
    ...extra,
  });

  it('answers 401 without a session', async () => {
    const a = await makeAssistance(t.db, me, poor);
    const calls = [
      { method: 'GET', url: '/api/assistance' },
      { method: 'GET', url: `/api/assistance/${a.id}` },
      { method: 'GET', url: '/api/assistance/export' },
      { method: 'POST', url: '/api/assistance', payload: record() },
      { method: 'PATCH', url: `/api/assistance/${a.id}`, payload: { result: 'x' } },
    ] as const;
    for (const call of calls) expect((await t.app.inject(call)).statusCode).toBe(401);
  });

  it('answers 403 to the inspector on writes', async () => {
    expectError(
      await w.as.inspector.post('/api/assistance', record({ cadreId: me.id })),
      403,
      'FORBIDDEN',
    );
  });

  describe('a cadre records his own', () => {
    it('records assistance for a household he is paired with', async () => {
      const res = await mine.post('/api/assistance', record());
      expect(res.statusCode, res.body).toBe(201);
      const a = res.json() as AssistanceJson;
      expect(a).toMatchObject({
        cadreId: me.id,
        householdId: poor.id,
        householdCategories: ['poor'],
      });
      const audits = await auditRows(t.db, { entityId: a.id });
      expect(audits.map((x) => `${x.action}:${x.entity}`)).toEqual(['create:assistance']);
    });

    it('refuses a household he is not paired with, or not on that day (400)', async () => {
      const e = expectError(
        await mine.post('/api/assistance', record({ householdId: notMine.id })),
        400,
        'ASSISTANCE_NOT_PAIRED',
      );
      expect(e.message).toContain('别人的户');
      expectError(
        await mine.post('/api/assistance', record({ date: '2014-02-20' })),
        400,
        'ASSISTANCE_NOT_PAIRED',
      );
    });

    it('refuses recording for another cadre (403) and an account without a cadre', async () => {
      expectError(
        await mine.post('/api/assistance', record({ cadreId: colleague.id })),
        403,
        'ASSISTANCE_NOT_OWN',
      );
      expectError(await w.as.cadre.post('/api/assistance', record()), 403, 'ASSISTANCE_NOT_OWN');
    });

    it('edits only his own records', async () => {
      const own = await makeAssistance(t.db, me, poor, { date: '2014-03-05' });
      const res = await mine.patch(`/api/assistance/${own.id}`, { result: '病情好转' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ result: '病情好转', editable: true });
      // a peer in his own branch: visible, not his
      const peer = await makeCadre(t.db, w.branchA, { name: '支部同事' });
      const peers = await makeAssistance(t.db, peer, notMine);
      expectError(
        await mine.patch(`/api/assistance/${peers.id}`, { result: 'x' }),
        403,
        'ASSISTANCE_NOT_OWN',
      );
      expect((await mine.get(`/api/assistance/${peers.id}`)).json().editable).toBe(false);
      expect((await w.as.unit_admin.get(`/api/assistance/${peers.id}`)).json().editable).toBe(true);
      expect((await w.as.inspector.get(`/api/assistance/${peers.id}`)).json().editable).toBe(false);
      // the parent unit's cadre: out of his scope
      const others = await makeAssistance(t.db, colleague, notMine);
      expectError(
        await mine.patch(`/api/assistance/${others.id}`, { result: 'x' }),
        404,
        'NOT_FOUND',
      );
    });
  });

  describe('unit admins', () => {
    it('record for a cadre in scope, with the cadre named', async () => {
      expectError(await w.as.unit_admin.post('/api/assistance', record()), 400, 'VALIDATION');
      const res = await w.as.unit_admin.post(
        '/api/assistance',
        record({ cadreId: colleague.id, householdId: notMine.id, measure: '送化肥' }),
      );
      expect(res.statusCode, res.body).toBe(201);
    });

    it('answer 404 for another unit’s cadre, household or record', async () => {
      for (const cadre of [cadreB, colleague]) {
        const body = record({ cadreId: cadre.id, householdId: hB.id });
        expectNotFound(await w.as.unit_admin.post('/api/assistance', body));
      }
      const b = await makeAssistance(t.db, cadreB, hB);
      expectError(await w.as.unit_admin.get(`/api/assistance/${b.id}`), 404, 'NOT_FOUND');
      expectError(
        await w.as.unit_admin.patch(`/api/assistance/${b.id}`, { result: 'x' }),
        404,
        'NOT_FOUND',
      );
      const list = (await w.as.unit_admin.get('/api/assistance?pageSize=200')).json();
      expect(list.items.some((x: AssistanceJson) => x.id === b.id)).toBe(false);
    });

    it('reject bad input and future dates (400)', async () => {
      const refused: [Record<string, unknown>, string][] = [
        [{ measure: '' }, 'VALIDATION'],
        [{ date: '2014-13-01' }, 'VALIDATION'],
        [{ date: '2999-01-01' }, 'ASSISTANCE_DATE'],
      ];
      for (const [patch, code] of refused) {
        const res = await w.as.unit_admin.post(
          '/api/assistance',
          record({ cadreId: colleague.id, ...patch }),
        );
        expectError(res, 400, code);
      }
    });
  });

  describe('list and export', () => {
    it('filters by cadre, household, unit and months', async () => {
      await makeAssistance(t.db, me, poor, { date: '2014-06-30', measure: '六月帮扶' });
      await makeAssistance(t.db, me, poor, { date: '2014-07-01', measure: '七月帮扶' });
      const q = async (query: string) =>
        (
          (await w.as.unit_admin.get(`/api/assistance?pageSize=200&${query}`)).json()
            .items as AssistanceJson[]
        ).map((a) => a.measure);
      expect(await q('from=2014-06&to=2014-06')).toEqual(['六月帮扶']);
      expect(await q('from=2014-07')).toEqual(['七月帮扶']);
      expect((await q(`cadreId=${colleague.id}`)).every((m) => m !== '六月帮扶')).toBe(true);
      expect(await q(`orgId=${w.branchA.id}&from=2014-06`)).toEqual(['七月帮扶', '六月帮扶']);
      expect((await q(`householdId=${notMine.id}`)).length).toBeGreaterThan(0);
      expect(await q('q=七月')).toEqual(['七月帮扶']);
      expectError(await w.as.unit_admin.get('/api/assistance?from=2014-6'), 400, 'VALIDATION');
    });

    it('exports the filtered list', async () => {
      const res = await w.as.inspector.get('/api/assistance/export?from=2014-06');
      expect(res.statusCode).toBe(200);
      const rows = await readXlsx(res);
      expect(rows[0]).toContain('帮扶措施');
      expect(column(rows, 6)).toEqual(['七月帮扶', '六月帮扶']);
      expect(rows[1]?.[4]).toBe('贫困户');
    });

    it('takes months of early years (found by tests/faults: "0036-01" was a 500)', async () => {
      const res = await w.as.inspector.get('/api/assistance?from=0001-01&to=0036-12');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items).toEqual([]);
    });
  });
});
