import net from 'node:net';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases, outbox } from '../../db/schema/index.ts';
import type { SmsProvider } from '../../platform/sms.ts';
import { auditRows } from '../../test/audit.ts';
import { makeCadre } from '../../test/factories.ts';
import { makeCase, SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { column, expectSheet } from '../../test/xlsx.ts';
import { outboxSenders } from './channels.jobs.ts';
import { deliverPending, maskRecipient } from './outbox.service.ts';

/** A port nobody listens on: a relay that is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('the outbox', () => {
  const { t, w } = useWorld();

  const rowsOf = (caseId: string) =>
    t.db.select().from(outbox).where(eq(outbox.caseId, caseId)).orderBy(outbox.createdAt);
  const clear = () => t.db.delete(outbox);

  describe('notices queued with the case change', () => {
    it('acknowledges a web submission with a phone by SMS and an anonymous one not at all', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/public/cases',
        payload: {
          categoryId: SEEDED_CATEGORY.roads,
          content: '村道破损严重',
          phone: '13812345678',
        },
      });
      expect(res.statusCode).toBe(201);
      const [c] = await t.db
        .select()
        .from(cases)
        .where(eq(cases.trackingCode, res.json().trackingCode));
      const [ack] = await rowsOf(c?.id ?? '');
      expect(ack).toMatchObject({ kind: 'sms', recipient: '13812345678', status: 'pending' });
      expect(ack?.body).toBe(
        `【贴心人】您反映的问题已收到，查询码${c?.trackingCode}，进度查询：http://localhost:3000/public/track/${c?.trackingCode}`,
      );

      const anon = await t.app.inject({
        method: 'POST',
        url: '/api/public/cases',
        payload: {
          categoryId: SEEDED_CATEGORY.roads,
          content: '匿名反映问题',
          anonymous: true,
          phone: '13812345678',
        },
      });
      const [a] = await t.db
        .select()
        .from(cases)
        .where(eq(cases.trackingCode, anon.json().trackingCode));
      expect(await rowsOf(a?.id ?? '')).toHaveLength(0);
    });

    it('tells the citizen the answer with a rating link, a merge and a refusal with its reason', async () => {
      const handler = await makeCadre(t.db, w.unitA);
      const c = await makeCase(t.db, {
        status: 'in_progress',
        assignedOrgId: w.unitA.id,
        handlerCadreId: handler.id,
      });
      await t.db.update(cases).set({ citizenEmail: 'q@example.com' }).where(eq(cases.id, c.id));
      const answered = await w.as.admin.post(`/api/cases/${c.id}/events`, {
        action: 'answer',
        answer: '道路已于本周修复完毕。',
      });
      expect(answered.statusCode).toBe(200);
      const [mail] = await rowsOf(c.id);
      expect(mail).toMatchObject({ kind: 'email', recipient: 'q@example.com' });
      expect(mail?.subject).toBe(`您反映的问题已办结（查询码 ${c.trackingCode}）`);
      expect(mail?.body).toContain('道路已于本周修复完毕。');
      expect(mail?.body).toContain(`/public/track/${c.trackingCode}#rate`);

      const first = await makeCase(t.db, { createdAt: new Date(Date.now() - 60_000) });
      const dup = await makeCase(t.db, { citizenPhone: '13700001111' });
      expect(
        (
          await w.as.office.post(`/api/cases/${dup.id}/events`, {
            action: 'merge',
            mergeIntoId: first.id,
          })
        ).statusCode,
      ).toBe(200);
      const [merged] = await rowsOf(dup.id);
      expect(merged).toMatchObject({ kind: 'sms', recipient: '13700001111' });
      expect(merged?.body).toContain(first.trackingCode);
      expect(await rowsOf(first.id)).toHaveLength(0);

      const refused = await makeCase(t.db, { citizenPhone: '13700002222' });
      await w.as.office.post(`/api/cases/${refused.id}/events`, {
        action: 'not_accept',
        reason: '属于司法程序处理的事项',
      });
      const [no] = await rowsOf(refused.id);
      expect(no?.body).toContain('不予受理，理由：属于司法程序处理的事项');
    });

    it('queues nothing when the change is refused (same transaction)', async () => {
      const c = await makeCase(t.db, { status: 'received', citizenPhone: '13700003333' });
      const res = await w.as.office.post(`/api/cases/${c.id}/events`, {
        action: 'answer',
        answer: 'x',
      });
      expect(res.statusCode).toBe(409);
      expect(await rowsOf(c.id)).toHaveLength(0);
    });
  });

  describe('the sender', () => {
    it('keeps e-mail when no relay is configured and SMS with the default provider', async () => {
      await clear();
      await makeCase(t.db, { citizenPhone: null }).then((c) =>
        t.db.insert(outbox).values([
          { kind: 'email', recipient: 'a@example.com', subject: 's', body: 'b', caseId: c.id },
          { kind: 'sms', recipient: '13800000000', body: 'b', caseId: c.id },
        ]),
      );
      const report = await deliverPending(t.db, outboxSenders(t.config));
      expect(report).toEqual({ sent: 0, kept: 2, retrying: 0, failed: 0 });
      const rows = await t.db.select().from(outbox);
      expect(rows.map((r) => r.status)).toEqual(['kept', 'kept']);
      expect(rows.every((r) => r.sentAt === null && r.attempts === 1)).toBe(true);
    });

    it('counts attempts while the relay is down and marks the message failed after 5', async () => {
      await clear();
      await t.db
        .insert(outbox)
        .values({ kind: 'email', recipient: 'a@example.com', subject: 's', body: 'b' });
      const senders = outboxSenders({
        mail: { ...t.config.mail, relayUrl: `smtp://127.0.0.1:${await closedPort()}` },
      });
      for (let i = 1; i <= 4; i++) {
        expect(await deliverPending(t.db, senders)).toMatchObject({ retrying: 1, failed: 0 });
        const [row] = await t.db.select().from(outbox);
        expect(row).toMatchObject({ status: 'pending', attempts: i });
        expect(row?.lastError).toMatch(/ECONNREFUSED|connect/i);
      }
      expect(await deliverPending(t.db, senders)).toMatchObject({ retrying: 0, failed: 1 });
      const [row] = await t.db.select().from(outbox);
      expect(row).toMatchObject({ status: 'failed', attempts: 5 });
      // a failed message is left alone
      expect(await deliverPending(t.db, senders)).toEqual({
        sent: 0,
        kept: 0,
        retrying: 0,
        failed: 0,
      });
      senders.mail?.close();
    });

    it('goes through a real SMS provider and never sends one attempt twice', async () => {
      await clear();
      await t.db.insert(outbox).values({ kind: 'sms', recipient: '13800000000', body: '短信' });
      const sent: string[] = [];
      const gateway: SmsProvider = {
        name: 'test',
        send: async (m) => {
          sent.push(m.to);
          return 'sent';
        },
      };
      const senders = outboxSenders(t.config, gateway);
      const [a, b] = await Promise.all([
        deliverPending(t.db, senders),
        deliverPending(t.db, senders),
      ]);
      expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(1);
      expect(sent).toEqual(['13800000000']);
      const [row] = await t.db.select().from(outbox);
      expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    });
  });

  describe('/api/outbox', () => {
    let failedId: string;
    let sentId: string;
    beforeAll(async () => {
      await clear();
      const c = await makeCase(t.db);
      const rows = await t.db
        .insert(outbox)
        .values([
          {
            kind: 'email',
            recipient: 'zhang.san@example.com',
            subject: `回执 ${c.trackingCode}`,
            body: '受理回执正文',
            caseId: c.id,
            status: 'failed',
            attempts: 5,
            lastError: 'connect ECONNREFUSED',
          },
          {
            kind: 'sms',
            recipient: '13812345678',
            body: '短信正文',
            status: 'sent',
            attempts: 1,
            sentAt: new Date(),
          },
          {
            kind: 'sms',
            recipient: '13900000000',
            body: '另一条短信',
            status: 'kept',
            attempts: 1,
          },
        ])
        .returning({ id: outbox.id });
      failedId = rows[0]?.id ?? '';
      sentId = rows[1]?.id ?? '';
    });

    it('answers 401 without login and 403 to unit roles and the inspector; retry is the admin’s', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/outbox' })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'GET', url: '/api/outbox/export' })).statusCode).toBe(
        401,
      );
      expect(
        (await t.app.inject({ method: 'POST', url: `/api/outbox/${failedId}/retry` })).statusCode,
      ).toBe(401);
      for (const role of ['unit_admin', 'cadre', 'inspector'] as const) {
        expect((await w.as[role].get('/api/outbox')).statusCode).toBe(403);
        expect((await w.as[role].get(`/api/outbox/${failedId}`)).statusCode).toBe(403);
        expect((await w.as[role].get('/api/outbox/export')).statusCode).toBe(403);
      }
      expect((await w.as.office.post(`/api/outbox/${failedId}/retry`)).statusCode).toBe(403);
    });

    it('answers 400 to bad filters and ids', async () => {
      expect((await w.as.admin.get('/api/outbox?kind=fax')).statusCode).toBe(400);
      expect((await w.as.admin.get('/api/outbox?status=lost')).statusCode).toBe(400);
      expect((await w.as.admin.get('/api/outbox?pageSize=1000')).statusCode).toBe(400);
      expect((await w.as.admin.get('/api/outbox/not-a-uuid')).statusCode).toBe(400);
      expect((await w.as.admin.post('/api/outbox/not-a-uuid/retry')).statusCode).toBe(400);
    });

    it('lists newest first with filters and paging, recipients masked', async () => {
      const all = await w.as.office.get('/api/outbox');
      expect(all.statusCode).toBe(200);
      expect(all.json().total).toBe(3);
      const failed = await w.as.admin.get('/api/outbox?status=failed');
      expect(failed.json().items).toHaveLength(1);
      expect(failed.json().items[0]).toMatchObject({
        kind: 'email',
        recipient: 'z***@example.com',
        attempts: 5,
        lastError: 'connect ECONNREFUSED',
      });
      expect(failed.json().items[0].trackingCode).toMatch(/^[2-9A-Z]{10}$/);
      const sms = await w.as.admin.get('/api/outbox?kind=sms&pageSize=1&page=2');
      expect(sms.json()).toMatchObject({ total: 2 });
      expect(sms.json().items).toHaveLength(1);
      expect(sms.json().items[0].recipient).toMatch(/^1\d\d\*{4}\d{4}$/);
      // q looks at recipient, subject, body and tracking code
      expect(
        (await w.as.admin.get(`/api/outbox?q=${encodeURIComponent('另一条')}`)).json().total,
      ).toBe(1);
      expect((await w.as.admin.get('/api/outbox?q=zhang.san')).json().total).toBe(1);
      expect((await w.as.admin.get('/api/outbox?q=nothing-like-this')).json()).toEqual({
        items: [],
        total: 0,
      });
    });

    it('shows one message in full, and audits the read of the address', async () => {
      const res = await w.as.admin.get(`/api/outbox/${failedId}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        recipient: 'zhang.san@example.com',
        body: '受理回执正文',
      });
      const audits = await auditRows(t.db, { entity: 'outbox', entityId: failedId });
      expect(audits.map((a) => a.action)).toEqual(['read_personal']);
      expect(
        (await w.as.admin.get('/api/outbox/01900000-0000-7000-8000-0000000000ff')).statusCode,
      ).toBe(404);
    });

    it('retries a failed message (pending again, attempts reset, audited) but not a sent one', async () => {
      const res = await w.as.admin.post(`/api/outbox/${failedId}/retry`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'pending', attempts: 0 });
      const audits = await auditRows(t.db, { entity: 'outbox', action: 'update' });
      expect(audits).toHaveLength(1);
      const again = await w.as.admin.post(`/api/outbox/${sentId}/retry`);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.message).toContain('只有发送失败');
      expect((await w.as.admin.post(`/api/outbox/${failedId}/retry`)).statusCode).toBe(409);
    });

    it('exports the filtered list as a real workbook, recipients masked', async () => {
      const res = await w.as.office.get('/api/outbox/export?kind=sms');
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const rows = await expectSheet(res, [
        '创建时间',
        '类型',
        '收件人',
        '查询码',
        '主题',
        '正文',
        '状态',
        '尝试次数',
        '最近错误',
        '未发送原因',
        '发送时间',
      ]);
      expect(rows).toHaveLength(3);
      expect(column(rows, 2)).toEqual(['139****0000', '138****5678']);
      expect(rows.flat().join()).not.toContain('13812345678');
      expect(column(rows, 6).sort()).toEqual(['已保留（未配置发送通道）', '已发送'].sort());
    });
  });

  it('masks addresses and numbers', () => {
    expect(maskRecipient('email', 'someone@qq.com')).toBe('s***@qq.com');
    expect(maskRecipient('email', '@x')).toBe('***');
    expect(maskRecipient('sms', '13812345678')).toBe('138****5678');
  });
});
