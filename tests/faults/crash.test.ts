import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../common/dates.ts';
import {
  loginOver,
  type ServerProcess,
  startServer,
  waitForExit,
} from '../support/server-process.ts';
import {
  freshPostgres,
  pgliteChecksums,
  pgQuery,
  runScript,
  SHORT,
  size,
  tableChecksums,
} from './support.ts';

/**
 * Crash under load: writers send public case submissions and visit logs continuously, each with
 * its own idempotency key (clientId); the server process is killed with SIGKILL at a random
 * moment, again and again. After every restart — which must need no manual repair — every write
 * that was acknowledged (2xx) is there, and the request that was in flight when the process died,
 * sent again with the same clientId, does not make a second row.
 */
type Write =
  | { kind: 'case'; clientId: string; body: Record<string, unknown> }
  | { kind: 'visit'; clientId: string; body: Record<string, unknown> };
type Acked = { write: Write; ref: string };

const DEMO_PASSWORD = 'tiexin2014';
/** a fresh folder loads the demo data first; on a loaded 2-core machine that takes a while */
const START_MS = 180_000;
let addr = 0;
/** A different X-Forwarded-For each time: the server trusts it from loopback (TRUST_PROXY=loopback) for the limits. */
const forwardedFor = () => {
  addr++;
  return `10.9.${(addr >> 8) & 255}.${addr & 255}`;
};

async function crashUnderLoad(
  env: Record<string, string>,
  kills: number,
  whileRunning: (server: ServerProcess) => Promise<void> = async () => {},
) {
  const stats = {
    acknowledged: 0,
    present: 0,
    duplicates: 0,
    kills: 0,
    inFlightRetried: 0,
    restartsMs: [] as number[],
  };
  const acked: Acked[] = [];
  let server: ServerProcess = await startServer(
    { ...env, TIEXIN_DEMO: '1', TRUST_PROXY: 'loopback' },
    START_MS,
  );
  await whileRunning(server);
  const setup = await loginOver(server.url, 'cadre', DEMO_PASSWORD);
  const points = (await (await setup.get('/api/contact-points')).json()) as {
    items: { id: string }[];
  };
  const contactPointId = points.items[0]?.id;
  const categories = (await (await fetch(`${server.url}/api/public/categories`)).json()) as {
    items: { id: string }[];
  };
  const categoryId = categories.items[0]?.id;
  if (!contactPointId || !categoryId)
    throw new Error('the demo data has no contact point or category');
  const today = todayInChina();
  let n = 0;
  const newWrite = (kind: 'case' | 'visit'): Write => {
    n++;
    return kind === 'case'
      ? {
          kind,
          clientId: randomUUID(),
          body: {
            categoryId,
            content: `崩溃测试第 ${n} 件：村道破损多处，请尽快修复`,
            anonymous: true,
          },
        }
      : {
          kind,
          clientId: `crash-${randomUUID()}`,
          body: { contactPointId, startDate: today, heard: `崩溃测试走访 ${n}` },
        };
  };

  /** Sends one write; resolves with its status and the row's reference (tracking code or id). */
  async function send(url: string, cadre: Awaited<ReturnType<typeof loginOver>>, w: Write) {
    const res =
      w.kind === 'case'
        ? await fetch(`${url}/api/public/cases`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor() },
            body: JSON.stringify({ ...w.body, clientId: w.clientId }),
          })
        : await cadre.post('/api/visits', { ...w.body, clientId: w.clientId });
    const json = (await res.json().catch(() => ({}))) as { trackingCode?: string; id?: string };
    return { status: res.status, ref: json.trackingCode ?? json.id ?? '' };
  }

  for (let round = 0; round < kills; round++) {
    const cadre = await loginOver(server.url, 'cadre', DEMO_PASSWORD);
    const inFlight: Write[] = [];
    let stop = false;
    let killed = false;
    // two writers of each kind, each with at most one request in flight
    const writer = async (kind: 'case' | 'visit', slot: number) => {
      while (!stop) {
        const w = newWrite(kind);
        inFlight[slot] = w;
        try {
          const r = await send(server.url, cadre, w);
          if (r.status === 201 && r.ref) acked.push({ write: w, ref: r.ref });
          else if (killed)
            return; // the answer was cut off: the write stays in flight
          else throw new Error(`${kind} answered ${r.status}`);
          inFlight[slot] = undefined as unknown as Write;
        } catch (err) {
          if (stop || killed) return; // the connection died with the process
          throw err;
        }
      }
    };
    const writers = [writer('case', 0), writer('case', 1), writer('visit', 2), writer('visit', 3)];
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 1700));
    killed = true;
    server.child.kill('SIGKILL');
    stats.kills++;
    await waitForExit(server.child);
    stop = true;
    await Promise.all(writers);

    const t0 = Date.now();
    // the restart needs no repair: the stale lock is taken over, the engine recovers by itself
    server = await startServer({ ...env, TIEXIN_DEMO: '1', TRUST_PROXY: 'loopback' }, START_MS);
    stats.restartsMs.push(Date.now() - t0);
    const again = await loginOver(server.url, 'cadre', DEMO_PASSWORD);
    // the requests that were in flight: sent again with the same clientId, twice
    for (const w of inFlight.filter(Boolean)) {
      const first = await send(server.url, again, w);
      expect([200, 201], `${w.kind} retry`).toContain(first.status);
      const second = await send(server.url, again, w);
      expect(second.status).toBe(200);
      expect(second.ref).toBe(first.ref);
      acked.push({ write: w, ref: first.ref });
      stats.inFlightRetried++;
    }
    // an acknowledged write sent again is the same row
    const old = acked[Math.floor(Math.random() * acked.length)];
    if (old) {
      const r = await send(server.url, again, old.write);
      expect(r.status).toBe(200);
      expect(r.ref).toBe(old.ref);
    }
  }

  // every acknowledged write is there, through the API of the restarted server
  const admin = await loginOver(server.url, 'admin', DEMO_PASSWORD);
  const missing: string[] = [];
  for (const a of acked) {
    const res =
      a.write.kind === 'case'
        ? await fetch(`${server.url}/api/public/cases/${a.ref}`, {
            headers: { 'x-forwarded-for': forwardedFor() },
          })
        : await admin.get(`/api/visits/${a.ref}`);
    if (res.status === 200) stats.present++;
    else missing.push(`${a.write.kind} ${a.ref}: ${res.status}`);
  }
  stats.acknowledged = acked.length;
  return { stats, missing, acked, server };
}

