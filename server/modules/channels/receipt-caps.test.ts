import { eq, inArray } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { cases, outbox, receiptCounts, settings } from '../../db/schema/index.ts';
import { inTransaction } from '../../db/tx.ts';
import type { OutgoingSms, SmsProvider } from '../../platform/sms.ts';
import { addresses } from '../../test/expect.ts';
import { SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { readXlsx } from '../../test/xlsx.ts';
import {
  capReceipt,
  deliverPending,
  normalisePhone,
  sweepOldReceiptCounts,
} from './outbox.service.ts';

const nextAddress = addresses(8);

/** 回执上限: receipts per recipient and per submitting address and day are capped (系统设置). */
describe('receipt caps', () => {
  const { t, w } = useWorld();
  beforeEach(async () => {
    await t.db.delete(outbox);
    await t.db.delete(receiptCounts);
  });

  const submit = (phone: string, remoteAddress = nextAddress()) =>
    t.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      remoteAddress,
      payload: { categoryId: SEEDED_CATEGORY.roads, content: '村口路灯坏了', phone },
    });
  const receiptOf = async (trackingCode: string) => {
    const [row] = await t.db
      .select({ status: outbox.status, cappedReason: outbox.cappedReason, kind: outbox.kind })
      .from(outbox)
      .innerJoin(cases, eq(cases.id, outbox.caseId))
      .where(eq(cases.trackingCode, trackingCode));
    return row;
  };
  const setCap = (key: string, value: number) =>
    t.db.update(settings).set({ value }).where(eq(settings.key, key));

  it('normalises phone numbers, so +86 and dashes count as the same number', () => {
    expect(normalisePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalisePhone('008613812345678')).toBe('13812345678');
    expect(normalisePhone('0791-1234567')).toBe('07911234567');
  });

  it('keeps the 4th receipt to one number on one day as capped, with the reason', async () => {
    const codes: string[] = [];
    for (const phone of ['13812340001', '13812340001', '13812340001', '13812340001']) {
      const res = await submit(phone);
      expect(res.statusCode, res.body).toBe(201);
      codes.push(res.json().trackingCode);
    }
    const receipts = await Promise.all(codes.map(receiptOf));
    expect(receipts.slice(0, 3).map((r) => r?.status)).toEqual(['pending', 'pending', 'pending']);
    expect(receipts[3]).toEqual({
      kind: 'sms',
      status: 'capped',
      cappedReason: '同一号码今日已发送 3 条回执，已达上限',
    });
    // another number is not affected
    expect((await receiptOf((await submit('13812340002')).json().trackingCode))?.status).toBe(
      'pending',
    );
  });

  it('caps by the submitting address too (the setting decides how many)', async () => {
    await setCap('receipts.perSubmitterAddressPerDay', 2);
    try {
      const ip = '10.99.0.1';
      const codes = [];
      for (const phone of ['13912340001', '13912340002', '13912340003']) {
        codes.push((await submit(phone, ip)).json().trackingCode as string);
      }
      const receipts = await Promise.all(codes.map(receiptOf));
      expect(receipts.map((r) => r?.status)).toEqual(['pending', 'pending', 'capped']);
      expect(receipts[2]?.cappedReason).toBe('同一提交地址今日已发送 2 条回执，已达上限');
      // the capped one was not counted against its number: it still gets its next receipt
      expect((await receiptOf((await submit('13912340003')).json().trackingCode))?.status).toBe(
        'pending',
      );
    } finally {
      await setCap('receipts.perSubmitterAddressPerDay', 10);
    }
  });

  it('does not count staff entries against the staff member’s address', async () => {
    await setCap('receipts.perSubmitterAddressPerDay', 1);
    try {
      for (const phone of ['13712340001', '13712340002']) {
        const res = await w.as.office.post('/api/cases', {
          channel: 'hotline',
          categoryId: SEEDED_CATEGORY.roads,
          content: '热线反映路灯问题',
          citizenPhone: phone,
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const rows = await t.db.select({ status: outbox.status }).from(outbox);
      expect(rows.map((r) => r.status)).toEqual(['pending', 'pending']);
    } finally {
      await setCap('receipts.perSubmitterAddressPerDay', 10);
    }
  });

  it('lets no more than the cap through when 10 submissions race', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => submit('13612340001')));
    expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    const receipts = await Promise.all(results.map((r) => receiptOf(r.json().trackingCode)));
    expect(receipts.filter((r) => r?.status === 'pending')).toHaveLength(3);
    expect(receipts.filter((r) => r?.status === 'capped')).toHaveLength(7);
  });

  it('lets no more than the cap through when 10 transactions count at once', async () => {
    const notice = { kind: 'sms' as const, recipient: '13612340002', subject: '', body: '回执' };
    const out = await Promise.all(
      Array.from({ length: 10 }, () =>
        inTransaction(t.db, async (tx) => {
          const row = await capReceipt(tx, notice, null);
          // the rest of the case's transaction takes a moment; the count rows stay locked
          await new Promise((r) => setTimeout(r, 20));
          return row;
        }),
      ),
    );
    expect(out.filter((r) => r.status === undefined)).toHaveLength(3);
    expect(out.filter((r) => r.status === 'capped')).toHaveLength(7);
  });

  it('counts e-mail addresses case-insensitively and by the day in China', async () => {
    const notice = (recipient: string) => ({
      kind: 'email' as const,
      recipient,
      subject: '回执',
      body: '回执',
    });
    // 2014-06-01 23:30 in China is still 2014-06-01; 00:30 the next morning is a new day
    const late = new Date('2014-06-01T15:30:00Z');
    const nextMorning = new Date('2014-06-01T16:30:00Z');
    const run = (recipient: string, now: Date) =>
      inTransaction(t.db, (tx) => capReceipt(tx, notice(recipient), null, now));
    for (const r of ['Li@Example.cn', 'li@example.cn ', 'LI@EXAMPLE.CN']) {
      expect((await run(r, late)).status).toBeUndefined();
    }
    const fourth = await run('li@example.CN', late);
    expect(fourth).toMatchObject({
      status: 'capped',
      cappedReason: '同一邮箱今日已发送 3 条回执，已达上限',
    });
    expect((await run('li@example.cn', nextMorning)).status).toBeUndefined();
    // the counts hold no address in the clear
    const keys = (await t.db.select({ key: receiptCounts.key }).from(receiptCounts)).map(
      (r) => r.key,
    );
    expect(keys.join()).not.toContain('example');
  });

  it('sweeps the counts of days before yesterday (China days)', async () => {
    await t.db.insert(receiptCounts).values([
      { key: 'to:a', day: '2014-05-30', sent: 3 },
      { key: 'to:a', day: '2014-05-31', sent: 2 },
      { key: 'to:a', day: '2014-06-01', sent: 1 },
    ]);
    // 2014-06-01 07:00 in China
    await sweepOldReceiptCounts(t.db, new Date('2014-05-31T23:00:00Z'));
    const days = (await t.db.select({ day: receiptCounts.day }).from(receiptCounts)).map(
      (r) => r.day,
    );
    expect(days.sort()).toEqual(['2014-05-31', '2014-06-01']);
  });

  it('never sends a capped message; the 发件箱 filters and exports them with the reason', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await submit('13512340001')).json().trackingCode);
    const sent: OutgoingSms[] = [];
    const sms: SmsProvider = {
      name: 'recording',
      async send(m) {
        sent.push(m);
        return 'sent';
      },
    };
    const report = await deliverPending(t.db, { mail: null, sms });
    expect(report.sent).toBe(3);
    expect(sent).toHaveLength(3);
    expect(await deliverPending(t.db, { mail: null, sms })).toEqual({
      sent: 0,
      kept: 0,
      retrying: 0,
      failed: 0,
    });
    const capped = await receiptOf(codes[3] as string);
    expect(capped?.status).toBe('capped');

    const list = await w.as.office.get('/api/outbox?status=capped');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().total).toBe(1);
    expect(list.json().items[0]).toMatchObject({
      status: 'capped',
      trackingCode: codes[3],
      cappedReason: '同一号码今日已发送 3 条回执，已达上限',
      recipient: '135****0001',
    });
    const all = await w.as.office.get('/api/outbox');
    expect(all.json().total).toBe(4);

    // not retryable: the cap is the reason it was not sent
    const id = list.json().items[0].id as string;
    expect((await w.as.admin.post(`/api/outbox/${id}/retry`)).statusCode).toBe(409);

    const xlsx = await w.as.office.get('/api/outbox/export?status=capped');
    expect(xlsx.statusCode).toBe(200);
    const sheet = await readXlsx(xlsx);
    const col = sheet[0]?.indexOf('未发送原因') ?? -1;
    expect(col).toBeGreaterThan(-1);
    expect(sheet).toHaveLength(2);
    expect(sheet[1]?.[col]).toBe('同一号码今日已发送 3 条回执，已达上限');
    expect(sheet[1]).toContain('超出上限未发送');

    const rows = await t.db
      .select({ status: outbox.status })
      .from(outbox)
      .where(inArray(outbox.status, ['sent']));
    expect(rows).toHaveLength(3);
  });
});
