import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { households, pairings } from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import {
  type Call,
  type ErrorDetail,
  expectEveryCall,
  expectNotFound,
  expectValidation,
} from '../../test/expect.ts';
import { makeCadre, makeContactPoint } from '../../test/factories.ts';
import { makeHousehold, makeIdNumber, makePairing } from '../../test/factories-households.ts';
import { useWorld } from '../../test/hooks.ts';
import { multipartFile } from '../../test/upload.ts';
import { readXlsx, xlsxOf } from '../../test/xlsx.ts';

type HouseholdJson = {
  id: string;
  headName: string;
  idNumber: string | null;
  phone: string | null;
  categories: string[];
  members: { name: string; relation: string }[];
  pairedCadres: string[];
  active: boolean;
  revealed: boolean;
  orgId: string;
  contactPointName: string;
};

const HEADERS = [
  '户主姓名',
  '联系点',
  '身份证号',
  '联系电话',
  '住址',
  '类别',
  '家庭成员',
  '情况备注',
];

describe('households API', () => {
  const { t, w } = useWorld();
  let pointA: { id: string; name: string };
  let pointBranch: { id: string; name: string };
  let pointB: { id: string; name: string };
  let hA: { id: string; headName: string };
  let hB: { id: string; headName: string };
  const idA = makeIdNumber(101);
  beforeAll(async () => {
    pointA = await makeContactPoint(t.db, w.unitA, '甲联系村');
    pointBranch = await makeContactPoint(t.db, w.branchA, '甲支部联系社区');
    pointB = await makeContactPoint(t.db, w.unitB, '乙联系村');
    hA = await makeHousehold(t.db, pointA, {
      headName: '甲户主',
      idNumber: idA,
      phone: '13912345678',
      categories: ['poor'],
    });
    hB = await makeHousehold(t.db, pointB, { headName: '乙户主', categories: ['opinion'] });
  });

  const body = (extra: Record<string, unknown> = {}) => ({
    contactPointId: pointA.id,
    headName: `新户主${Math.random().toString(36).slice(2, 7)}`,
    address: '芦溪县某村 3 组',
    members: [{ name: '王五', relation: '配偶' }],
    categories: ['poor', 'old_member'],
    notes: '因病致贫',
    ...extra,
  });

  describe('authentication and roles', () => {
    it('answers 401 without a session', async () => {
      const calls: Call[] = [
        ['GET', '/api/households'],
        ['GET', `/api/households/${hA.id}`],
        ['GET', `/api/households/${hA.id}?reveal=true`],
        ['POST', '/api/households', body()],
        ['PATCH', `/api/households/${hA.id}`, { notes: 'x' }],
        ['GET', '/api/households/export'],
        ['GET', '/api/households/import-template'],
      ];
      await expectEveryCall(t.app, calls, 401);
    });

    it('answers 403 to cadres and inspectors on writes and on unmasked reads', async () => {
      for (const role of ['cadre', 'inspector'] as const) {
        const c = w.as[role];
        const results = [
          await c.post('/api/households', body({ headName: `只读${role}` })),
          await c.patch(`/api/households/${hA.id}`, { notes: '只读改' }),
          await c.get('/api/households/import-template'),
          await c.request({
            method: 'POST',
            url: '/api/households/import',
            ...multipartFile(await xlsxOf(HEADERS, [['只读导入', '甲联系村']])),
          }),
          await c.get(`/api/households/${hA.id}?reveal=true`),
        ];
        for (const res of results) {
          expect(res.statusCode, res.body).toBe(403);
          expect(res.json().error.code).toBe('FORBIDDEN');
        }
      }
      const [row] = await t.db.select().from(households).where(eq(households.id, hA.id));
      expect(row?.notes).toBe('');
      const reads = await auditRows(t.db, { action: 'read_personal', entityId: hA.id });
      expect(reads).toHaveLength(0);
    });

    it('lets cadres and inspectors read (masked)', async () => {
      const cadre = await w.as.cadre.get(`/api/households/${hA.id}`);
      expect(cadre.statusCode).toBe(200);
      expect(cadre.json().idNumber).toBe(`${idA.slice(0, 6)}********${idA.slice(14)}`);
      const insp = await w.as.inspector.get('/api/households');
      expect(insp.json().total).toBeGreaterThanOrEqual(2);
    });
  });

  describe('scope', () => {
    it('hides another unit’s households (404) and lists only the own unit’s', async () => {
      expectNotFound(await w.as.unit_admin.get(`/api/households/${hB.id}`));
      expectNotFound(await w.as.unit_admin.get(`/api/households/${hB.id}?reveal=true`));
      expectNotFound(await w.as.unit_admin.patch(`/api/households/${hB.id}`, { notes: 'x' }));
      expectNotFound(await w.as.cadre.get(`/api/households/${hB.id}`));
      const list = await w.as.unit_admin.get('/api/households?pageSize=200');
      const names = list.json().items.map((h: HouseholdJson) => h.headName);
      expect(names).toContain('甲户主');
      expect(names).not.toContain('乙户主');
    });

    it('refuses a household at another unit’s contact point (404 naming the contact point)', async () => {
      const res = await w.as.unit_admin.post(
        '/api/households',
        body({ contactPointId: pointB.id }),
      );
      expectNotFound(res);
      expect(res.json().error.message).toContain('联系点');
    });
  });

  describe('create, read, reveal', () => {
    it('creates a household with members and categories, masked in the answer', async () => {
      const idNumber = makeIdNumber(102);
      const res = await w.as.unit_admin.post(
        '/api/households',
        body({ headName: '新户甲', idNumber: idNumber.toLowerCase(), phone: '0799-1234567' }),
      );
      expect(res.statusCode, res.body).toBe(201);
      const h = res.json() as HouseholdJson;
      expect(h.idNumber).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
      expect(h.phone).toBe('079****4567');
      expect(h.revealed).toBe(false);
      expect(h.categories).toEqual(['poor', 'old_member']);
      expect(h.members).toEqual([{ name: '王五', relation: '配偶' }]);
      expect(h.orgId).toBe(w.unitA.id);
      const [row] = await t.db.select().from(households).where(eq(households.id, h.id));
      expect(row?.idNumber).toBe(idNumber.toUpperCase());
      const audits = await auditRows(t.db, { entityId: h.id });
      expect(audits.map((a) => a.action)).toEqual(['create']);
      // the audit log keeps personal data masked too
      expect(JSON.stringify(audits[0]?.after)).not.toContain(idNumber.toUpperCase());
    });

    it('validates the ID number (GB 11643) and the phone with Chinese messages', async () => {
      const good = makeIdNumber(103);
      const badCheck = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
      // the body's fields, the field the error names, and what its message says
      const refused: [Record<string, unknown>, string, string?][] = [
        [{ idNumber: badCheck }, 'body.idNumber', '校验位'],
        [{ idNumber: '36030219601301001X' }, 'body.idNumber', '出生日期'],
        [{ idNumber: '12345' }, 'body.idNumber', '18 位'],
        [{ phone: '12345' }, 'body.phone', '电话'],
        [{ headName: ' ' }, 'body.headName'],
        [{ categories: ['rich'] }, 'body.categories.0'],
        [{ members: [{ name: '王五' }] }, 'body.members.0.relation'],
      ];
      for (const [fields, field, message] of refused) {
        const e = expectValidation(
          await w.as.unit_admin.post('/api/households', body(fields)),
          field,
        );
        if (message !== undefined) expect(e.message, field).toContain(message);
      }
    });

    it('answers 409 with a clear message for an ID number already registered', async () => {
      const res = await w.as.office.post(
        '/api/households',
        body({ contactPointId: pointB.id, idNumber: idA }),
      );
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('HOUSEHOLD_ID_NUMBER_TAKEN');
      expect(res.json().error.message).toContain('身份证号已登记');
    });

    it('reveals ID number and phone to a unit admin and audits each unmasked read', async () => {
      for (let i = 0; i < 2; i++) {
        const res = await w.as.unit_admin.get(`/api/households/${hA.id}?reveal=true`);
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ idNumber: idA, phone: '13912345678', revealed: true });
      }
      const reads = await auditRows(t.db, { action: 'read_personal', entityId: hA.id });
      expect(reads).toHaveLength(2);
      expect(reads[0]?.entity).toBe('household');
      const masked = await w.as.unit_admin.get(`/api/households/${hA.id}`);
      expect(masked.json().phone).toBe('139****5678');
    });
  });

  describe('list', () => {
    it('filters by head name, address and phone’s last digits, category, contact point, unit', async () => {
      await makeHousehold(t.db, pointBranch, {
        headName: '支部户',
        phone: '13700001111',
        categories: ['large_producer'],
        address: '桃源社区 8 栋',
      });
      const q = async (query: string) =>
        (await w.as.unit_admin.get(`/api/households?pageSize=200&${query}`))
          .json()
          .items.map((h: HouseholdJson) => h.headName);
      expect(await q('q=支部')).toEqual(['支部户']);
      expect(await q('q=1111')).toEqual(['支部户']);
      expect(await q(`q=${encodeURIComponent('桃源')}`)).toEqual(['支部户']);
      expect(await q('category=large_producer')).toEqual(['支部户']);
      expect(await q(`contactPointId=${pointBranch.id}`)).toEqual(['支部户']);
      expect(await q(`orgId=${w.branchA.id}`)).toEqual(['支部户']);
      expect(await q(`orgId=${w.unitA.id}`)).toContain('支部户');
      expectNotFound(await w.as.unit_admin.get(`/api/households?orgId=${w.unitB.id}`));
      expectValidation(
        await w.as.unit_admin.get('/api/households?category=x'),
        'querystring.category',
      );
    });

    it('lists the households a cadre may pair with (pairableFor)', async () => {
      const cadre = await makeCadre(t.db, w.branchA, { name: '可结对干部' });
      const paired = await makeHousehold(t.db, pointA, { headName: '已结对户' });
      await makePairing(t.db, cadre, paired);
      const res = await w.as.unit_admin.get(`/api/households?pageSize=200&pairableFor=${cadre.id}`);
      const names = res.json().items.map((h: HouseholdJson) => h.headName);
      // his branch's and his parent unit's contact points, not another unit's, not already paired
      expect(names).toContain('甲户主');
      expect(names).toContain('支部户');
      expect(names).not.toContain('已结对户');
      expect(names).not.toContain('乙户主');
      const other = await makeCadre(t.db, w.unitA);
      const forUnit = await w.as.unit_admin.get(
        `/api/households?pageSize=200&pairableFor=${other.id}`,
      );
      expect(forUnit.json().items.map((h: HouseholdJson) => h.headName)).not.toContain('支部户');
      const cadreB = await makeCadre(t.db, w.unitB);
      expectNotFound(await w.as.unit_admin.get(`/api/households?pairableFor=${cadreB.id}`));
    });

    it('pages', async () => {
      const res = await w.as.office.get('/api/households?page=1&pageSize=1');
      expect(res.json().items).toHaveLength(1);
      expect(res.json().total).toBeGreaterThan(1);
    });
  });

  describe('patch and deactivate', () => {
    it('edits fields; leaving ID number out keeps it', async () => {
      const res = await w.as.unit_admin.patch(`/api/households/${hA.id}`, {
        notes: '已脱贫在望',
        categories: ['poor', 'opinion'],
      });
      expect(res.statusCode, res.body).toBe(200);
      const [row] = await t.db.select().from(households).where(eq(households.id, hA.id));
      expect(row?.notes).toBe('已脱贫在望');
      expect(row?.idNumber).toBe(idA);
      const audits = await auditRows(t.db, { entityId: hA.id, action: 'update' });
      expect(audits.length).toBeGreaterThanOrEqual(1);
    });

    it('refuses an ID number that another household has (409)', async () => {
      const other = await makeHousehold(t.db, pointA, { idNumber: makeIdNumber(104) });
      const res = await w.as.unit_admin.patch(`/api/households/${other.id}`, { idNumber: idA });
      expect(res.statusCode).toBe(409);
      // its own number again is fine
      const same = await w.as.unit_admin.patch(`/api/households/${hA.id}`, { idNumber: idA });
      expect(same.statusCode).toBe(200);
    });

    it('deactivating ends the household’s open pairings, kept as history', async () => {
      const cadre = await makeCadre(t.db, w.unitA);
      const h = await makeHousehold(t.db, pointA, { headName: '迁出户' });
      const p = await makePairing(t.db, cadre, h, { startDate: '2014-02-01' });
      const res = await w.as.unit_admin.patch(`/api/households/${h.id}`, { active: false });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ active: false, pairedCadres: [] });
      const [pairing] = await t.db.select().from(pairings).where(eq(pairings.id, p.id));
      expect(pairing?.endDate).not.toBeNull();
      expect(pairing?.endReason).toBe('住户已停用');
      const [a] = await auditRows(t.db, { entityId: h.id, action: 'update' });
      expect(a?.summary).toContain('停用');
      const inactive = await w.as.unit_admin.get('/api/households?active=false');
      expect(inactive.json().items.map((x: HouseholdJson) => x.headName)).toEqual(['迁出户']);
    });

    it('rejects bad input on patch (400)', async () => {
      expectValidation(
        await w.as.unit_admin.patch(`/api/households/${hA.id}`, { idNumber: '123' }),
        'body.idNumber',
      );
      expectValidation(await w.as.unit_admin.patch('/api/households/not-a-uuid', {}), 'params.id');
    });
  });

  describe('Excel', () => {
    const upload = (c: Client, file: Buffer) =>
      c.request({ method: 'POST', url: '/api/households/import', ...multipartFile(file) });

    it('imports all rows, naming the contact point by name or unit/contact point', async () => {
      const id1 = makeIdNumber(201);
      const file = await xlsxOf(HEADERS, [
        [
          '导入一',
          '甲联系村',
          id1,
          '13812345678',
          '一组',
          '贫困户、老党员户',
          '王一(配偶)、王二（儿子）',
          '备注',
        ],
        ['导入二', '测试局/甲单位/甲单位党支部/甲支部联系社区', '', '0799-7654321', '', '', '', ''],
      ]);
      const res = await upload(w.as.unit_admin, file);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ imported: 2 });
      const [row] = await t.db.select().from(households).where(eq(households.headName, '导入一'));
      expect(row).toMatchObject({
        contactPointId: pointA.id,
        idNumber: id1,
        categories: ['poor', 'old_member'],
        members: [
          { name: '王一', relation: '配偶' },
          { name: '王二', relation: '儿子' },
        ],
      });
      const [two] = await t.db.select().from(households).where(eq(households.headName, '导入二'));
      expect(two?.contactPointId).toBe(pointBranch.id);
      const [a] = await auditRows(t.db, { entity: 'household', action: 'import' });
      expect(a?.summary).toContain('2');
    });

    it('imports nothing when a row is wrong and lists every error in Chinese', async () => {
      const dup = makeIdNumber(202);
      const file = await xlsxOf(HEADERS, [
        ['好行', '甲联系村', dup, '', '', '', '', ''],
        ['坏行一', '不存在的村', '123', '', '', '富裕户', '张三', ''],
        ['坏行二', '乙联系村', dup, '1234', '', '', '', ''],
        ['坏行三', '甲联系村', idA, '', '', '', '', ''],
      ]);
      const res = await upload(w.as.unit_admin, file);
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('IMPORT_INVALID');
      const at = (row: number) =>
        error.details
          .filter((d: ErrorDetail) => d.row === row)
          .map((d: ErrorDetail) => `${d.field}:${d.message}`);
      expect(at(3).join()).toContain('找不到联系点');
      expect(at(3).join()).toContain('身份证号:');
      expect(at(3).join()).toContain('类别“富裕户”无效');
      expect(at(3).join()).toContain('姓名(关系)');
      // 乙联系村 is out of the unit admin's scope
      expect(at(4).join()).toContain('找不到联系点');
      expect(at(4).join()).toContain('与第 2 行的身份证号重复');
      expect(at(4).join()).toContain('联系电话');
      expect(at(5).join()).toContain('已登记');
      const good = await t.db.select().from(households).where(eq(households.headName, '好行'));
      expect(good).toHaveLength(0);
    });

    it('reports a missing column and an ambiguous contact point name', async () => {
      const res = await upload(w.as.unit_admin, await xlsxOf(['户主姓名'], [['甲']]));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].message).toContain('联系点');
      await makeContactPoint(t.db, w.branchA, '甲联系村');
      const amb = await upload(w.as.unit_admin, await xlsxOf(HEADERS, [['重名', '甲联系村']]));
      expect(amb.statusCode).toBe(400);
      expect(amb.json().error.details[0].message).toContain('单位/联系点');
    });

    it('exports the filtered list with ID numbers and phones masked', async () => {
      const res = await w.as.unit_admin.get('/api/households/export?category=poor&active=true');
      expect(res.statusCode).toBe(200);
      const rows = await readXlsx(res);
      expect(rows[0]).toContain('身份证号');
      const row = rows.find((r) => r[0] === '甲户主');
      expect(row).toBeDefined();
      expect(row?.join()).not.toContain(idA);
      expect(row?.join()).toContain('139****5678');
      expect(rows.some((r) => r[0] === '乙户主')).toBe(false);
    });

    it('gives a template with the import headers', async () => {
      const res = await w.as.unit_admin.get('/api/households/import-template');
      expect(res.statusCode).toBe(200);
      const rows = await readXlsx(res);
      expect(rows[0]?.map((h) => h.replace(/\*$/, ''))).toEqual(HEADERS);
    });
  });

  describe('duplicate ID numbers are no oracle', () => {
    const upload = (c: Client, file: Buffer, name?: string) =>
      c.request({ method: 'POST', url: '/api/households/import', ...multipartFile(file, name) });
    // registered in 乙单位, outside the unit admin of 甲单位's scope (one per test: once accepted
    // in 甲单位, a number is in the caller's own scope and refused there)
    const idElsewhere = makeIdNumber(301);
    const idElsewhere2 = makeIdNumber(303);
    const idElsewhere3 = makeIdNumber(304);
    let elsewhere: { id: string; headName: string };
    beforeAll(async () => {
      elsewhere = await makeHousehold(t.db, pointB, {
        headName: '乙重号户',
        idNumber: idElsewhere,
      });
      await makeHousehold(t.db, pointB, { headName: '乙重号户二', idNumber: idElsewhere2 });
      await makeHousehold(t.db, pointB, { headName: '乙重号户三', idNumber: idElsewhere3 });
    });

    it('create: a number registered in another unit is answered exactly as an unregistered one', async () => {
      const taken = await w.as.unit_admin.post('/api/households', body({ idNumber: idElsewhere }));
      const fresh = await w.as.unit_admin.post(
        '/api/households',
        body({ idNumber: makeIdNumber(302) }),
      );
      expect(taken.statusCode, taken.body).toBe(201);
      expect(fresh.statusCode).toBe(201);
      expect(Object.keys(taken.json()).sort()).toEqual(Object.keys(fresh.json()).sort());
      expect(taken.json().revealed).toBe(false);
      // in the caller's own scope the duplicate is still refused
      const own = await w.as.unit_admin.post('/api/households', body({ idNumber: idA }));
      expect(own.statusCode).toBe(409);
    });

    it('edit and import: the same answer for a number registered elsewhere', async () => {
      const h = await makeHousehold(t.db, pointA, { headName: '甲改号户' });
      const res = await w.as.unit_admin.patch(`/api/households/${h.id}`, {
        idNumber: idElsewhere2,
      });
      expect(res.statusCode, res.body).toBe(200);
      const file = await xlsxOf(HEADERS, [
        ['甲导入重号', '甲单位/甲联系村', idElsewhere3, '', '', '', '', ''],
      ]);
      const imp = await upload(w.as.unit_admin, file);
      expect(imp.statusCode, imp.body).toBe(200);
      expect(imp.json()).toEqual({ imported: 1 });
    });

    it('two registrations of one number at once: one is accepted, the other refused', async () => {
      const id = makeIdNumber(305);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          w.as.unit_admin.post('/api/households', body({ headName: `并发户${i}`, idNumber: id })),
        ),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([
        201, 409, 409, 409, 409, 409, 409, 409,
      ]);
    });

    it('the office (only) lists the cross-unit duplicates to merge', async () => {
      const res = await w.as.office.get('/api/households?duplicateIdNumber=true&pageSize=200');
      expect(res.statusCode).toBe(200);
      const names = (res.json().items as HouseholdJson[]).map((h) => h.headName);
      expect(names).toContain(elsewhere.headName);
      expect(names).toContain('甲改号户');
      expect(names).toContain('甲导入重号');
      expect(names).not.toContain(hB.headName);
      for (const role of ['unit_admin', 'cadre', 'inspector'] as const) {
        const r = await w.as[role].get('/api/households?duplicateIdNumber=true');
        expect(r.statusCode, role).toBe(403);
      }
    });

    it('a refused import is audited: who, the file name, the row count, the error count', async () => {
      const file = await xlsxOf(HEADERS, [
        ['坏一', '不存在的村', '', '', '', '', '', ''],
        ['坏二', '甲联系村', '123', '', '', '', '', ''],
        ['好三', '甲联系村', '', '', '', '', '', ''],
      ]);
      const res = await upload(w.as.unit_admin, file, '三月住户.xlsx');
      expect(res.statusCode).toBe(400);
      const errors = res.json().error.details.length as number;
      expect(errors).toBeGreaterThan(1);
      const rows = await auditRows(t.db, { entity: 'household', action: 'import' });
      const failed = rows.find((a) => a.summary.includes('三月住户.xlsx'));
      expect(failed?.summary).toContain('失败');
      expect(failed?.summary).toContain('3 行');
      expect(failed?.summary).toContain(`${errors} 处错误`);
      expect(failed?.actorId).toBeTruthy();
      expect(failed?.after).toMatchObject({ fileName: '三月住户.xlsx', rows: 3, errors });
    });
  });
});
