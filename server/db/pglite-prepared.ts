import { createHash } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite plans every statement it is sent afresh, and in WebAssembly planning is slow: the
 * dashboard's statements took 16 ms to plan and 6 ms to run (docs/performance.md, "Third
 * session"). So on PGlite the reads sent outside a transaction are prepared once per text
 * (`PREPARE`) and then executed (`EXECUTE`), and PostgreSQL's plan cache keeps a generic plan when
 * it costs no more than planning each time (`plan_cache_mode = auto`). PostgreSQL itself plans
 * natively fast; node-postgres is left as it is.
 *
 * What is prepared: a text that starts with `select` or `with` and names no data-modifying or
 * locking clause, with parameters that are strings, numbers, booleans, dates or null. `EXECUTE`
 * takes no bind parameters, so they are written into it as string literals (quotes doubled; only
 * with `standard_conforming_strings` on, where a backslash is an ordinary character), which
 * PostgreSQL converts to the types `PREPARE` inferred — what it does with text parameters anyway.
 * Anything else, or a text that cannot be prepared, runs as it came. At most `MAX_PREPARED` texts
 * are kept prepared, the least recently used deallocated first (a plan takes memory PGlite's
 * WebAssembly heap never gives back). Transactions run as they came (PGlite's `transaction` hands
 * out its own `query`).
 */
const MAX_PREPARED = 200;

const READ = /^\s*(select|with)\b/i;
const WRITES =
  /\b(insert|update|delete|merge|truncate|nextval|setval|for\s+(no\s+key\s+)?update|for\s+(key\s+)?share)\b/i;

type Query = PGlite['query'];

/** A parameter as an SQL string literal, or undefined when it cannot be written as one. */
function literal(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    text = String(value);
  else if (value instanceof Date) text = value.toISOString();
  else return undefined;
  if (text.includes('\0')) return undefined;
  return `'${text.replaceAll("'", "''")}'`;
}

export async function prepareReads(client: PGlite, max = MAX_PREPARED): Promise<void> {
  const scs = await client.query<{ standard_conforming_strings: string }>(
    'show standard_conforming_strings',
  );
  if (scs.rows[0]?.standard_conforming_strings !== 'on') return;
  const plain: Query = client.query.bind(client);
  /**
   * text → its statement's name (null: not to be prepared), as a promise: two calls of one new
   * text at once prepare it once. In the order of last use.
   */
  const names = new Map<string, Promise<string | null>>();

  async function prepare(text: string): Promise<string | null> {
    const name = `r_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    try {
      await plain(`prepare ${name} as ${text}`);
      return name;
    } catch (err) {
      // prepared already (deallocated while in use); else, e.g. a parameter whose type cannot be
      // inferred without its value: run it as it came
      return (err as { code?: string }).code === '42P05' ? name : null;
    }
  }

  function nameOf(text: string): Promise<string | null> {
    const known = names.get(text);
    if (known) {
      names.delete(text);
      names.set(text, known);
      return known;
    }
    const made = READ.test(text) && !WRITES.test(text) ? prepare(text) : Promise.resolve(null);
    names.set(text, made);
    if (names.size > max) {
      const [oldest, gone] = names.entries().next().value as [string, Promise<string | null>];
      names.delete(oldest);
      void gone.then((n) => (n ? plain(`deallocate ${n}`) : undefined)).catch(() => undefined);
    }
    return made;
  }

  const query = async (text: string, params?: unknown[], options?: unknown) => {
    const args = (params ?? []).map(literal);
    const name = args.every((a) => a !== undefined) ? await nameOf(text) : null;
    if (!name) return plain(text, params, options as never);
    try {
      return await plain(
        args.length > 0 ? `execute ${name}(${args.join(', ')})` : `execute ${name}`,
        [],
        options as never,
      );
    } catch (err) {
      const code = (err as { code?: string }).code;
      // deallocated meanwhile (the least recently used, while this call held its name): as it came
      if (code === '26000') return plain(text, params, options as never);
      // a table changed under a cached plan (a migration in this process): prepare it no more
      if (code === '0A000') {
        names.set(text, Promise.resolve(null));
        await plain(`deallocate ${name}`).catch(() => undefined);
        return plain(text, params, options as never);
      }
      throw err;
    }
  };
  client.query = query as Query;
}
