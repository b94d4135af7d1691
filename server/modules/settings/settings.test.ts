import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { settings } from '../../db/schema/index.ts';
import type { World } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { useWorld } from '../../test/hooks.ts';
import { SETTING_KEYS, settingsCatalog } from './settings.catalog.ts';
import { getSetting, getSettings } from './settings.service.ts';

describe('settings API (系统设置)', () => {
  const { t, w } = useWorld();

  const put = (role: keyof World['as'], key: string, payload: unknown) =>
    w.as[role].request({ method: 'PUT', url: `/api/settings/${key}`, payload: payload as object });
  const KEY = 'receipts.perRecipientPerDay';

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/settings' })).statusCode).toBe(401);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/settings/${KEY}`,
      payload: { value: 5 },
    });
    expect(res.statusCode).toBe(401);
  });

  it('lets admin and office read, nobody else; only the admin writes', async () => {
    for (const role of ['unit_admin', 'cadre', 'inspector'] as const) {
      expect((await w.as[role].get('/api/settings')).statusCode, role).toBe(403);
    }
    for (const role of ['office', 'unit_admin', 'cadre', 'inspector'] as const) {
      expect((await put(role, KEY, { value: 5 })).statusCode, role).toBe(403);
    }
    expect(await getSetting(t.db, KEY)).toBe(3);
  });

  it('seeds every catalog key with its default (the migration and the catalog agree)', async () => {
    const rows = await t.db.select().from(settings);
    expect(new Map(rows.map((r) => [r.key, r.value]))).toEqual(
      new Map(SETTING_KEYS.map((k) => [k, settingsCatalog[k].default])),
    );
    const res = await w.as.office.get('/api/settings');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    expect(items.map((i) => i.key)).toEqual(SETTING_KEYS);
    expect(items[0]).toMatchObject({
      key: KEY,
      label: '每个号码或邮箱每日回执上限',
      unit: '条/日',
      value: 3,
      defaultValue: 3,
      input: { kind: 'integer', min: 1, max: 100 },
      updatedAt: null,
      updatedByName: null,
    });
    expect(items[1]).toMatchObject({ key: 'receipts.perSubmitterAddressPerDay', value: 10 });
  });

  it('refuses values out of bounds or of the wrong type in words, and unknown keys', async () => {
    for (const value of [0, 101, 2.5, '3', true]) {
      const res = await put('admin', KEY, { value });
      expect(res.statusCode, String(value)).toBe(400);
      expect(res.json().error.message).toBe(
        '“每个号码或邮箱每日回执上限”的值无效：须为 1 至 100 之间的整数',
      );
    }
    expect((await put('admin', KEY, {})).statusCode).toBe(400);
    expect((await put('admin', KEY, { value: 4, extra: 1 })).statusCode).toBe(400);
    expect((await put('admin', 'no.such.key', { value: 4 })).statusCode).toBe(404);
    expect((await put('admin', 'bad key!', { value: 4 })).statusCode).toBe(400);
    expect(await getSetting(t.db, KEY)).toBe(3);
  });

  it('changes a value, audited with old → new, and shows who changed it', async () => {
    const res = await put('admin', KEY, { value: 5 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ key: KEY, value: 5, defaultValue: 3 });
    expect(res.json().updatedByName).toBeTruthy();
    expect(Date.parse(res.json().updatedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await getSetting(t.db, KEY)).toBe(5);
    expect(await getSettings(t.db, [KEY, 'receipts.perSubmitterAddressPerDay'])).toEqual({
      [KEY]: 5,
      'receipts.perSubmitterAddressPerDay': 10,
    });
    const [row] = await auditRows(t.db, { entity: 'setting', entityId: KEY });
    expect(row).toMatchObject({
      action: 'update',
      summary: '修改系统设置“每个号码或邮箱每日回执上限”：3 → 5',
      before: { value: 3 },
      after: { value: 5 },
    });
    const listed = (await w.as.office.get('/api/settings')).json().items[0];
    expect(listed).toMatchObject({ value: 5, updatedByName: res.json().updatedByName });
  });

  it('reads a missing or malformed row as the default', async () => {
    await t.db.delete(settings).where(eq(settings.key, 'receipts.perSubmitterAddressPerDay'));
    expect(await getSetting(t.db, 'receipts.perSubmitterAddressPerDay')).toBe(10);
    await t.db.update(settings).set({ value: 'lots' }).where(eq(settings.key, KEY));
    expect(await getSetting(t.db, KEY)).toBe(3);
  });
});
