import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { patchOf, z } from './zod.ts';

/**
 * A PATCH changes only what it names. A field of an update schema with a default (a create
 * schema's `.default('')` kept through `.partial()`) would write that default over the stored
 * value whenever the field is left out: 停用 a cadre blanked his 职务 (issue 12), a contact
 * point's 地址 was lost on a rename. So: no field of any `Z…UpdateSchema` has a default; build
 * one with `patchOf(create)` (common/zod.ts).
 */
const root = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string, match: (f: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p, match);
    return match(e.name) ? [p] : [];
  });
}

/** The object under refinements and pipes. */
function objectOf(schema: z.ZodType): z.ZodObject | undefined {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodPipe) return objectOf(schema.in as z.ZodType);
  return undefined;
}

/** The fields (`a.b` inside a nested object, which a PATCH merges too) that have a default. */
function defaulted(object: z.ZodObject, prefix = ''): string[] {
  return Object.entries(object.shape).flatMap(([key, field]) => {
    let f = field as z.ZodType;
    while (f instanceof z.ZodOptional || f instanceof z.ZodNullable) f = f.unwrap() as z.ZodType;
    if (f instanceof z.ZodDefault || f instanceof z.ZodPrefault) return [`${prefix}${key}`];
    return f instanceof z.ZodObject ? defaulted(f, `${prefix}${key}.`) : [];
  });
}

const sources = [
  ...files(path.join(root, 'common'), (f) => f.endsWith('.ts') && !f.endsWith('.test.ts')),
  ...files(path.join(root, 'server/modules'), (f) => f.endsWith('.schemas.ts')),
];

describe('update schemas (PATCH bodies)', () => {
  it('have no field with a default, so a field left out is left alone', async () => {
    const found: string[] = [];
    const offenders: string[] = [];
    for (const file of sources) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!/^Z\w*UpdateSchema$/.test(name) || !(value instanceof z.ZodType)) continue;
        const object = objectOf(value);
        if (!object) continue;
        found.push(name);
        for (const key of defaulted(object))
          offenders.push(`${path.relative(root, file)} ${name}.${key}`);
      }
    }
    expect(found.length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });

  it('patchOf drops the defaults and keeps the rules', () => {
    const create = z.object({ name: z.string().min(1), post: z.string().default('') });
    expect(create.partial().parse({ name: 'x' })).toEqual({ name: 'x', post: '' });
    const patch = patchOf(create);
    expect(patch.parse({ name: 'x' })).toEqual({ name: 'x' });
    expect(patch.parse({ post: 'y' })).toEqual({ post: 'y' });
    expect(patch.safeParse({ name: '' }).success).toBe(false);
  });
});
