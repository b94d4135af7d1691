import { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareReads } from './pglite-prepared.ts';

/** PGlite's reads are prepared once and executed after (docs/performance.md, "Third session"). */
describe('prepared reads on PGlite', () => {
  let pg: PGlite;
  beforeEach(async () => {
    pg = new PGlite();
    await pg.waitReady;
    await prepareReads(pg, 3);
    await pg.exec('create table t (id int primary key, name text, at timestamptz)');
  });
  afterEach(() => pg.close());

  const prepared = async () =>
    (await pg.query<{ statement: string }>('select statement from pg_prepared_statements')).rows
      .map((r) => r.statement)
      .filter((s) => !s.includes('pg_prepared_statements'));

  it('prepares a read once and gives back exactly the values it was given', async () => {
    const tricky = "a'b\\c''; drop table t; --";
    for (let i = 0; i < 3; i++) {
      const r = await pg.query<{ x: string; n: number; z: null; b: boolean; at: Date }>(
        'select $1::text as x, $2::int as n, $3::text as z, $4::boolean as b, $5::timestamptz as at',
        [tricky, 42, null, true, new Date('2014-03-01T08:00:00Z')],
      );
      expect(r.rows[0]).toEqual({
        x: tricky,
        n: 42,
        z: null,
        b: true,
        at: new Date('2014-03-01T08:00:00Z'),
      });
    }
    expect(await prepared()).toHaveLength(1);
    expect((await pg.query('select count(*)::int as n from t')).rows).toEqual([{ n: 0 }]);
  });

  it('runs writes, locking reads and a transaction’s statements as they came', async () => {
    await pg.query('insert into t (id, name) values ($1, $2)', [1, 'a']);
    await pg.query('update t set name = $1 where id = $2', ['b', 1]);
    await pg.query(
      'with x as (delete from t where id = $1 returning id) select count(*) from x',
      [9],
    );
    await pg.transaction(async (tx) => {
      await tx.query('select name from t where id = $1', [1]);
    });
    await pg.query('select name from t where id = $1 for update', [1]);
    expect(await prepared()).toEqual([]);
    expect((await pg.query('select name from t where id = $1', [1])).rows).toEqual([{ name: 'b' }]);
  });

  it('runs a read as it came when a parameter cannot be written as a literal', async () => {
    const r = await pg.query('select $1::int[] as xs', [[1, 2]]);
    expect(r.rows).toEqual([{ xs: [1, 2] }]);
    expect(await prepared()).toEqual([]);
  });

  it('prepares a new text once when two calls send it at once', async () => {
    const [a, b] = await Promise.all([
      pg.query('select $1::int + 1 as n', [1]),
      pg.query('select $1::int + 1 as n', [2]),
    ]);
    expect([a.rows, b.rows]).toEqual([[{ n: 2 }], [{ n: 3 }]]);
    expect(await prepared()).toHaveLength(1);
  });

  it('keeps the most recently used texts prepared, the others deallocated', async () => {
    for (const k of [1, 2, 3, 4, 5]) await pg.query(`select $1::int * ${k} as n`, [k]);
    await new Promise((r) => setTimeout(r, 20));
    const kept = await prepared();
    expect(kept.length).toBeLessThanOrEqual(3);
    expect(kept.some((s) => s.includes('* 5'))).toBe(true);
    expect(kept.some((s) => s.includes('* 1 '))).toBe(false);
    // a deallocated text still answers
    expect((await pg.query('select $1::int * 1 as n', [7])).rows).toEqual([{ n: 7 }]);
  });

  it('answers after the table under a cached plan changed', async () => {
    await pg.query('insert into t (id, name) values (1, $1)', ['a']);
    expect((await pg.query('select * from t where id = $1', [1])).rows).toHaveLength(1);
    await pg.exec('alter table t add column extra int');
    const r = await pg.query('select * from t where id = $1', [1]);
    expect(r.rows[0]).toMatchObject({ id: 1, name: 'a', extra: null });
  });
});
