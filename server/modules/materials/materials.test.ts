import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '../../../common/dates.ts';
import { materialDistributions, materialViews, notifications } from '../../db/schema/index.ts';
import { type Client, login } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import {
  expectError,
  expectEveryCall,
  expectNotFound,
  expectValidation,
} from '../../test/expect.ts';
import { makeCadre, makeOrg, makeUser, type TestOrg } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';
import { multipartFile, PNG } from '../../test/upload.ts';
import { readXlsx } from '../../test/xlsx.ts';

type Material = {
  id: string;
  title: string;
  kind: string;
  copies: number | null;
  online: boolean;
  sentUnits: number;
  confirmedUnits: number;
  sentCopies: number;
  sentCopiesAll: number;
  viewedAt: string | null;
  viewers: number | null;
  deletable: boolean;
};
type Sending = {
  id: string;
  orgId: string;
  quantity: number;
  receivedAt: string | null;
  receivedQuantity: number | null;
  receiptNote: string | null;
  receivedByName: string | null;
  photos: { id: string; url: string }[];
  canConfirm: boolean;
  removable: boolean;
};

const UNKNOWN = '01900000-0000-7000-8000-000000000000';

describe('materials API', () => {
  const { t, w } = useWorld();
  let dvd: Material;
  let video: Material;
  /** a cadre of 甲单位 with an account linked to him */
  let me: { client: Client; cadreId: string };
  /** a cadre of 乙单位 with an account */
  let other: { client: Client; cadreId: string };
  /** the admin of 乙单位 */
  let adminB: Client;
  let campaignId: string;

  const material = (extra: Record<string, unknown> = {}) => ({
    kind: 'book',
    title: `读本${Math.random().toString(36).slice(2, 8)}`,
    copies: 100,
    ...extra,
  });
  const make = async (extra: Record<string, unknown> = {}) => {
    const res = await w.as.office.post('/api/materials', material(extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Material;
  };
  const send = (m: { id: string }, orgs: TestOrg[], quantity = 5, sentOn = '2014-02-20') =>
    w.as.office.post(`/api/materials/${m.id}/distributions`, {
      orgIds: orgs.map((o) => o.id),
      quantity,
      sentOn,
    });
  const sendOne = async (m: { id: string }, org: TestOrg, quantity = 5) => {
    const res = await send(m, [org], quantity);
    expect(res.statusCode, res.body).toBe(201);
    return (res.json().items as Sending[])[0] as Sending;
  };
  const receiptUrl = (m: { id: string }, s: { id: string }) =>
    `/api/materials/${m.id}/distributions/${s.id}/receipt`;
  const linkedCadre = async (org: TestOrg, name: string) => {
    const cadre = await makeCadre(t.db, org, { name });
    const user = await makeUser(t.db, 'cadre', { org, cadreId: cadre.id });
    return { client: await login(t.app, user.username, user.password), cadreId: cadre.id };
  };

  beforeAll(async () => {
    campaignId = (await makeCampaign(t.db, { name: '学习龚全珍' })).id;
    dvd = await make({ kind: 'dvd', title: '报告会光盘', copies: 50, campaignId });
    video = await make({
      kind: 'video',
      title: '话剧《老阿姨》',
      copies: null,
      link: 'https://example.org/laoayi',
      campaignId,
    });
    me = await linkedCadre(w.unitA, '学习干部甲');
    other = await linkedCadre(w.unitB, '学习干部乙');
    const ua = await makeUser(t.db, 'unit_admin', { org: w.unitB });
    adminB = await login(t.app, ua.username, ua.password);
  });

  describe('authentication and roles', () => {
    it('answers 401 to every route without a session', async () => {
      const s = UNKNOWN;
      await expectEveryCall(
        t.app,
        [
          ['GET', '/api/materials'],
          ['GET', '/api/materials/export'],
          ['POST', '/api/materials', material()],
          ['GET', `/api/materials/${dvd.id}`],
          ['PATCH', `/api/materials/${dvd.id}`, { title: 'x' }],
          ['DELETE', `/api/materials/${dvd.id}`],
          ['GET', `/api/materials/${dvd.id}/distributions`],
          ['POST', `/api/materials/${dvd.id}/distributions`, {}],
          ['DELETE', `/api/materials/${dvd.id}/distributions/${s}`],
          ['POST', `/api/materials/${dvd.id}/distributions/${s}/receipt`, {}],
          ['POST', '/api/materials/reminders', {}],
          ['POST', `/api/materials/${video.id}/views`],
        ],
        401,
        'UNAUTHENTICATED',
      );
    });

    it('lets only the office and the admin register, change, send and remind (403 otherwise)', async () => {
      for (const role of ['unit_admin', 'cadre', 'inspector'] as const) {
        await expectEveryCall(
          w.as[role],
          [
            ['POST', '/api/materials', material()],
            ['PATCH', `/api/materials/${dvd.id}`, { title: '越权' }],
            ['DELETE', `/api/materials/${dvd.id}`],
            [
              'POST',
              `/api/materials/${dvd.id}/distributions`,
              { orgIds: [w.unitA.id], quantity: 1, sentOn: '2014-02-20' },
            ],
            ['DELETE', `/api/materials/${dvd.id}/distributions/${UNKNOWN}`],
            ['POST', '/api/materials/reminders', { dryRun: true }],
          ],
          403,
          'FORBIDDEN',
        );
        expect((await w.as[role].get('/api/materials')).statusCode).toBe(200);
        expect((await w.as[role].get(`/api/materials/${dvd.id}`)).statusCode).toBe(200);
      }
      expect((await w.as.admin.post('/api/materials', material())).statusCode).toBe(201);
    });

    it('lets no cadre or inspector confirm a receipt, and no inspector mark a material studied', async () => {
      const m = await make();
      const s = await sendOne(m, w.unitA);
      for (const c of [w.as.cadre, me.client, w.as.inspector]) {
        const res = await c.post(receiptUrl(m, s), {
          receivedQuantity: 1,
        });
        expectError(res, 403, 'FORBIDDEN');
      }
      expectError(await w.as.inspector.post(`/api/materials/${video.id}/views`), 403, 'FORBIDDEN');
    });
  });

  describe('validation', () => {
    it('answers 400 with the field for bad input', async () => {
      const o = w.as.office;
      expectValidation(await o.post('/api/materials', material({ title: ' ' })), 'body.title');
      expectValidation(
        await o.post('/api/materials', material({ title: 'x'.repeat(101) })),
        'body.title',
      );
      expectValidation(await o.post('/api/materials', material({ kind: 'tape' })), 'body.kind');
      expectValidation(await o.post('/api/materials', material({ copies: -1 })), 'body.copies');
      expectValidation(await o.post('/api/materials', material({ copies: 1.5 })), 'body.copies');
      for (const link of [
        'javascript:alert(1)',
        'ftp://x.org/a',
        'data:text/html,hi',
        'example.org',
      ])
        expectValidation(await o.post('/api/materials', material({ link })), 'body.link');
      expectError(
        await o.post('/api/materials', material({ kind: 'link', link: null })),
        400,
        'MATERIAL_LINK_REQUIRED',
      );
      expectNotFound(await o.post('/api/materials', material({ campaignId: UNKNOWN })));
      expectValidation(await o.get('/api/materials/not-a-uuid'), 'params.id');
      expectValidation(await o.get('/api/materials?kind=tape'), 'querystring.kind');
      expectValidation(await o.get('/api/materials?pageSize=1000'), 'querystring.pageSize');
      expectValidation(
        await o.patch(`/api/materials/${dvd.id}`, { copies: 'many' }),
        'body.copies',
      );
      const base = { orgIds: [w.unitA.id], quantity: 1, sentOn: '2014-02-20' };
      const sendUrl = `/api/materials/${dvd.id}/distributions`;
      expectValidation(await o.post(sendUrl, { ...base, orgIds: [] }), 'body.orgIds');
      expectValidation(await o.post(sendUrl, { ...base, quantity: 0 }), 'body.quantity');
      expectValidation(await o.post(sendUrl, { ...base, sentOn: '2014-02-30' }), 'body.sentOn');
      expectError(
        await o.post(sendUrl, { ...base, sentOn: addDays(todayInChina(), 2) }),
        400,
        'MATERIAL_DATE',
      );
      expectError(
        await o.post(sendUrl, { ...base, orgIds: [w.unitA.id, w.unitA.id] }),
        400,
        'VALIDATION',
      );
      expectValidation(await o.get(`${sendUrl}?received=maybe`), 'querystring.received');
      expectValidation(
        await o.post(`/api/materials/${dvd.id}/distributions/nope/receipt`, {
          receivedQuantity: 1,
        }),
        'params.childId',
      );
      const s = await sendOne(await make(), w.unitA, 3);
      const m = {
        id:
          (
            await t.db
              .select()
              .from(materialDistributions)
              .where(eq(materialDistributions.id, s.id))
          )[0]?.materialId ?? '',
      };
      expectValidation(await w.as.unit_admin.post(receiptUrl(m, s), {}), 'body.receivedQuantity');
      expectValidation(
        await w.as.unit_admin.post(receiptUrl(m, s), {
          receivedQuantity: 1,
          note: 'x'.repeat(2001),
        }),
        'body.note',
      );
      expectError(
        await w.as.unit_admin.post(receiptUrl(m, s), { receivedQuantity: 4 }),
        400,
        'VALIDATION',
      );
      expectValidation(await o.post('/api/materials/reminders', { dryRun: 'yes' }), 'body.dryRun');
    });
  });

  describe('scope', () => {
    it("shows a unit only its own sendings and answers 404 to another unit's", async () => {
      const m = await make({ copies: 30 });
      const a = await sendOne(m, w.unitA);
      const b = await sendOne(m, w.unitB);
      const child = await sendOne(m, w.branchA);
      const ids = async (c: Client) =>
        ((await c.get(`/api/materials/${m.id}/distributions`)).json().items as Sending[]).map(
          (s) => s.id,
        );
      expect(new Set(await ids(w.as.unit_admin))).toEqual(new Set([a.id, child.id]));
      expect(new Set(await ids(w.as.cadre))).toEqual(new Set([a.id, child.id]));
      expect(new Set(await ids(w.as.office))).toEqual(new Set([a.id, b.id, child.id]));
      expect(new Set(await ids(w.as.inspector))).toEqual(new Set([a.id, b.id, child.id]));
      // the counts on the material are of the reader's scope
      const seen = (await w.as.unit_admin.get(`/api/materials/${m.id}`)).json() as Material;
      expect(seen).toMatchObject({ sentUnits: 2, sentCopies: 10, sentCopiesAll: 15 });
      expect(((await w.as.office.get(`/api/materials/${m.id}`)).json() as Material).sentUnits).toBe(
        3,
      );
      // another unit's sending: not found, to read, confirm or take back
      expectNotFound(await w.as.unit_admin.post(receiptUrl(m, b), { receivedQuantity: 5 }));
      expectNotFound(
        await w.as.unit_admin.get(`/api/materials/${m.id}/distributions?orgId=${w.unitB.id}`),
      );
      expectNotFound(await w.as.unit_admin.get(`/api/materials?orgId=${w.unitB.id}`));
      expectNotFound(await w.as.office.get(`/api/materials/${UNKNOWN}`));
      expectNotFound(await w.as.office.get(`/api/materials/${UNKNOWN}/distributions`));
      expectNotFound(await w.as.office.delete(`/api/materials/${m.id}/distributions/${UNKNOWN}`));
      expectNotFound(await w.as.office.patch(`/api/materials/${UNKNOWN}`, { title: 'x' }));
      expectNotFound(await w.as.office.delete(`/api/materials/${UNKNOWN}`));
      expectNotFound(await me.client.post(`/api/materials/${UNKNOWN}/views`));
      // a sending named under another material is not found either
      expectNotFound(await w.as.office.post(receiptUrl(dvd, a), { receivedQuantity: 1 }));
      const [row] = await t.db
        .select()
        .from(materialDistributions)
        .where(eq(materialDistributions.id, b.id));
      expect(row?.receivedAt).toBeNull();
    });
  });

  describe('materials', () => {
    it('registers, lists with filters, changes and exports materials, each write audited', async () => {
      const created = await make({
        kind: 'ringtone',
        title: '彩铃《贴心人》',
        copies: null,
        link: 'http://example.org/ring',
        description: '全局干部手机彩铃',
        campaignId,
      });
      expect(created).toMatchObject({ online: true, sentUnits: 0, deletable: true, viewers: 0 });
      const [row] = await auditRows(t.db, { entityId: created.id });
      expect(row).toMatchObject({ action: 'create', entity: 'material' });
      expect(row?.summary).toContain('彩铃《贴心人》');

      const list = async (qs: string) =>
        ((await w.as.cadre.get(`/api/materials?${qs}`)).json().items as Material[]).map(
          (m) => m.id,
        );
      expect(await list('kind=ringtone')).toContain(created.id);
      expect(await list('kind=dvd')).not.toContain(created.id);
      expect(await list(`q=${encodeURIComponent('贴心人')}`)).toEqual([created.id]);
      expect(await list(`campaignId=${campaignId}&kind=ringtone`)).toEqual([created.id]);
      const page = (await w.as.cadre.get('/api/materials?pageSize=1')).json();
      expect(page.items).toHaveLength(1);
      expect(page.total).toBeGreaterThan(2);
      // a cadre sees his own mark, never how many others studied
      expect(
        ((await w.as.cadre.get(`/api/materials/${created.id}`)).json() as Material).viewers,
      ).toBeNull();

      const patched = await w.as.office.patch(`/api/materials/${created.id}`, {
        title: '彩铃《贴心人》新版',
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json().title).toBe('彩铃《贴心人》新版');
      expect((await auditRows(t.db, { entityId: created.id })).map((r) => r.action)).toContain(
        'update',
      );

      const xlsx = await w.as.office.get(`/api/materials/export?kind=ringtone`);
      expect(xlsx.statusCode).toBe(200);
      const rows = await readXlsx(xlsx);
      expect(rows[0]).toContain('已签收单位');
      expect(rows.some((r) => r.includes('彩铃《贴心人》新版'))).toBe(true);
      expect((await w.as.cadre.get('/api/materials/export')).statusCode).toBe(200);
    });

    it('attaches files, readable by every account', async () => {
      const up = await w.as.office.request({
        method: 'POST',
        url: '/api/attachments',
        ...multipartFile(PNG, 'cover.png', 'image/png'),
      });
      expect(up.statusCode).toBe(201);
      const m = await make({ kind: 'other', title: '学习资料汇编', attachmentIds: [up.json().id] });
      expect(m.online).toBe(true);
      const got = (await w.as.cadre.get(`/api/materials/${m.id}`)).json();
      expect(got.attachments).toHaveLength(1);
      expect((await w.as.cadre.get(got.attachments[0].url)).statusCode).toBe(200);
    });

    it('deletes only while nothing was sent', async () => {
      const m = await make();
      await sendOne(m, w.unitA);
      expectError(await w.as.office.delete(`/api/materials/${m.id}`), 409, 'MATERIAL_SENT');
      expect(((await w.as.office.get(`/api/materials/${m.id}`)).json() as Material).deletable).toBe(
        false,
      );
      const spare = await make();
      expect((await w.as.office.delete(`/api/materials/${spare.id}`)).statusCode).toBe(204);
      expectNotFound(await w.as.office.get(`/api/materials/${spare.id}`));
      expect((await auditRows(t.db, { entityId: spare.id })).map((r) => r.action)).toContain(
        'delete',
      );
    });
  });

  describe('distributions', () => {
    it('sends to many units at once, never twice to one unit, never beyond the copies', async () => {
      const m = await make({ copies: 20 });
      const res = await send(m, [w.unitA, w.unitB], 8);
      expect(res.statusCode).toBe(201);
      expect(res.json().items).toHaveLength(2);
      expect(
        (await auditRows(t.db, { entity: 'material_distribution', entityId: m.id }))[0]?.summary,
      ).toContain('2 个单位');
      const again = await send(m, [w.unitB], 1);
      expectError(again, 409, 'MATERIAL_ALREADY_SENT');
      expect(again.json().error.message).toContain('乙单位');
      const over = await send(m, [w.branchA], 5);
      expectError(over, 409, 'MATERIAL_COPIES');
      expect(over.json().error.message).toContain('还可发 4 份');
      expect((await send(m, [w.branchA], 4)).statusCode).toBe(201);
      // nor by lowering the copies below what went out
      expectError(
        await w.as.office.patch(`/api/materials/${m.id}`, { copies: 19 }),
        409,
        'MATERIAL_COPIES',
      );
      expectNotFound(await send(m, [{ ...w.unitA, id: UNKNOWN }], 1));
    });

    it('never sends more than the copies when two sendings race', async () => {
      const m = await make({ copies: 10 });
      const x = await makeOrg(t.db, { parent: w.bureau, name: '竞争单位一' });
      const y = await makeOrg(t.db, { parent: w.bureau, name: '竞争单位二' });
      const answers = await Promise.all([send(m, [x], 6), send(m, [y], 6)]);
      expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const rows = await t.db
        .select()
        .from(materialDistributions)
        .where(eq(materialDistributions.materialId, m.id));
      expect(rows.reduce((n, r) => n + r.quantity, 0)).toBe(6);
    });

    it('filters the unconfirmed, pages them, and takes back only what was not received', async () => {
      const m = await make({ copies: 100 });
      const a = await sendOne(m, w.unitA);
      const b = await sendOne(m, w.unitB);
      await sendOne(m, w.branchA);
      expect((await adminB.post(receiptUrl(m, b), { receivedQuantity: 5 })).statusCode).toBe(200);
      const pending = (
        await w.as.office.get(`/api/materials/${m.id}/distributions?received=false&pageSize=1`)
      ).json();
      expect(pending.total).toBe(2);
      expect(pending.items).toHaveLength(1);
      const done = (
        await w.as.office.get(`/api/materials/${m.id}/distributions?received=true`)
      ).json();
      expect(done.items.map((s: Sending) => s.id)).toEqual([b.id]);
      expectError(
        await w.as.office.delete(`/api/materials/${m.id}/distributions/${b.id}`),
        409,
        'MATERIAL_RECEIVED',
      );
      expect(
        (await w.as.office.delete(`/api/materials/${m.id}/distributions/${a.id}`)).statusCode,
      ).toBe(204);
      expect((await auditRows(t.db, { entityId: a.id })).map((r) => r.action).sort()).toEqual([
        'create',
        'delete',
      ]);
      // the list of the material says how many units have it and confirmed it
      expect((await w.as.office.get(`/api/materials/${m.id}`)).json()).toMatchObject({
        sentUnits: 2,
        confirmedUnits: 1,
      });
      const mine = (await w.as.unit_admin.get(`/api/materials?pending=true&pageSize=200`)).json()
        .items as Material[];
      expect(mine.map((x) => x.id)).toContain(m.id);
      const bs = (await adminB.get(`/api/materials?pending=true&pageSize=200`)).json()
        .items as Material[];
      expect(bs.map((x) => x.id)).not.toContain(m.id);
    });
  });

  describe('receipts', () => {
    it("is confirmed by the receiving unit's admin, with a note and a photo, once", async () => {
      const m = await make();
      const s = await sendOne(m, w.unitB, 10);
      const up = await adminB.request({
        method: 'POST',
        url: '/api/attachments',
        ...multipartFile(PNG, 'receipt.png', 'image/png'),
      });
      expect(up.statusCode).toBe(201);
      const res = await adminB.post(receiptUrl(m, s), {
        receivedQuantity: 9,
        note: '一本运输中破损',
        attachmentIds: [up.json().id],
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        receivedQuantity: 9,
        receiptNote: '一本运输中破损',
        canConfirm: false,
        removable: false,
      });
      expect(res.json().receivedAt).not.toBeNull();
      expect(res.json().receivedByName).toBeTruthy();
      expect(res.json().photos).toHaveLength(1);
      // the office sees the photo; 甲单位 does not
      expect((await w.as.office.get(res.json().photos[0].url)).statusCode).toBe(200);
      expect((await w.as.unit_admin.get(res.json().photos[0].url)).statusCode).toBe(404);
      expectError(
        await adminB.post(receiptUrl(m, s), { receivedQuantity: 10 }),
        409,
        'MATERIAL_RECEIVED',
      );
      const rows = await auditRows(t.db, {
        entity: 'material_distribution',
        entityId: s.id,
        action: 'update',
      });
      expect(rows).toHaveLength(1);
      expect(rows[0]?.summary).toContain('签收');
    });

    it('may be recorded by the office for a unit', async () => {
      const m = await make();
      const s = await sendOne(m, w.unitB);
      const res = await w.as.office.post(receiptUrl(m, s), { receivedQuantity: 5 });
      expect(res.statusCode).toBe(200);
    });

    it('of two confirmations at once, records one and answers the other 409', async () => {
      const m = await make();
      const s = await sendOne(m, w.unitA);
      const answers = await Promise.all([
        w.as.unit_admin.post(receiptUrl(m, s), { receivedQuantity: 5, note: '第一次' }),
        w.as.office.post(receiptUrl(m, s), { receivedQuantity: 4, note: '第二次' }),
      ]);
      expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(answers.find((r) => r.statusCode === 409)?.json().error.code).toBe(
        'MATERIAL_RECEIVED',
      );
      expect(
        await auditRows(t.db, {
          entity: 'material_distribution',
          entityId: s.id,
          action: 'update',
        }),
      ).toHaveLength(1);
    });
  });

  describe('reminders', () => {
    it('counts first, reminds the admins of units that have not confirmed, at most once a day', async () => {
      const m = await make({ title: '提醒读本', copies: null });
      const unitC = await makeOrg(t.db, { parent: w.bureau, name: '丙单位' });
      const adminC = await makeUser(t.db, 'unit_admin', { org: unitC });
      const sA = await sendOne(m, w.unitA);
      await sendOne(m, w.unitB);
      await sendOne(m, unitC);
      expect((await w.as.office.post(receiptUrl(m, sA), { receivedQuantity: 5 })).statusCode).toBe(
        200,
      );
      const body = { materialId: m.id };
      const dry = (
        await w.as.office.post('/api/materials/reminders', { ...body, dryRun: true })
      ).json();
      expect(dry).toEqual({ unconfirmed: 2, due: 2, units: 2, sent: 0, withoutAdmin: 0 });
      const notes = (userId: string) =>
        t.db
          .select()
          .from(notifications)
          .where(
            and(eq(notifications.userId, userId), eq(notifications.kind, 'material_reminder')),
          );
      expect(await notes(adminC.id)).toHaveLength(0);
      const sent = (await w.as.office.post('/api/materials/reminders', body)).json();
      expect(sent).toMatchObject({ unconfirmed: 2, due: 2, units: 2, sent: 2 });
      const [note] = await notes(adminC.id);
      expect(note?.title).toContain('提醒读本');
      expect(note?.link).toBe('/materials');
      // the same day: nothing more goes out
      const again = (await w.as.office.post('/api/materials/reminders', body)).json();
      expect(again).toMatchObject({ unconfirmed: 2, due: 0, sent: 0 });
      expect(await notes(adminC.id)).toHaveLength(1);
      // a sending reminded yesterday is due again
      await t.db
        .update(materialDistributions)
        .set({ remindedAt: new Date(Date.now() - 2 * 86_400_000) })
        .where(eq(materialDistributions.materialId, m.id));
      expect(
        (await w.as.office.post('/api/materials/reminders', { ...body, dryRun: true })).json().due,
      ).toBe(2);
      const audits = await auditRows(t.db, { entity: 'notification' });
      expect(audits.some((r) => r.summary.includes('学习资料签收提醒'))).toBe(true);
    });
  });

  describe('views', () => {
    it('records a cadre’s study of an online material once, keeping the first time', async () => {
      const first = await me.client.post(`/api/materials/${video.id}/views`);
      expect(first.statusCode, first.body).toBe(200);
      const again = await me.client.post(`/api/materials/${video.id}/views`);
      expect(again.statusCode).toBe(200);
      expect(again.json().viewedAt).toBe(first.json().viewedAt);
      const rows = await t.db
        .select()
        .from(materialViews)
        .where(and(eq(materialViews.materialId, video.id), eq(materialViews.cadreId, me.cadreId)));
      expect(rows).toHaveLength(1);
      expect(await auditRows(t.db, { entity: 'material', entityId: video.id })).toHaveLength(2);
      expect(
        ((await me.client.get(`/api/materials/${video.id}`)).json() as Material).viewedAt,
      ).toBe(first.json().viewedAt);
      expect((await other.client.post(`/api/materials/${video.id}/views`)).statusCode).toBe(200);
      // overseers count the cadres of their scope
      expect(
        ((await w.as.unit_admin.get(`/api/materials/${video.id}`)).json() as Material).viewers,
      ).toBe(1);
      expect(
        ((await w.as.office.get(`/api/materials/${video.id}`)).json() as Material).viewers,
      ).toBe(2);
      expect(
        (await w.as.office.get(`/api/materials/${video.id}?orgId=${w.unitB.id}`)).statusCode,
      ).toBe(200);
    });

    it('keeps a studied material: it cannot be deleted', async () => {
      const m = await make({ kind: 'link', link: 'https://example.org/x', copies: null });
      expect((await me.client.post(`/api/materials/${m.id}/views`)).statusCode).toBe(200);
      expect(((await w.as.office.get(`/api/materials/${m.id}`)).json() as Material).deletable).toBe(
        false,
      );
      const res = await w.as.office.delete(`/api/materials/${m.id}`);
      expectError(res, 409, 'MATERIAL_SENT');
      expect(res.json().error.message).toContain('1 名干部');
    });

    it('refuses a material that is not online, and an account without a cadre', async () => {
      expectError(
        await me.client.post(`/api/materials/${dvd.id}/views`),
        409,
        'MATERIAL_NOT_ONLINE',
      );
      expectError(
        await w.as.cadre.post(`/api/materials/${video.id}/views`),
        400,
        'MATERIAL_NO_CADRE',
      );
      expectError(
        await w.as.unit_admin.post(`/api/materials/${video.id}/views`),
        400,
        'MATERIAL_NO_CADRE',
      );
    });
  });
});
