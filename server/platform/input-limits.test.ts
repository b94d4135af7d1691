import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../test/app.ts';
import { useWorld } from '../test/hooks.ts';

/**
 * Every text a user types has a limit, and a longer one is refused in words: for every string in
 * every request body and query of the OpenAPI document (so a new route is covered without editing
 * this file), a value one character over the limit is answered 400 with a message on that field
 * naming the field and the limit ("活动名称不能超过 100 个字") — never cut short, never stored.
 */
type JsonSchema = {
  type?: string;
  maxLength?: number;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};
type Field = { path: string[]; schema: JsonSchema };

/** The string fields of a schema: top-level properties and those of objects in arrays. */
function stringFields(s: JsonSchema | undefined, path: string[] = []): Field[] {
  if (!s) return [];
  const alts = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
  if (alts.length) return alts.flatMap((a) => stringFields(a, path));
  if (s.type === 'string') return [{ path, schema: s }];
  if (s.type === 'array' && s.items) return stringFields(s.items, [...path, '0']);
  return Object.entries(s.properties ?? {}).flatMap(([k, v]) => stringFields(v, [...path, k]));
}
const isFreeText = (s: JsonSchema) => !s.enum && !s.format && !s.pattern && s.const === undefined;

function nest(path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  return head === '0' ? [nest(rest, value)] : { [head]: nest(rest, value) };
}

type Op = { method: string; url: string; where: 'body' | 'querystring'; field: Field };

/** Query parameters that are numbers or dates coerced from the query string's text, not text. */
const NOT_TEXT = new Set(['page', 'pageSize', 'year', 'from', 'to']);
/** Path parameters that must be valid for the body to be looked at (any other: an id). */
const PATH_VALUES: Record<string, string> = {
  date: '2014-06-02',
  trackingCode: 'ABCDEFGH23',
  key: 'receipts.perRecipientPerDay',
  code: 'poor',
};
/** The signed SMS webhook answers 503 before reading the body when no gateway is configured. */
const MACHINE_ONLY = /^\/api\/channels\/sms\//;
/** Open311 answers the first problem only, so its required fields are given. */
const OPEN311_BASE = { service_code: 'x', description: '路灯坏了很久' };

describe('input limits', { timeout: 300_000 }, () => {
  const { t, w } = useWorld();
  let clients: Client[];
  const ops: Op[] = [];
  const unbounded: string[] = [];

  beforeAll(async () => {
    clients = [w.as.admin, w.as.office, w.as.unit_admin, w.as.cadre, w.as.inspector];
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const someId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    for (const [p, methods] of Object.entries(doc.paths)) {
      if (MACHINE_ONLY.test(p)) continue;
      const url = p.replace(/\{([^}]+)\}/g, (_, name: string) => PATH_VALUES[name] ?? someId);
      for (const [method, op] of Object.entries(methods)) {
        const params = (op.parameters ?? []) as { in: string; name: string; schema: JsonSchema }[];
        const fields: [Op['where'], Field][] = params
          .filter((q) => q.in === 'query' && !NOT_TEXT.has(q.name))
          .map((q) => ['querystring', { path: [q.name], schema: q.schema }]);
        const json = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> })
          ?.content?.['application/json']?.schema;
        for (const f of stringFields(json)) fields.push(['body', f]);
        for (const [where, field] of fields) {
          if (!isFreeText(field.schema)) continue;
          const name = `${method.toUpperCase()} ${p} ${where}.${field.path.join('.')}`;
          if (field.schema.maxLength === undefined) unbounded.push(name);
          else ops.push({ method: method.toUpperCase(), url, where, field });
        }
      }
    }
  });

  it('every typed string has a maximum length', () => {
    expect(ops.length).toBeGreaterThan(50);
    expect(unbounded).toEqual([]);
  });

  it('one character over the limit is refused with the field and the limit named', async () => {
    const wrong: string[] = [];
    for (const op of ops) {
      const max = op.field.schema.maxLength as number;
      const long = '字'.repeat(max + 1);
      const key = op.field.path.join('.');
      const open311 = op.url.startsWith('/open311/');
      const payload = nest(op.field.path, long) as object;
      const req =
        op.where === 'body'
          ? {
              method: op.method as 'POST',
              url: op.url,
              payload: open311 ? { ...OPEN311_BASE, ...payload } : payload,
            }
          : {
              method: op.method as 'GET',
              url: `${op.url}?${new URLSearchParams({ [key]: long })}`,
            };
      let res = await clients[0]?.request(req);
      for (const c of clients.slice(1)) {
        if (res && res.statusCode !== 401 && res.statusCode !== 403) break;
        res = await c.request(req);
      }
      if (!res || res.statusCode === 429) continue;
      const body = res.json() as
        | { error?: { details?: { field: string; message: string }[] } }
        | { description: string }[];
      const mine = Array.isArray(body)
        ? { message: body[0]?.description ?? '' }
        : body.error?.details?.find((d) => d.field === `${op.where}.${key}`);
      const said = new RegExp(`\\S+不能超过 ${max} 个(字|字符)`);
      if (res.statusCode !== 400 || !mine || !said.test(mine.message))
        wrong.push(`${op.method} ${op.url} ${op.where}.${key}: ${res.statusCode} ${mine?.message}`);
    }
    expect(wrong).toEqual([]);
  });
});
