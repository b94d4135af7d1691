import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '../../../common/dates.ts';
import { cadreCards, cadres, campaigns, cardRecords } from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import {
  type ErrorDetail,
  expectError,
  expectNotFound,
  expectValidation,
} from '../../test/expect.ts';
import { makeCadre, makeContactPoint, makeOrg } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';
import { decodeQr, pdfInfo, pdfToText } from '../../test/pdf.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';

const BASE = 'https://tiexin.example.cn';
const PLEDGE = '群众的事再小也是大事，有求必应、有诺必践。';
const UNKNOWN = '01900000-0000-7000-8000-000000000000';
const today = todayInChina();

describe('connection cards API (干群连心卡)', () => {
  const { t, w } = useWorld({ PUBLIC_BASE_URL: BASE });
  let campaignId: string;
  let own: { cadreId: string; client: Client };
  let colleague: { id: string; name: string };
  let outsider: { id: string; name: string };
  let pointA: { id: string; name: string };
  let pointBranch: { id: string; name: string };
  let pointB: { id: string; name: string };
  let outsiderRecordId: string;

  beforeAll(async () => {
    const c = await makeCampaign(t.db, {
      name: '学习龚全珍，争做贴心人',
      startDate: addDays(today, -30),
      endDate: addDays(today, 60),
    });
    campaignId = c.id;
    await t.db.update(campaigns).set({ pledge: PLEDGE }).where(eq(campaigns.id, campaignId));
    own = await makeCadreWithLogin(t, w.unitA, { name: '张建国' });
    await t.db
      .update(cadres)
      .set({ leading: true, post: '党组书记、局长', email: 'zhangjianguo@tiexin.example.cn' })
      .where(eq(cadres.id, own.cadreId));
    const named = async (p: Promise<{ id: string }>, name: string) => ({ ...(await p), name });
    colleague = await named(
      makeCadre(t.db, w.branchA, { name: '李支书', leading: true, phone: null }),
      '李支书',
    );
    outsider = await named(makeCadre(t.db, w.unitB, { name: '王乙', leading: true }), '王乙');
    pointA = await makeContactPoint(t.db, w.unitA, '紫溪村');
    pointBranch = await makeContactPoint(t.db, w.branchA, '支部联系村');
    pointB = await makeContactPoint(t.db, w.unitB, '乙单位联系村');
    const [r] = await t.db
      .insert(cardRecords)
      .values({ cadreId: outsider.id, campaignId, kind: 'printed', count: 50, on: today })
      .returning({ id: cardRecords.id });
    outsiderRecordId = r?.id as string;
  });

  const cardBody = (extra: Record<string, unknown> = {}) => ({
    officePhone: '0799-6812345',
    showOfficePhone: true,
    showMobile: true,
    contactPointId: pointA.id,
    ...extra,
  });
  const recordBody = (extra: Record<string, unknown> = {}) => ({
    kind: 'printed',
    count: 100,
    on: today,
    ...extra,
  });

  describe('authentication and roles', () => {
    it('answers 401 to every route without a session', async () => {
      const calls = [
        { method: 'GET', url: `/api/cadres/${own.cadreId}/card` },
        { method: 'PUT', url: `/api/cadres/${own.cadreId}/card`, payload: cardBody() },
        { method: 'GET', url: `/api/cadres/${own.cadreId}/card.pdf` },
        { method: 'GET', url: `/api/orgs/${w.unitA.id}/cards.pdf` },
        { method: 'GET', url: `/api/cadres/${own.cadreId}/card-records` },
        { method: 'POST', url: `/api/cadres/${own.cadreId}/card-records`, payload: recordBody() },
        { method: 'DELETE', url: `/api/card-records/${outsiderRecordId}` },
      ] as const;
      for (const call of calls) {
        const res = await t.app.inject(call);
        expect(res.statusCode, `${call.method} ${call.url}`).toBe(401);
        expect(res.json().error.code).toBe('UNAUTHENTICATED');
      }
      expect(await t.db.select().from(cadreCards)).toHaveLength(0);
    });

    it('answers 403 to the inspector on every write, and lets him read', async () => {
      const c = w.as.inspector;
      for (const res of [
        await c.request({
          method: 'PUT',
          url: `/api/cadres/${own.cadreId}/card`,
          payload: cardBody(),
        }),
        await c.post(`/api/cadres/${own.cadreId}/card-records`, recordBody()),
        await c.delete(`/api/card-records/${outsiderRecordId}`),
      ]) {
        expectError(res, 403, 'FORBIDDEN');
      }
      expect((await c.get(`/api/cadres/${outsider.id}/card`)).statusCode).toBe(200);
      expect((await c.get(`/api/cadres/${outsider.id}/card-records`)).statusCode).toBe(200);
    });

    it("answers 403 in words to a cadre account writing another cadre's card or records", async () => {
      const put = await own.client.request({
        method: 'PUT',
        url: `/api/cadres/${colleague.id}/card`,
        payload: cardBody({ showMobile: false, contactPointId: null }),
      });
      expect(expectError(put, 403, 'FORBIDDEN').message).toBe(
        '只能维护本人的连心卡及其印制、发放记录',
      );
      expectError(
        await own.client.post(`/api/cadres/${colleague.id}/card-records`, recordBody()),
        403,
        'FORBIDDEN',
      );
      // a cadre account without a linked cadre writes nobody's card
      expectError(
        await w.as.cadre.request({
          method: 'PUT',
          url: `/api/cadres/${own.cadreId}/card`,
          payload: cardBody(),
        }),
        403,
        'FORBIDDEN',
      );
      // but reads his unit's cards
      expect((await own.client.get(`/api/cadres/${colleague.id}/card`)).statusCode).toBe(200);
      expect(await auditRows(t.db, { entityId: colleague.id })).toHaveLength(0);
    });
  });

  describe('unit scope', () => {
    it("answers 404 to a unit admin or cadre on another unit's cadre, unit or record", async () => {
      for (const c of [w.as.unit_admin, own.client]) {
        expectNotFound(await c.get(`/api/cadres/${outsider.id}/card`));
        expectNotFound(await c.get(`/api/cadres/${outsider.id}/card.pdf`));
        expectNotFound(await c.get(`/api/cadres/${outsider.id}/card-records`));
        expectNotFound(await c.get(`/api/orgs/${w.unitB.id}/cards.pdf`));
        expectNotFound(
          await c.request({
            method: 'PUT',
            url: `/api/cadres/${outsider.id}/card`,
            payload: cardBody({ contactPointId: pointB.id }),
          }),
        );
        expectNotFound(await c.post(`/api/cadres/${outsider.id}/card-records`, recordBody()));
        expectNotFound(await c.delete(`/api/card-records/${outsiderRecordId}`));
      }
      expectNotFound(await w.as.unit_admin.get(`/api/orgs/${w.bureau.id}/cards.pdf`));
      expect(
        await t.db.select().from(cardRecords).where(eq(cardRecords.id, outsiderRecordId)),
      ).toHaveLength(1);
      expect(await auditRows(t.db, { entityId: outsider.id })).toHaveLength(0);
    });

    it('answers 404 to unknown ids and an unknown campaign', async () => {
      const a = w.as.admin;
      expectNotFound(await a.get(`/api/cadres/${UNKNOWN}/card`));
      expectNotFound(await a.get(`/api/cadres/${UNKNOWN}/card.pdf`));
      expectNotFound(await a.get(`/api/orgs/${UNKNOWN}/cards.pdf`));
      expectNotFound(await a.get(`/api/cadres/${UNKNOWN}/card-records`));
      expectNotFound(await a.delete(`/api/card-records/${UNKNOWN}`));
      expectNotFound(await a.get(`/api/cadres/${own.cadreId}/card?campaignId=${UNKNOWN}`));
      expectNotFound(await a.get(`/api/cadres/${own.cadreId}/card-records?campaignId=${UNKNOWN}`));
      expectNotFound(
        await a.post(
          `/api/cadres/${own.cadreId}/card-records`,
          recordBody({ campaignId: UNKNOWN }),
        ),
      );
    });
  });

  describe('validation', () => {
    const put = (c: Client, cadreId: string, body: unknown) =>
      c.request({ method: 'PUT', url: `/api/cadres/${cadreId}/card`, payload: body as object });

    it('answers 400 with the field and a zh-CN message to a bad card', async () => {
      const ua = w.as.unit_admin;
      const bad = expectValidation(
        await put(ua, own.cadreId, cardBody({ officePhone: '12345' })),
        'body.officePhone',
      );
      expect(bad.details.find((d: ErrorDetail) => d.field === 'body.officePhone')?.message).toMatch(
        /[\u4e00-\u9fff]/,
      );
      const empty = expectValidation(
        await put(ua, own.cadreId, cardBody({ officePhone: '' })),
        'body.officePhone',
      );
      expect(empty.details[0]?.message).toBe('请填写办公电话，或选择不印办公电话');
      const { showMobile: _s, ...noShowMobile } = cardBody();
      expectValidation(await put(ua, own.cadreId, noShowMobile), 'body.showMobile');
      expectValidation(
        await put(ua, own.cadreId, cardBody({ contactPointId: 'x' })),
        'body.contactPointId',
      );
      expectValidation(await put(ua, 'not-a-uuid', cardBody()), 'params.id');
      // a contact point of another unit, or of a sub-unit the cadre does not belong to
      for (const point of [pointB, pointBranch]) {
        const res = await put(ua, own.cadreId, cardBody({ contactPointId: point.id }));
        expect(expectValidation(res, 'body.contactPointId').message).toBe(
          '联系点须是该干部所在单位（或上级单位）的基层联系点',
        );
      }
      // the mobile cannot be printed when the cadre has none on file
      const noPhone = await put(ua, colleague.id, cardBody({ contactPointId: null }));
      expect(expectValidation(noPhone, 'body.showMobile').message).toContain('没有登记手机号');
      expect(await t.db.select().from(cadreCards)).toHaveLength(0);
      expect(await auditRows(t.db, { entity: 'cadre_card' })).toHaveLength(0);
    });

    it('answers 400 with the field and a zh-CN message to a bad record', async () => {
      const c = own.client;
      const post = (extra: Record<string, unknown>) =>
        c.post(`/api/cadres/${own.cadreId}/card-records`, recordBody(extra));
      expectValidation(await post({ count: 0 }), 'body.count');
      expectValidation(await post({ count: 2.5 }), 'body.count');
      expectValidation(await post({ count: '10' }), 'body.count');
      expectValidation(await post({ kind: 'burnt' }), 'body.kind');
      expectValidation(await post({ on: '2014-02-30' }), 'body.on');
      const future = expectValidation(await post({ on: addDays(today, 1) }), 'body.on');
      expect(future.details[0]?.message).toBe('日期不能晚于今天');
      const noPoint = expectValidation(await post({ kind: 'handed_out' }), 'body.contactPointId');
      expect(noPoint.details[0]?.message).toBe('发放须选择联系点');
      expectValidation(await post({ note: 'x'.repeat(2001) }), 'body.note');
      expectValidation(
        await post({ kind: 'handed_out', contactPointId: pointB.id }),
        'body.contactPointId',
      );
      expectValidation(
        await c.get(`/api/cadres/${own.cadreId}/card-records?campaignId=x`),
        'querystring.campaignId',
      );
      expectValidation(
        await c.get(`/api/cadres/${own.cadreId}/card.pdf?campaignId=x`),
        'querystring.campaignId',
      );
      expectValidation(await c.delete('/api/card-records/nope'), 'params.id');
      expect(
        await t.db.select().from(cardRecords).where(eq(cardRecords.cadreId, own.cadreId)),
      ).toHaveLength(0);
    });

    it('answers 400 to a batch for a unit without active leading cadres', async () => {
      const empty = await makeOrg(t.db, {
        parent: w.unitA,
        name: '无领导干部的支部',
        kind: 'branch',
      });
      await makeCadre(t.db, empty, { name: '普通干部', leading: false });
      await makeCadre(t.db, empty, { name: '已停用领导', leading: true, active: false });
      const res = await w.as.unit_admin.get(`/api/orgs/${empty.id}/cards.pdf`);
      expect(expectError(res, 400, 'VALIDATION').message).toBe(
        '该单位及其下级单位没有在职的领导干部，没有可打印的连心卡',
      );
    });
  });

  describe('the card', () => {
    it('starts from the defaults, with the pledge of the current campaign and the QR address', async () => {
      const res = await w.as.unit_admin.get(`/api/cadres/${colleague.id}/card`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        cadreId: colleague.id,
        name: '李支书',
        post: '科员',
        orgId: w.branchA.id,
        orgName: w.branchA.name,
        officePhone: '',
        showOfficePhone: true,
        mobile: null,
        showMobile: false,
        email: null,
        contactPoint: null,
        campaign: { id: campaignId, name: '学习龚全珍，争做贴心人' },
        pledge: PLEDGE,
        qrUrl: `${BASE}/public/submit?cadre=${colleague.id}`,
        updatedAt: null,
      });
    });

    it('saves the choices of the cadre himself, audited, and prints only what he chose', async () => {
      const res = await own.client.request({
        method: 'PUT',
        url: `/api/cadres/${own.cadreId}/card`,
        payload: cardBody({ showMobile: false }),
      });
      expect(res.statusCode).toBe(200);
      const card = res.json();
      expect(card).toMatchObject({
        cadreId: own.cadreId,
        name: '张建国',
        post: '党组书记、局长',
        orgName: w.unitA.name,
        officePhone: '0799-6812345',
        showOfficePhone: true,
        showMobile: false,
        email: 'zhangjianguo@tiexin.example.cn',
        contactPoint: { id: pointA.id, name: '紫溪村' },
        pledge: PLEDGE,
        qrUrl: `${BASE}/public/submit?cadre=${own.cadreId}`,
      });
      expect(card.mobile).toMatch(/^139/);
      expect(card.updatedAt).toEqual(expect.any(String));
      expect((await own.client.get(`/api/cadres/${own.cadreId}/card`)).json()).toEqual(card);

      const [row] = await auditRows(t.db, { entity: 'cadre_card', entityId: own.cadreId });
      expect(row).toMatchObject({
        action: 'update',
        summary: '修改 张建国 的连心卡内容',
        before: { officePhone: '', showOfficePhone: true, showMobile: false, contactPointId: null },
        after: {
          officePhone: '0799-6812345',
          showOfficePhone: true,
          showMobile: false,
          contactPointId: pointA.id,
        },
      });

      const pdf = await own.client.get(`/api/cadres/${own.cadreId}/card.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['cache-control']).toBe('no-store');
      expect(pdf.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent('干群连心卡-张建国.pdf')}`,
      );
      const text = await pdfToText(pdf.rawPayload);
      for (const word of ['张建国', '党组书记、局长', '0799-6812345', '紫溪村', '扫码向我反映诉求'])
        expect(text).toContain(word);
      expect(text).toContain('zhangjianguo@tiexin.example.cn');
      expect(text.replace(/\s/g, '')).toContain(PLEDGE);
      expect(text).not.toContain(card.mobile);
    });

    it('lets a unit admin set the card of a cadre of a sub-unit, with the mobile', async () => {
      await t.db.update(cadres).set({ phone: '13907991234' }).where(eq(cadres.id, colleague.id));
      const res = await w.as.unit_admin.request({
        method: 'PUT',
        url: `/api/cadres/${colleague.id}/card`,
        payload: {
          officePhone: '',
          showOfficePhone: false,
          showMobile: true,
          contactPointId: pointBranch.id,
        },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        showMobile: true,
        mobile: '13907991234',
        officePhone: '',
      });
      const text = await pdfToText(
        (await w.as.office.get(`/api/cadres/${colleague.id}/card.pdf`)).rawPayload,
      );
      expect(text).toContain('13907991234');
      expect(text).not.toContain('办公电话');
      expect(text).toContain('支部联系村');
      expect(await auditRows(t.db, { entity: 'cadre_card', entityId: colleague.id })).toHaveLength(
        1,
      );
    });

    it('prints a business-card PDF whose QR code opens the citizens’ form for the cadre', async () => {
      const res = await w.as.inspector.get(`/api/cadres/${own.cadreId}/card.pdf`);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(await pdfInfo(res.rawPayload)).toEqual({ pages: 1, widthMm: 90, heightMm: 54 });
      expect(await decodeQr(res.rawPayload)).toBe(`${BASE}/public/submit?cadre=${own.cadreId}`);
    });

    it('prints the pledge of the campaign asked for', async () => {
      const other = await makeCampaign(t.db, { name: '往年活动', status: 'closed' });
      await t.db.update(campaigns).set({ pledge: '往年的承诺' }).where(eq(campaigns.id, other.id));
      const card = await w.as.office.get(`/api/cadres/${own.cadreId}/card?campaignId=${other.id}`);
      expect(card.json()).toMatchObject({
        pledge: '往年的承诺',
        campaign: { id: other.id, name: '往年活动' },
      });
      const pdf = await w.as.office.get(
        `/api/cadres/${own.cadreId}/card.pdf?campaignId=${other.id}`,
      );
      const text = await pdfToText(pdf.rawPayload);
      expect(text).toContain('往年的承诺');
      expect(text).not.toContain(PLEDGE.slice(0, 8));
    });
  });

  describe('the batch of a unit', () => {
    it('prints every active leading cadre of the unit and its sub-units, ten to an A4 sheet with working QR codes', async () => {
      const unit = await makeOrg(t.db, { parent: w.bureau, name: '丙单位' });
      const branch = await makeOrg(t.db, { parent: unit, name: '丙单位支部', kind: 'branch' });
      const leaders: { id: string; name: string }[] = [];
      const leader = async (org: typeof unit, name: string) => {
        leaders.push({ ...(await makeCadre(t.db, org, { name, leading: true })), name });
      };
      for (let i = 0; i < 8; i++) await leader(unit, `丙领导${i}`);
      for (let i = 0; i < 4; i++) await leader(branch, `丙支部领导${i}`);
      await makeCadre(t.db, unit, { name: '丙普通干部', leading: false });
      await makeCadre(t.db, unit, { name: '丙停用领导', leading: true, active: false });

      const res = await w.as.office.get(`/api/orgs/${unit.id}/cards.pdf`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain(
        encodeURIComponent('干群连心卡-丙单位.pdf'),
      );
      const info = await pdfInfo(res.rawPayload);
      expect(info).toEqual({ pages: 2, widthMm: 210, heightMm: 297 });
      const text = await pdfToText(res.rawPayload);
      for (const c of leaders) expect(text).toContain(c.name);
      expect(text).not.toContain('丙普通干部');
      expect(text).not.toContain('丙停用领导');
      expect(text.replace(/\s/g, '')).toContain('第1页/共2页');

      // the first card of the sheet (15 mm from the left, 13.5 mm from the top) and the first
      // of the second sheet: unit by unit, then by name
      const first = await decodeQr(res.rawPayload, { crop: { x: 15, y: 13.5, w: 90, h: 54 } });
      expect(first).toBe(`${BASE}/public/submit?cadre=${leaders[0]?.id}`);
      const eleventh = await decodeQr(res.rawPayload, {
        page: 2,
        crop: { x: 15, y: 13.5, w: 90, h: 54 },
      });
      expect(eleventh).toBe(`${BASE}/public/submit?cadre=${leaders[10]?.id}`);
    });

    it('lets a cadre print the batch of his own unit', async () => {
      const res = await own.client.get(`/api/orgs/${w.unitA.id}/cards.pdf`);
      expect(res.statusCode).toBe(200);
      const text = await pdfToText(res.rawPayload);
      expect(text).toContain('张建国');
      expect(text).toContain('李支书');
      expect(text).not.toContain('王乙');
    });
  });

  describe('records of cards printed and handed out', () => {
    it('records a print run and a handout by the cadre himself, audited, and sums them', async () => {
      const printed = await own.client.post(`/api/cadres/${own.cadreId}/card-records`, {
        kind: 'printed',
        count: 200,
        on: addDays(today, -3),
        note: '单位文印室',
      });
      expect(printed.statusCode).toBe(201);
      expect(printed.json()).toEqual({
        id: expect.any(String),
        cadreId: own.cadreId,
        campaignId,
        kind: 'printed',
        count: 200,
        on: addDays(today, -3),
        contactPoint: null,
        note: '单位文印室',
        createdByName: 'cadre 用户',
        createdAt: expect.any(String),
      });
      const handed = await own.client.post(`/api/cadres/${own.cadreId}/card-records`, {
        kind: 'handed_out',
        count: 45,
        on: today,
        contactPointId: pointA.id,
      });
      expect(handed.statusCode).toBe(201);
      expect(handed.json().contactPoint).toEqual({ id: pointA.id, name: '紫溪村' });

      const list = await w.as.unit_admin.get(`/api/cadres/${own.cadreId}/card-records`);
      expect(list.json()).toMatchObject({
        total: 2,
        campaign: { id: campaignId },
        printed: 200,
        handedOut: 45,
      });
      expect(list.json().items.map((r: { id: string }) => r.id)).toEqual([
        handed.json().id,
        printed.json().id,
      ]);

      const [row] = await auditRows(t.db, { entityId: printed.json().id });
      expect(row).toMatchObject({
        action: 'create',
        entity: 'card_record',
        summary: `登记 张建国 的连心卡印制 200 张（${addDays(today, -3)}）`,
        after: { cadreId: own.cadreId, campaignId, kind: 'printed', count: 200 },
      });
    });

    it('lists the records of another campaign only when asked', async () => {
      const other = await makeCampaign(t.db, { name: '另一活动', status: 'closed' });
      const made = await w.as.unit_admin.post(`/api/cadres/${own.cadreId}/card-records`, {
        ...recordBody({ count: 30 }),
        campaignId: other.id,
      });
      expect(made.statusCode).toBe(201);
      expect(made.json().createdByName).toBe('unit_admin 用户');
      const list = await w.as.unit_admin.get(
        `/api/cadres/${own.cadreId}/card-records?campaignId=${other.id}`,
      );
      expect(list.json()).toMatchObject({ total: 1, printed: 30, handedOut: 0 });
      const current = await w.as.unit_admin.get(`/api/cadres/${own.cadreId}/card-records`);
      expect(current.json().items.some((r: { id: string }) => r.id === made.json().id)).toBe(false);
    });

    it("deletes a record, audited; a cadre not another's", async () => {
      const made = await w.as.unit_admin.post(
        `/api/cadres/${colleague.id}/card-records`,
        recordBody({ count: 12 }),
      );
      const id = made.json().id;
      expectError(await own.client.delete(`/api/card-records/${id}`), 403, 'FORBIDDEN');
      const res = await w.as.unit_admin.delete(`/api/card-records/${id}`);
      expect(res.statusCode).toBe(204);
      expect(await t.db.select().from(cardRecords).where(eq(cardRecords.id, id))).toHaveLength(0);
      expectNotFound(await w.as.unit_admin.delete(`/api/card-records/${id}`));
      const rows = await auditRows(t.db, { entityId: id });
      expect(rows.map((r) => r.action).sort()).toEqual(['create', 'delete']);
      expect(rows.find((r) => r.action === 'delete')).toMatchObject({
        entity: 'card_record',
        summary: `删除 李支书 的连心卡印制记录 12 张（${today}）`,
        before: { cadreId: colleague.id, count: 12 },
      });
      // the cadre deletes his own
      const mine = await own.client.post(`/api/cadres/${own.cadreId}/card-records`, recordBody());
      expect((await own.client.delete(`/api/card-records/${mine.json().id}`)).statusCode).toBe(204);
    });
  });
});