const DUPLICATES_SQL = (caseKeys: string[], visitKeys: string[]) => `
  select (select count(*) from (select external_ref from cases where channel = 'web'
            and external_ref in (${caseKeys.map((k) => `'${k}'`).join(',') || 'null'})
            group by external_ref having count(*) > 1) d)::int
       + (select count(*) from (select client_id from visits
            where client_id in (${visitKeys.map((k) => `'${k}'`).join(',') || 'null'})
            group by client_id having count(*) > 1) d)::int as duplicates,
         (select count(*) from cases where channel = 'web' and external_ref in (${caseKeys.map((k) => `'${k}'`).join(',') || 'null'}))::int
       + (select count(*) from visits where client_id in (${visitKeys.map((k) => `'${k}'`).join(',') || 'null'}))::int as rows`;

function report(
  engine: string,
  r: Awaited<ReturnType<typeof crashUnderLoad>>['stats'],
  rows: number,
) {
  const ms = r.restartsMs;
  process.stdout.write(
    `crash under load (${engine}): ${r.kills} kills, ${r.acknowledged} acknowledged writes ` +
      `(${r.inFlightRetried} of them in flight at a kill, retried), ${r.present} present, ` +
      `${rows} rows for their keys, ${r.duplicates} duplicates; restart ${Math.min(...ms)}–${Math.max(...ms)} ms\n`,
  );
}

