import type { TSetting, TSettingValue } from '../../../common/settings.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import type { RequestContext } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import {
  isSettingKey,
  SETTING_KEYS,
  type SettingDef,
  type SettingKey,
  type SettingValueOf,
  settingsCatalog,
} from './settings.catalog.ts';
import { listSettingRows, lockSetting, type SettingRow, upsertSetting } from './settings.repo.ts';

/** A stored value the key's schema refuses (edited by hand in the database) reads as the default. */
function currentValue<K extends SettingKey>(key: K, stored: unknown): SettingValueOf<K> {
  const def = settingsCatalog[key];
  const parsed = def.schema.safeParse(stored);
  return (parsed.success ? parsed.data : def.default) as SettingValueOf<K>;
}

/** The current value of one setting, typed by its key (the default when it has no row). */
export async function getSetting<K extends SettingKey>(
  db: DbOrTx,
  key: K,
): Promise<SettingValueOf<K>> {
  const [row] = await listSettingRows(db, [key]);
  return currentValue(key, row?.value);
}

/** Several settings in one query. */
export async function getSettings<K extends SettingKey>(
  db: DbOrTx,
  keys: readonly K[],
): Promise<{ [P in K]: SettingValueOf<P> }> {
  const rows = new Map((await listSettingRows(db, [...keys])).map((r) => [r.key, r.value]));
  return Object.fromEntries(keys.map((k) => [k, currentValue(k, rows.get(k))])) as {
    [P in K]: SettingValueOf<P>;
  };
}

function toItem(key: SettingKey, row: SettingRow | undefined): TSetting {
  const def = settingsCatalog[key];
  return {
    key,
    label: def.label,
    description: def.description,
    unit: def.unit,
    value: currentValue(key, row?.value),
    defaultValue: def.default,
    input: def.input,
    updatedAt: row?.updatedBy ? row.updatedAt : null,
    updatedByName: row?.updatedBy ? row.updatedByName : null,
  };
}

/** Every known setting, in the catalog's order, with who changed it last. */
export async function list(ctx: RequestContext): Promise<{ items: TSetting[] }> {
  const rows = new Map((await listSettingRows(ctx.db)).map((r) => [r.key, r]));
  return { items: SETTING_KEYS.map((k) => toItem(k, rows.get(k))) };
}

/** A min/max pair stays ordered: the new value is checked against the other half's current value. */
function checkBound(key: SettingKey, value: TSettingValue, stored: (k: string) => unknown): void {
  const def: SettingDef<TSettingValue> = settingsCatalog[key];
  const bound = def.bound;
  if (!bound || !isSettingKey(bound.key) || typeof value !== 'number') return;
  const other = currentValue(bound.key, stored(bound.key));
  if (typeof other !== 'number') return;
  const wrong = bound.is === 'notAbove' ? value > other : value < other;
  if (!wrong) return;
  throw new AppError(
    bound.is === 'notAbove' ? 'VALIDATION.settingNotAbove' : 'VALIDATION.settingNotBelow',
    { label: def.label, other: settingsCatalog[bound.key].label, value: other },
    [{ field: 'value' }],
  );
}

/** The admin changes one setting: checked against the key's schema, audited with old → new. */
export async function put(
  ctx: RequestContext,
  key: string,
  value: TSettingValue,
): Promise<TSetting> {
  if (!isSettingKey(key)) throw notFound();
  const def = settingsCatalog[key];
  const parsed = def.schema.safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues[0]?.message ?? '';
    throw new AppError('VALIDATION.setting', { label: def.label, detail }, [{ field: 'value' }]);
  }
  await inTransaction(ctx.db, async (tx) => {
    // a min/max pair: both rows locked in key order, so two admins changing both halves take turns
    const bound = def.bound?.key;
    const locked = new Map<string, Awaited<ReturnType<typeof lockSetting>>>();
    for (const k of [key, ...(bound && isSettingKey(bound) ? [bound] : [])].sort()) {
      locked.set(k, await lockSetting(tx, k));
    }
    const before = locked.get(key);
    const old = currentValue(key, before?.value);
    checkBound(key, parsed.data, (k) => locked.get(k)?.value);
    await upsertSetting(tx, key, parsed.data, ctx.actor.userId);
    await audit(tx, ctx, {
      action: 'update',
      entity: 'setting',
      entityId: key,
      summary: auditText.setting.update(def.label, old, parsed.data),
      before: { value: old },
      after: { value: parsed.data },
    });
  });
  const [row] = await listSettingRows(ctx.db, [key]);
  return toItem(key, row);
}