describe('connection cards without a current campaign', () => {
  const { t, w } = useWorld({ PUBLIC_BASE_URL: BASE });

  it('prints no pledge, lists no records and refuses a record in words', async () => {
    const cadre = await makeCadre(t.db, w.unitA, { name: '无活动干部', leading: true });
    await makeCampaign(t.db, { name: '已结束活动', status: 'closed' });
    const card = await w.as.unit_admin.get(`/api/cadres/${cadre.id}/card`);
    expect(card.json()).toMatchObject({ campaign: null, pledge: '' });
    const list = await w.as.unit_admin.get(`/api/cadres/${cadre.id}/card-records`);
    expect(list.json()).toEqual({ items: [], total: 0, campaign: null, printed: 0, handedOut: 0 });
    const res = await w.as.unit_admin.post(`/api/cadres/${cadre.id}/card-records`, {
      kind: 'printed',
      count: 10,
      on: today,
    });
    expect(expectValidation(res, 'body.campaignId').message).toBe(
      '当前没有进行中的活动，请选择活动',
    );
    const pdf = await w.as.unit_admin.get(`/api/cadres/${cadre.id}/card.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(await decodeQr(pdf.rawPayload)).toBe(`${BASE}/public/submit?cadre=${cadre.id}`);
  });
});
