import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TCaseAction, TCaseRating, TCaseStatus } from '../../../common/cases.ts';
import { cases } from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { lastCaseEvent, makeCase, SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';
import { TRANSITIONS } from './lifecycle.ts';

/** The staff case page's extras: the steps offered now, and a letter's scanned attachments. */
describe('cases: staff page support', () => {
  const { t, w } = useWorld();
  let handler: { cadreId: string; client: Client };
  let otherCadre: { cadreId: string; client: Client };

  beforeAll(async () => {
    handler = await makeCadreWithLogin(t, w.unitA, { name: '承办干部' });
    otherCadre = await makeCadreWithLogin(t, w.unitA, { name: '同单位干部' });
  });

  const atIntake = (status: TCaseStatus) => status === 'received' || status === 'accepted';
  const caseIn = (status: TCaseStatus, rating: TCaseRating | null = null) =>
    makeCase(t.db, {
      status,
      assignedOrgId: atIntake(status) ? null : w.unitA.id,
      handlerCadreId: atIntake(status) ? null : handler.cadreId,
      rating,
    });

  const offered = async (client: Client, id: string) => {
    const res = await client.get(`/api/cases/${id}/actions`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { action: TCaseAction }[]).map((a) => a.action);
  };

  async function inputFor(action: TCaseAction) {
    switch (action) {
      case 'assign':
        return { action, orgId: w.unitA.id, handlerCadreId: handler.cadreId };
      case 'transfer':
        return { action, orgId: w.unitA.id, handlerCadreId: handler.cadreId, reason: '职责调整' };
      case 'answer':
        return { action, answer: '已经修好', measures: '组织施工' };
      case 'return':
      case 'not_accept':
        return { action, reason: '不属于受理范围' };
      case 'merge': {
        const earlier = await makeCase(t.db, { createdAt: new Date('2014-01-01T00:00:00Z') });
        return { action, mergeIntoId: earlier.id };
      }
      default:
        return { action, note: '内部备注' };
    }
  }

  describe('GET /api/cases/{id}/actions', () => {
    it('answers 401 without a session, 400 to a bad id, 404 to an unknown or unseen case', async () => {
      const c = await caseIn('received');
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/cases/${c.id}/actions` })).statusCode,
      ).toBe(401);
      expect((await w.as.office.get('/api/cases/not-an-id/actions')).statusCode).toBe(400);
      expect(
        (await w.as.office.get('/api/cases/01900000-0000-7000-8000-0000000000ff/actions'))
          .statusCode,
      ).toBe(404);
      // not yet assigned: outside a unit admin's sight
      expect((await w.as.unit_admin.get(`/api/cases/${c.id}/actions`)).statusCode).toBe(404);
      const elsewhere = await makeCase(t.db, { status: 'assigned', assignedOrgId: w.unitB.id });
      expect((await w.as.unit_admin.get(`/api/cases/${elsewhere.id}/actions`)).statusCode).toBe(
        404,
      );
    });

    it('offers the office intake steps on a new case, the handler his steps, the inspector none', async () => {
      const fresh = await caseIn('received');
      expect(await offered(w.as.office, fresh.id)).toEqual([
        'accept',
        'assign',
        'merge',
        'not_accept',
        'note',
      ]);
      expect(await offered(w.as.inspector, fresh.id)).toEqual([]);
      const assigned = await caseIn('assigned');
      expect(await offered(handler.client, assigned.id)).toEqual(['start', 'note']);
      expect(await offered(otherCadre.client, assigned.id)).toEqual([]);
      expect(await offered(w.as.unit_admin, assigned.id)).toEqual(['start', 'return', 'note']);
      const res = await w.as.office.get(`/api/cases/${assigned.id}/actions`);
      expect(res.json().items).toContainEqual({
        action: 'transfer',
        label: '转办',
        public: true,
        fields: [
          { name: 'orgId', label: '承办单位', type: 'org', required: true },
          { name: 'handlerCadreId', label: '承办人', type: 'cadre', required: true },
          { name: 'reason', label: '理由', type: 'textarea', maxLength: 2000, required: true },
        ],
      });
    });

    it('makes a new case 待受理 and 受理 makes it 已受理, after which 受理 is no longer offered', async () => {
      const fresh = await caseIn('received');
      const done = await w.as.office.post(`/api/cases/${fresh.id}/events`, { action: 'accept' });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ status: 'accepted' });
      expect(await offered(w.as.office, fresh.id)).toEqual([
        'assign',
        'merge',
        'not_accept',
        'note',
      ]);
      const again = await w.as.office.post(`/api/cases/${fresh.id}/events`, { action: 'accept' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.message).toContain('已受理');
    });

    it('lets 受理 file a mail or SMS case under the right category, audited', async () => {
      const mail = await makeCase(t.db, { channel: 'email', categoryId: SEEDED_CATEGORY.other });
      const done = await w.as.office.post(`/api/cases/${mail.id}/events`, {
        action: 'accept',
        categoryId: SEEDED_CATEGORY.roads,
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({
        status: 'accepted',
        categoryId: SEEDED_CATEGORY.roads,
        categoryName: '道路交通',
      });
      expect(await lastCaseEvent(w.as.office, mail.id)).toMatchObject({
        action: 'accept',
        fromState: 'received',
        toState: 'accepted',
        note: '类别由「其他」改为「道路交通」',
      });
      const [a] = await auditRows(t.db, {
        entityId: mail.id,
        summary: `受理 ${mail.trackingCode}`,
      });
      expect(a).toMatchObject({
        before: { status: 'received', categoryId: SEEDED_CATEGORY.other },
        after: { status: 'accepted', categoryId: SEEDED_CATEGORY.roads },
      });
      // a switched-off or unknown category is refused, and the case stays 待受理
      const other = await makeCase(t.db, { channel: 'sms', categoryId: SEEDED_CATEGORY.other });
      const bad = await w.as.office.post(`/api/cases/${other.id}/events`, {
        action: 'accept',
        categoryId: '01900000-0000-7000-8000-0000000000ff',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('CASE_CATEGORY');
      const [row] = await t.db.select().from(cases).where(eq(cases.id, other.id));
      expect(row).toMatchObject({ status: 'received', categoryId: SEEDED_CATEGORY.other });
    });

    it('offers 销号 only once the citizen was satisfied or basically satisfied', async () => {
      expect(await offered(w.as.unit_admin, (await caseIn('answered')).id)).not.toContain(
        'sign_off',
      );
      expect(
        await offered(w.as.unit_admin, (await caseIn('answered', 'dissatisfied')).id),
      ).not.toContain('sign_off');
      expect(await offered(w.as.unit_admin, (await caseIn('answered', 'basically')).id)).toContain(
        'sign_off',
      );
    });

    it('offers exactly the steps the server then accepts, for every status and role', async () => {
      const staffActions = TRANSITIONS.filter((x) => x.who !== 'citizen').map((x) => x.action);
      const statuses: [TCaseStatus, TCaseRating | null][] = [
        ['received', null],
        ['accepted', null],
        ['assigned', null],
        ['in_progress', null],
        ['answered', 'satisfied'],
        ['returned', null],
        ['signed_off', 'satisfied'],
      ];
      const actors: [string, Client][] = [
        ['office', w.as.office],
        ['unit_admin', w.as.unit_admin],
        ['handler', handler.client],
        ['other cadre', otherCadre.client],
      ];
      for (const [status, rating] of statuses) {
        for (const [who, client] of actors) {
          const probe = await caseIn(status, rating);
          const res = await client.get(`/api/cases/${probe.id}/actions`);
          const allowed =
            res.statusCode === 404
              ? []
              : (res.json().items as { action: TCaseAction }[]).map((a) => a.action);
          for (const action of staffActions) {
            const c = await caseIn(status, rating);
            const done = await client.post(`/api/cases/${c.id}/events`, await inputFor(action));
            expect(
              done.statusCode === 200,
              `${who} ${action} from ${status}: ${done.statusCode} ${done.body}`,
            ).toBe(allowed.includes(action));
          }
        }
      }
    }, 120_000);
  });

  describe('a letter entered with its scan', () => {
    const boundary = '----case';
    const upload = (client: Client, name = 'letter.png') =>
      client.request({
        method: 'POST',
        url: '/api/attachments',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
          ),
          Buffer.from('89504e470d0a1a0a', 'hex'),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
    const letter = (attachments: unknown) => ({
      channel: 'letter',
      categoryId: SEEDED_CATEGORY.roads,
      content: '来信反映：村道年久失修，请求修缮',
      citizenName: '李来信',
      attachments,
    });

    it('keeps the scan with the case, readable by whoever sees the case', async () => {
      const up = await upload(w.as.office, '来信扫描.png');
      expect(up.statusCode, up.body).toBe(201);
      const created = await w.as.office.post('/api/cases', letter([up.json().id]));
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      // the case's page lists its files
      const detail = await w.as.office.get(`/api/cases/${id}`);
      expect(detail.statusCode).toBe(200);
      expect(detail.json().attachments).toEqual([
        expect.objectContaining({
          fileName: '来信扫描.png',
          url: `/api/attachments/${up.json().id}`,
        }),
      ]);
      expect((await w.as.inspector.get(up.json().url)).statusCode).toBe(200);
      // a unit sees the file once the case is assigned to it, not before
      expect((await w.as.unit_admin.get(`/api/cases/${id}`)).statusCode).toBe(404);
      expect((await w.as.unit_admin.get(up.json().url)).statusCode).toBe(404);
      await w.as.office.post(`/api/cases/${id}/events`, {
        action: 'assign',
        orgId: w.unitA.id,
        handlerCadreId: handler.cadreId,
      });
      expect((await handler.client.get(up.json().url)).statusCode).toBe(200);
      expect((await w.as.unit_admin.get(`/api/cases/${id}`)).json().attachments).toHaveLength(1);
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/attachments/${up.json().id}` })).statusCode,
      ).toBe(401);
    });

    it('refuses a scan that is not the user’s own upload and leaves no case behind', async () => {
      const up = await upload(w.as.admin);
      const content = `来信反映：他人的附件 ${Date.now()}`;
      const res = await w.as.office.post('/api/cases', { ...letter([up.json().id]), content });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('ATTACHMENT_INVALID');
      expect(await t.db.select().from(cases).where(eq(cases.content, content))).toHaveLength(0);
      expect((await w.as.office.post('/api/cases', letter(['x']))).statusCode).toBe(400);
      expect((await w.as.inspector.post('/api/cases', letter([]))).statusCode).toBe(403);
      // no attachments at all is fine
      expect((await w.as.office.post('/api/cases', letter(undefined))).statusCode).toBe(201);
    });
  });
});
