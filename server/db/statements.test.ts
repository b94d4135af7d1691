import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../test/hooks.ts';
import type { Database } from './client.ts';
import { StatementCache } from './statements.ts';

describe('StatementCache (built once per shape, then only bound)', () => {
  const database = useTestDatabase();

  it('builds a shape once, binds new values every call, and keeps shapes apart', async () => {
    const cache = new StatementCache('test_stmt');
    let builds = 0;
    const add = (shape: 'sum' | 'product', a: number, b: number) =>
      cache.rows<{ n: number }>(
        database.db,
        shape,
        () => {
          builds++;
          const op = shape === 'sum' ? sql`+` : sql`*`;
          return sql`select (${sql.placeholder('a')}::int ${op} ${sql.placeholder('b')}::int) as n`;
        },
        { a, b },
      );
    // more calls than a pool has connections: each connection prepares the named statement once
    for (let i = 0; i < 12; i++) expect(await add('sum', i, 1)).toEqual([{ n: i + 1 }]);
    expect(builds).toBe(1);
    expect(await add('product', 6, 7)).toEqual([{ n: 42 }]);
    expect(await add('sum', 40, 2)).toEqual([{ n: 42 }]);
    expect(builds).toBe(2);
    const concurrent = await Promise.all(
      Array.from({ length: 8 }, (_, i) => add(i % 2 ? 'sum' : 'product', i, 3)),
    );
    expect(concurrent.map(([r]) => r?.n)).toEqual([0, 4, 6, 6, 12, 8, 18, 10]);
  });

  it('runs inside a transaction and rolls back with it', async () => {
    const cache = new StatementCache('test_stmt_tx');
    await database.db.execute(sql`create table stmt_probe (v text not null)`);
    const insert = (
      db: Database['db'] | Parameters<Parameters<Database['db']['transaction']>[0]>[0],
      v: string,
    ) =>
      cache.rows(
        db,
        'insert',
        () => sql`insert into stmt_probe (v) values (${sql.placeholder('v')})`,
        {
          v,
        },
      );
    await insert(database.db, 'kept');
    await expect(
      database.db.transaction(async (tx) => {
        await insert(tx, 'rolled back');
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const rows = (await database.db.execute(
      sql`select v from stmt_probe order by v`,
    )) as unknown as {
      rows: { v: string }[];
    };
    expect(rows.rows).toEqual([{ v: 'kept' }]);
  });

  it('refuses a call without a value for every placeholder', async () => {
    const cache = new StatementCache('test_stmt_missing');
    await expect(
      cache.rows(database.db, 'x', () => sql`select ${sql.placeholder('x')}::int as x`, {}),
    ).rejects.toThrow(/placeholder/i);
  });
});
