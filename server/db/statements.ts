import type { Query, SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.ts';

const dialect = new PgDialect();

/**
 * Statements built once per shape and then run with values only, for the hottest writes: the SQL
 * (with `sql.placeholder(key)` where values go) is turned into text the first time a shape is
 * seen, and every later call only binds values — on PostgreSQL as a named prepared statement, so
 * the server parses and plans it once per connection too. Building drizzle SQL for the public
 * submission's one statement was a fifth of the request's CPU (docs/performance.md).
 *
 * `shape` must name everything the built SQL depends on other than the placeholder values; the
 * values are passed as the driver takes them (`column.mapToDriverValue`, no encoding here).
 */
export class StatementCache {
  private readonly built = new Map<string, { query: Query; name: string }>();
  constructor(private readonly prefix: string) {}

  async rows<R>(
    db: DbOrTx,
    shape: string,
    build: () => SQL,
    values: Record<string, unknown>,
  ): Promise<R[]> {
    let statement = this.built.get(shape);
    if (!statement) {
      statement = {
        query: dialect.sqlToQuery(build()),
        name: `${this.prefix}_${this.built.size + 1}`,
      };
      this.built.set(shape, statement);
    }
    const result = await db._.session
      .prepareQuery(statement.query, undefined, statement.name, false)
      .execute(values);
    return (result as { rows: R[] }).rows;
  }
}