describe('crash under load', { timeout: 1_800_000 }, () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it(`on the embedded database: ${size(20, 2)} kills, then the lock and a backup round trip`, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-crash-'));
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-restored-'));
    dirs.push(dataDir, otherDir);
    const file = path.join(otherDir, 'backup.tar.gz');
    const run = await crashUnderLoad({ DATA_DIR: dataDir }, size(20, 2), async () => {
      // one process per data folder: a second server, a backup and a restore are refused
      const second = await startServer({ DATA_DIR: dataDir, TIEXIN_DEMO: '1' }, START_MS).then(
        (s) => {
          s.child.kill('SIGKILL');
          return { exitCode: 0, output: 'started' };
        },
        (err: { exitCode?: number; output?: string }) => err,
      );
      expect(second.exitCode).toBe(1);
      expect(second.output).toContain('正被另一个 Tiexin 进程');
      const placeholder = path.join(otherDir, 'placeholder.tar.gz');
      fs.writeFileSync(placeholder, 'x');
      for (const [script, args] of [
        ['scripts/backup.ts', ['--out', file]],
        ['scripts/restore.ts', [placeholder]],
      ] as const) {
        const r = await runScript(script, [...args], { DATA_DIR: dataDir });
        expect(r.code).toBe(1);
        expect(r.output).toContain('正被另一个 Tiexin 进程');
      }
      expect(fs.existsSync(file)).toBe(false);
    });
    // SIGTERM: a clean stop that releases the lock
    run.server.child.kill('SIGTERM');
    expect(await waitForExit(run.server.child)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'tiexin.lock'))).toBe(false);
    const pg = new PGlite(path.join(dataDir, 'pgdata'));
    const keys = (k: string) =>
      run.acked.filter((a) => a.write.kind === k).map((a) => a.write.clientId);
    const [row] = (
      await pg.query<{ duplicates: number; rows: number }>(
        DUPLICATES_SQL(keys('case'), keys('visit')),
      )
    ).rows;
    const before = await tableChecksums((q) => pg.query(q) as never);
    await pg.close();
    run.stats.duplicates = row?.duplicates ?? -1;
    report('PGlite', run.stats, row?.rows ?? 0);
    expect(run.missing).toEqual([]);
    expect(run.stats.duplicates).toBe(0);
    expect(row?.rows).toBe(run.stats.acknowledged);
    expect(run.stats.acknowledged).toBeGreaterThan(run.stats.kills);

    // the data that went through the kills is backed up and restored, table for table
    const t0 = Date.now();
    const made = await runScript('scripts/backup.ts', ['--out', file], { DATA_DIR: dataDir });
    expect(made.code, made.output).toBe(0);
    const backupMs = Date.now() - t0;
    const t1 = Date.now();
    const restored = await runScript('scripts/restore.ts', [file], { DATA_DIR: otherDir });
    expect(restored.code, restored.output).toBe(0);
    const restoreMs = Date.now() - t1;
    expect(await pgliteChecksums(path.join(otherDir, 'pgdata'))).toEqual(before);
    // over a changed database: the old folder is kept aside, the backup's rows come back
    const changed = new PGlite(path.join(dataDir, 'pgdata'));
    await changed.query('delete from case_events');
    await changed.close();
    const again = await runScript('scripts/restore.ts', [file], { DATA_DIR: dataDir });
    expect(again.code, again.output).toBe(0);
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith('pgdata.before-restore-'))).toBe(true);
    expect(await pgliteChecksums(path.join(dataDir, 'pgdata'))).toEqual(before);
    if (!SHORT) {
      // and a server starts on the restored folder
      const back = await startServer({ DATA_DIR: otherDir, TIEXIN_DEMO: '1' }, START_MS);
      expect((await fetch(`${back.url}/healthz`)).status).toBe(200);
      back.child.kill('SIGTERM');
      await waitForExit(back.child);
    }
    const rows = Object.values(before).reduce((sum, v) => sum + Number.parseInt(v, 10), 0);
    process.stdout.write(
      `backup round trip (PGlite): ${Object.keys(before).length} tables, ${rows} rows, ` +
        `${Math.round(fs.statSync(file).size / 1024)} KB; backup ${backupMs} ms, restore ${restoreMs} ms ` +
        `(each with its process start); checksums identical\n`,
    );
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(`on PostgreSQL: ${size(20, 2)} kills`, async () => {
    const db = await freshPostgres(process.env.TEST_DATABASE_URL as string);
    try {
      const run = await crashUnderLoad({ DATABASE_URL: db.url }, size(20, 2));
      run.server.child.kill('SIGTERM');
      await waitForExit(run.server.child);
      const q = await pgQuery(db.url);
      const keys = (k: string) =>
        run.acked.filter((a) => a.write.kind === k).map((a) => a.write.clientId);
      const row = (await q.query(DUPLICATES_SQL(keys('case'), keys('visit')))).rows[0] as {
        duplicates: number;
        rows: number;
      };
      await q.end();
      run.stats.duplicates = row.duplicates;
      report('PostgreSQL', run.stats, row.rows);
      expect(run.missing).toEqual([]);
      expect(run.stats.duplicates).toBe(0);
      expect(row.rows).toBe(run.stats.acknowledged);
    } finally {
      await db.drop();
    }
  });
});
