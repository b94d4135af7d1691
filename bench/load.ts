/**
 * Bulk loading for the scale data: rows are buffered per table and written in batches of one
 * `INSERT … SELECT … FROM unnest($1::type[], $2::type[], …)` each — one parameter per column, so a
 * batch of 10,000 rows is one statement on both engines — with a progress bar on stderr.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../server/db/client.ts';

/** A column: its name, the element type of its parameter array, and an optional select expression. */
export type Col = { name: string; type: string; expr?: (ref: string) => string };
export type Exprs = Record<string, (ref: string) => string>;

/**
 * The columns of a table from `"name:type name …"`: the type is text unless given, `ts` is
 * timestamptz; `exprs` gives a column its select expression.
 */
export function columns(spec: string, exprs: Exprs = {}): Col[] {
  return spec
    .trim()
    .split(/\s+/)
    .map((word) => {
      const [name = '', type = 'text'] = word.split(':');
      const col: Col = { name, type: type === 'ts' ? 'timestamptz' : type };
      const expr = exprs[name];
      if (expr) col.expr = expr;
      return col;
    });
}

function element(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const s = v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : JSON.stringify(v);
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started = performance.now();
  constructor(
    private total: number,
    private readonly enabled: boolean,
  ) {}
  add(n: number, label: string) {
    this.done += n;
    if (this.done > this.total) this.total = this.done;
    const now = performance.now();
    if (!this.enabled || (now - this.lastDraw < 250 && this.done < this.total)) return;
    this.lastDraw = now;
    const share = this.done / this.total;
    const width = 30;
    const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
    const line = `${bar} ${(share * 100).toFixed(0).padStart(3)}%  ${this.done.toLocaleString('en')} / ${this.total.toLocaleString('en')} rows  ${((now - this.started) / 1000).toFixed(0)} s  ${label}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line.padEnd(110)}`);
    else if (Math.floor(share * 10) !== Math.floor(((this.done - n) / this.total) * 10))
      process.stderr.write(`${line}\n`);
  }
  end() {
    if (this.enabled && process.stderr.isTTY) process.stderr.write('\n');
  }
}

export class TableWriter {
  private rows: unknown[][] = [];
  written = 0;
  constructor(
    private readonly db: DbOrTx,
    readonly table: string,
    private readonly cols: Col[],
    private readonly progress: Progress,
    /** tables whose buffered rows must reach the database first (foreign keys) */
    private readonly before: TableWriter[] = [],
    private readonly batch = 10_000,
  ) {}

  async push(row: unknown[]) {
    this.rows.push(row);
    if (this.rows.length >= this.batch) await this.flush();
  }

  async flush() {
    for (const w of this.before) await w.flush();
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    const arrays = this.cols.map((_, i) => `{${rows.map((r) => element(r[i])).join(',')}}`);
    const names = this.cols.map((c) => `"${c.name}"`).join(', ');
    const refs = this.cols.map((_, i) => `c${i}`);
    const select = this.cols.map((c, i) => (c.expr ? c.expr(`u.c${i}`) : `u.c${i}`)).join(', ');
    const params = sql.join(
      this.cols.map((c, i) => sql`${arrays[i]}::${sql.raw(c.type)}[]`),
      sql`, `,
    );
    await this.db.execute(
      sql`insert into ${sql.raw(`"${this.table}"`)} (${sql.raw(names)}) select ${sql.raw(select)} from unnest(${params}) as u(${sql.raw(refs.join(', '))})`,
    );
    this.written += rows.length;
    this.progress.add(rows.length, this.table);
  }
}
