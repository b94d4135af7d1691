import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import {
  expectError,
  expectEveryCall,
  expectNotFound,
  expectValidation,
} from '../../test/expect.ts';
import { makeContactPoint } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';
import { decodeQr, pdfInfo, pdfToText } from '../../test/pdf.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';

const BASE = 'https://tiexin.example.cn';

type Letter = { id: string; state: string; title: string; editable: boolean };
type Delivery = { id: string; contactPointName: string | null; copies: number; households: number };

/** 公开信: the same document base as 调研课题 (research.test.ts), and its deliveries (寄发). */
describe('open letters API', () => {
  const { t, w } = useWorld({ PUBLIC_BASE_URL: BASE });
  let campaignId: string;
  let leader: { cadreId: string; client: Client; userId: string };
  let pointA: { id: string; name: string };
  let pointB: { id: string; name: string };
  beforeAll(async () => {
    campaignId = (await makeCampaign(t.db, { name: '公开信测试活动' })).id;
    leader = await makeCadreWithLogin(t, w.unitA, { name: '赵书记' });
    pointA = await makeContactPoint(t.db, w.unitA, '李家村');
    pointB = await makeContactPoint(t.db, w.unitB, '乙单位的村');
  });

  const write = (c: Client, extra: Record<string, unknown> = {}) =>
    c.post('/api/letters', {
      campaignId,
      title: '致全县群众的一封公开信',
      body: '乡亲们：\n\n我是你们的联系干部。\n\n- 有事请找我',
      details: { salutation: '亲爱的乡亲们' },
      ...extra,
    });
  const step = (c: Client, id: string, action: string) =>
    c.post(`/api/letters/${id}/events`, { action });
  const deliver = (c: Client, id: string, extra: Record<string, unknown> = {}) =>
    c.post(`/api/letters/${id}/deliveries`, {
      contactPointId: pointA.id,
      households: 40,
      copies: 45,
      deliveredOn: '2014-05-06',
      ...extra,
    });

  let letter: Letter;

  it('answers 401 without a session, 403 to the inspector on writes', async () => {
    const id = '00000000-0000-7000-8000-000000000002';
    await expectEveryCall(
      t.app,
      [
        ['GET', '/api/letters'],
        ['POST', '/api/letters', { title: 'x' }],
        ['GET', `/api/letters/${id}/deliveries`],
        ['POST', `/api/letters/${id}/deliveries`, {}],
        ['DELETE', `/api/letters/${id}/deliveries/${id}`],
      ],
      401,
    );
    expectError(await write(w.as.inspector, { cadreId: leader.cadreId }), 403, 'FORBIDDEN');
  });

  it('is written by the unit for its leader, reviewed unit → office, published', async () => {
    const res = await write(w.as.unit_admin, { cadreId: leader.cadreId });
    expect(res.statusCode, res.body).toBe(201);
    letter = res.json() as Letter;
    // the leader sees it as his and may edit it while a draft
    expect(((await leader.client.get(`/api/letters/${letter.id}`)).json() as Letter).editable).toBe(
      true,
    );
    expect((await step(leader.client, letter.id, 'submit')).json().state).toBe('submitted');
    // delivery waits for approval
    expectError(await deliver(leader.client, letter.id), 409, 'LETTER_NOT_OUT');
    // the unit admin submitted nothing himself, so he reviews it; then the office
    expect((await step(w.as.unit_admin, letter.id, 'approve')).json().state).toBe('submitted');
    expect((await step(w.as.office, letter.id, 'approve')).json().state).toBe('approved');
    expect((await step(w.as.office, letter.id, 'publish')).json().state).toBe('published');
    const list = (await w.as.office.get('/api/letters?status=published')).json();
    expect(list.items.map((l: Letter) => l.id)).toContain(letter.id);
  });

  it('records its deliveries: where, to whom, how many, when; refuses bad ones in words', async () => {
    const created = await deliver(leader.client, letter.id);
    expect(created.statusCode, created.body).toBe(201);
    const items = created.json().items as Delivery[];
    expect(items[0]).toMatchObject({ contactPointName: '李家村', copies: 45, households: 40 });
    expect(await auditRows(t.db, { entity: 'letter_delivery', action: 'create' })).toHaveLength(1);

    expectError(
      await deliver(leader.client, letter.id, { deliveredOn: '2999-01-01' }),
      400,
      'LETTER_DELIVERY_FUTURE',
    );
    expectValidation(await deliver(leader.client, letter.id, { copies: 0 }), 'body.copies');
    expectValidation(
      await deliver(leader.client, letter.id, { contactPointId: null, recipients: '' }),
      'body.contactPointId',
    );
    // a contact point of another unit, out of the writer's reach
    expectNotFound(await deliver(w.as.unit_admin, letter.id, { contactPointId: pointB.id }));
    // to households named in words, without a contact point
    const toHouses = await deliver(w.as.unit_admin, letter.id, {
      contactPointId: null,
      recipients: '李家村三组',
      copies: 12,
    });
    expect(toHouses.statusCode, toHouses.body).toBe(201);
    const all = (await w.as.office.get(`/api/letters/${letter.id}/deliveries`)).json()
      .items as Delivery[];
    expect(all.map((d) => d.copies)).toEqual([45, 12]);

    // another unit's admin does not see the letter's deliveries; the inspector may not delete
    const second = all[1] as Delivery;
    expectError(
      await w.as.inspector.delete(`/api/letters/${letter.id}/deliveries/${second.id}`),
      403,
      'FORBIDDEN',
    );
    expect(
      (await leader.client.delete(`/api/letters/${letter.id}/deliveries/${second.id}`)).statusCode,
    ).toBe(204);
    expectNotFound(await leader.client.delete(`/api/letters/${letter.id}/deliveries/${second.id}`));
    expect(
      (await leader.client.get(`/api/letters/${letter.id}/deliveries`)).json().items,
    ).toHaveLength(1);
  });

  it("prints as an A4 letter with the author's card details and the QR code at the foot", async () => {
    const res = await w.as.office.get(`/api/letters/${letter.id}/print.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const info = await pdfInfo(res.rawPayload);
    expect([info.widthMm, info.heightMm]).toEqual([210, 297]);
    const text = await pdfToText(res.rawPayload);
    expect(text).toContain('致全县群众的一封公开信');
    expect(text).toContain('赵书记');
    expect(text).toContain('有事请找我');
    const last = info.pages;
    expect(await decodeQr(res.rawPayload, { page: last })).toBe(
      `${BASE}/public/submit?cadre=${leader.cadreId}`,
    );
    // out of reach for another unit's admin; 401 without a session
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/letters/${letter.id}/print.pdf` }))
        .statusCode,
    ).toBe(401);
  });

  it('is one letter per cadre and campaign', async () => {
    expectError(await write(leader.client), 409, 'DOCUMENT_EXISTS');
  });
});
