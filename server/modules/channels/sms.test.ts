import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { cases, outbox } from '../../db/schema/index.ts';
import { makeTestApp } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { SMS_INBOUND_PATH } from './channels.routes.ts';

const SECRET = 'a-test-secret-of-the-sms-gateway';
const nowTs = () => String(Math.floor(Date.now() / 1000));
const sign = (body: string, secret = SECRET, ts = nowTs()) =>
  createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');

/** The inbound request carrying `body` as JSON, with these headers. */
const inbound = (body: string, headers: Record<string, string> = {}): InjectOptions => ({
  method: 'POST',
  url: SMS_INBOUND_PATH,
  payload: body,
  headers: { 'content-type': 'application/json', ...headers },
});
/** The inbound request carrying `body`, signed now with the gateway's secret. */
const signed = (body: string, headers: Record<string, string> = {}) =>
  inbound(body, { 'x-tiexin-signature': sign(body), 'x-tiexin-timestamp': nowTs(), ...headers });

describe('POST /api/channels/sms/inbound', () => {
  const { t, w } = useWorld({ SMS_WEBHOOK_SECRET: SECRET });

  const post = (
    body: string,
    signature: string | undefined,
    extra: Record<string, string> = {},
    ts: string | null = nowTs(),
  ) =>
    t.app.inject(
      inbound(body, {
        ...(signature === undefined ? {} : { 'x-tiexin-signature': signature }),
        ...(ts === null ? {} : { 'x-tiexin-timestamp': ts }),
        ...extra,
      }),
    );

  const sms = (messageId: string, text = '村里路灯坏了一个月没人修') =>
    JSON.stringify({ from: '13912345678', text, messageId, receivedAt: new Date().toISOString() });

  it('answers 503 短信通道未配置 when no secret is configured', async () => {
    const other = await makeTestApp();
    try {
      const body = sms('x-1');
      const res = await other.app.inject(signed(body));
      expect(res.statusCode).toBe(503);
      expect(res.json().error.message).toBe('短信通道未配置');
    } finally {
      await other.close();
    }
  });

  it('answers 401 to a missing, malformed or wrong signature — before looking at the body', async () => {
    const body = sms('sig-1');
    expect((await post(body, undefined)).statusCode).toBe(401);
    expect((await post(body, 'not-hex')).statusCode).toBe(401);
    expect((await post(body, sign(body, 'another-secret-entirely-wrong'))).statusCode).toBe(401);
    // signed, then altered on the way
    const tampered = await post(body.replace('13912345678', '13900000000'), sign(body));
    expect(tampered.statusCode).toBe(401);
    expect(tampered.json().error.message).toBe('短信网关签名无效');
    expect((await post('{not json', undefined)).statusCode).toBe(401);
    expect(await t.db.select().from(cases).where(eq(cases.channel, 'sms'))).toHaveLength(0);
  });

  it('makes a case from a signed SMS: 201 with the tracking code, the 回执 queued by SMS', async () => {
    const body = sms('gw-0001');
    const res = await post(body, sign(body));
    expect(res.statusCode).toBe(201);
    const { trackingCode } = res.json();
    expect(trackingCode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    const [c] = await t.db.select().from(cases).where(eq(cases.trackingCode, trackingCode));
    expect(c).toMatchObject({
      channel: 'sms',
      citizenPhone: '13912345678',
      externalRef: 'gw-0001',
      content: '村里路灯坏了一个月没人修',
      status: 'received',
    });
    const [ack] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.caseId, c?.id ?? ''));
    expect(ack).toMatchObject({ kind: 'sms', recipient: '13912345678', status: 'pending' });
    expect(ack?.body).toContain(trackingCode);
    const [a] = await auditRows(t.db, { entityId: c?.id ?? '' });
    expect(a).toMatchObject({ action: 'create', entity: 'case', actorId: null });
    // staff see it on the list (signature prefix sha256= is accepted too)
    const list = await w.as.office.get('/api/cases?channel=sms');
    expect(list.json().total).toBe(1);
    const body2 = sms('gw-0002', '小区垃圾无人清运');
    expect((await post(body2, `sha256=${sign(body2)}`)).statusCode).toBe(201);
  });

  it('files an SMS under the 默认类别 flagged in 类别与时限, 待受理, wherever the flag is', async () => {
    const text = '水渠堵了，田里灌不上水';
    const send = async (id: string) => {
      const body = sms(id, text);
      const res = await post(body, sign(body));
      expect(res.statusCode).toBe(201);
      const [c] = await t.db
        .select()
        .from(cases)
        .where(eq(cases.trackingCode, res.json().trackingCode));
      return c;
    };
    // seeded on 其他 — not 道路交通, the first livelihood category
    expect(await send('gw-cat-1')).toMatchObject({
      categoryId: SEEDED_CATEGORY.other,
      status: 'received',
    });
    const moved = await w.as.office.patch(`/api/categories/${SEEDED_CATEGORY.formalism}`, {
      intakeDefault: true,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await send('gw-cat-2')).toMatchObject({
      categoryId: SEEDED_CATEGORY.formalism,
      status: 'received',
    });
    await w.as.office.patch(`/api/categories/${SEEDED_CATEGORY.other}`, { intakeDefault: true });
  });

  it('is idempotent on messageId: the gateway retrying gets 200 and the same code', async () => {
    const body = sms('gw-0001');
    const first = await t.db.select().from(cases).where(eq(cases.externalRef, 'gw-0001'));
    const res = await post(body, sign(body));
    expect(res.statusCode).toBe(200);
    expect(res.json().trackingCode).toBe(first[0]?.trackingCode);
    expect(await t.db.select().from(cases).where(eq(cases.externalRef, 'gw-0001'))).toHaveLength(1);
  });

  it('answers 400 to a signed but bad body, with the field named', async () => {
    for (const bad of [
      '{not json',
      JSON.stringify({ from: '13912345678', text: '', messageId: 'm' }),
      JSON.stringify({ from: 'abc', text: '内容', messageId: 'm' }),
      JSON.stringify({ from: '13912345678', text: '内容' }),
      JSON.stringify({ from: '13912345678', text: '内容', messageId: 'm', extra: 1 }),
    ]) {
      const res = await post(bad, sign(bad));
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION');
    }
  });

  it('needs no CSRF token even when a staff cookie comes along, and leaves other JSON routes alone', async () => {
    const body = sms('gw-0003', '反映窗口工作人员态度差');
    const res = await w.as.admin.request(signed(body, { 'x-csrf-token': '' }));
    expect(res.statusCode).toBe(201);
    // a normal JSON route still gets its body parsed
    const cat = await w.as.office.get('/api/categories');
    const created = await w.as.office.post('/api/cases', {
      channel: 'hotline',
      categoryId: cat.json().items[0].id,
      content: '热线来电反映问题',
    });
    expect(created.statusCode).toBe(201);
  });
  describe('the signature covers x-tiexin-timestamp (5 minutes either way)', () => {
    const at = (offsetSeconds: number) => String(Math.floor(Date.now() / 1000) + offsetSeconds);
    const count = async (ref: string) =>
      (await t.db.select().from(cases).where(eq(cases.externalRef, ref))).length;

    it('accepts a request signed with a timestamp a minute old', async () => {
      const body = sms('ts-valid');
      const ts = at(-60);
      const res = await post(body, sign(body, SECRET, ts), {}, ts);
      expect(res.statusCode).toBe(201);
    });

    it('refuses a stale request (6 minutes old) even though its signature is right', async () => {
      const body = sms('ts-stale');
      const ts = at(-360);
      const res = await post(body, sign(body, SECRET, ts), {}, ts);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe('短信网关请求时间戳缺失或与服务器时间相差超过 5 分钟');
      expect(await count('ts-stale')).toBe(0);
    });

    it('refuses a timestamp 6 minutes in the future', async () => {
      const body = sms('ts-future');
      const ts = at(360);
      const res = await post(body, sign(body, SECRET, ts), {}, ts);
      expect(res.statusCode).toBe(401);
      expect(await count('ts-future')).toBe(0);
    });

    it('refuses a missing or malformed timestamp', async () => {
      const body = sms('ts-missing');
      expect((await post(body, sign(body), {}, null)).statusCode).toBe(401);
      expect((await post(body, sign(body), {}, 'yesterday')).statusCode).toBe(401);
      expect((await post(body, sign(body), {}, '')).statusCode).toBe(401);
      expect(await count('ts-missing')).toBe(0);
    });

    it('refuses the replay of an old valid signature under a fresh timestamp', async () => {
      const body = sms('ts-replay');
      const old = at(-3600);
      const captured = sign(body, SECRET, old);
      // as captured: too old
      expect((await post(body, captured, {}, old)).statusCode).toBe(401);
      // the timestamp header rewritten to now: the signature no longer matches
      const res = await post(body, captured, {}, at(0));
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe('短信网关签名无效');
      // nor does a signature over the body alone (the old scheme)
      const bodyOnly = createHmac('sha256', SECRET).update(body).digest('hex');
      expect((await post(body, bodyOnly)).statusCode).toBe(401);
      expect(await count('ts-replay')).toBe(0);
    });
  });
});
