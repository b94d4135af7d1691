import { describe, expect, it } from 'vitest';
import { isPhone, PHONE_INVALID } from '../../../common/phone.ts';
import { zhCN as adminWords } from '../../../web/admin/i18n/zh-CN.ts';
import { zhCN as publicWords } from '../../../web/public/i18n/zh-CN.ts';
import { addresses } from '../../test/expect.ts';
import { makeContactPoint } from '../../test/factories.ts';
import { SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';

const nextAddress = addresses(9);

describe('one phone rule (common/phone.ts)', () => {
  it('takes an 11-digit mobile or a fixed line with its area code, nothing else', () => {
    for (const ok of ['13912345678', '19900001111', '0799-1234567', '07991234567', '010-12345678'])
      expect(isPhone(ok), ok).toBe(true);
    for (const bad of ['12345', '12912345678', '1391234567', '139123456789', '1234567', 'abc', ''])
      expect(isPhone(bad), bad).toBe(false);
  });

  it('the web forms say the same words', () => {
    expect(publicWords.submit.errors.phone).toBe(PHONE_INVALID);
    expect(adminWords.cases.phoneInvalid).toBe(PHONE_INVALID);
    expect(adminWords.cadres.phoneInvalid).toBe(PHONE_INVALID);
    expect(adminWords.households.phoneInvalid).toBe(PHONE_INVALID);
  });
});

describe('"12345" is refused with the same words on every route that takes a phone', () => {
  const { t, w } = useWorld();

  const detailOf = (res: { statusCode: number; body: string; json(): unknown }, field: string) => {
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json() as {
      error: { code: string; details: { field?: string; message: string }[] };
    };
    expect(error.code).toBe('VALIDATION');
    return error.details.find((d) => d.field === field)?.message;
  };

  it('the public form (POST /api/public/cases)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      payload: { categoryId: SEEDED_CATEGORY.roads, content: '村口道路坑洼积水', phone: '12345' },
      remoteAddress: nextAddress(),
    });
    expect(detailOf(res, 'body.phone')).toBe(PHONE_INVALID);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      payload: {
        categoryId: SEEDED_CATEGORY.roads,
        content: '村口道路坑洼积水',
        phone: '0799-1234567',
      },
      remoteAddress: nextAddress(),
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('Open311 (POST /open311/v2/requests.json)', async () => {
    const form = (phone: string) =>
      t.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: [
          `service_code=${SEEDED_CATEGORY.roads}`,
          `description=${encodeURIComponent('路面塌陷，形成大坑')}`,
          `address_string=${encodeURIComponent('安源区凤凰街道跃进北路 12 号')}`,
          `phone=${phone}`,
        ].join('&'),
        remoteAddress: nextAddress(),
      });
    const res = await form('12345');
    expect(res.statusCode, res.body).toBe(400);
    const [err] = res.json() as { code: number; description: string }[];
    expect(err?.description).toContain(PHONE_INVALID);
    expect((await form('13912345678')).statusCode).toBe(200);
  });

  it('staff entering a case (POST /api/cases)', async () => {
    const body = (citizenPhone: string) => ({
      channel: 'hotline',
      categoryId: SEEDED_CATEGORY.roads,
      content: '热线来电反映路灯不亮',
      citizenPhone,
    });
    const res = await w.as.office.post('/api/cases', body('12345'));
    expect(detailOf(res, 'body.citizenPhone')).toBe(PHONE_INVALID);
    expect((await w.as.office.post('/api/cases', body('13912345678'))).statusCode).toBe(201);
  });

  it('households (POST /api/households)', async () => {
    const point = await makeContactPoint(t.db, w.unitA);
    const body = (phone: string) => ({
      contactPointId: point.id,
      headName: `户主${Math.random().toString(36).slice(2, 7)}`,
      address: '芦溪县某村 3 组',
      phone,
    });
    const res = await w.as.unit_admin.post('/api/households', body('12345'));
    expect(detailOf(res, 'body.phone')).toBe(PHONE_INVALID);
    expect((await w.as.unit_admin.post('/api/households', body('0799-1234567'))).statusCode).toBe(
      201,
    );
  });

  it('cadres (POST /api/cadres)', async () => {
    const body = (phone: string) => ({
      orgId: w.unitA.id,
      name: `干部${Math.random().toString(36).slice(2, 7)}`,
      rank: 'section',
      post: '科员',
      phone,
    });
    const res = await w.as.unit_admin.post('/api/cadres', body('12345'));
    expect(detailOf(res, 'body.phone')).toBe(PHONE_INVALID);
    // a cadre's office line is a phone too now
    expect((await w.as.unit_admin.post('/api/cadres', body('0799-1234567'))).statusCode).toBe(201);
  });
});
