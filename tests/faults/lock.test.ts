import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  loginOver,
  type ServerProcess,
  startServer,
  waitForExit,
} from '../support/server-process.ts';

/**
 * The embedded engine must survive a killed process: every write that was acknowledged with a 2xx
 * is there after a restart, and the restart needs no manual repair (the stale lock is taken over).
 */
// each test starts real server processes: on a loaded 2-core machine a start takes tens of seconds
describe('crash safety on the embedded database', { timeout: 300_000 }, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-crash-'));
  const env = { DATA_DIR: dataDir, TIEXIN_DEMO: '1' };
  let server: ServerProcess | undefined;
  afterAll(() => {
    server?.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second process on the same data folder with a clear message', async () => {
    server = await startServer(env);
    const second = await startServer(env).then(
      () => ({ exitCode: 0, output: 'started' }),
      (err: { exitCode?: number; output?: string }) => err,
    );
    expect(second.exitCode).toBe(1);
    expect(second.output).toContain('正被另一个 Tiexin 进程');
  });

  it('keeps every acknowledged write across kill -9, three times over', async () => {
    if (!server) throw new Error('no server');
    const acknowledged: string[] = [];
    for (let round = 0; round < 3; round++) {
      const client = await loginOver(server.url, 'office', 'tiexin2014');
      const orgs = (await (await client.get('/api/orgs')).json()) as { items: { id: string }[] };
      const orgId = orgs.items[1]?.id;
      // write continuously; kill the process while requests are in flight
      let stop = false;
      const writer = (async () => {
        for (let i = 0; !stop; i++) {
          try {
            const res = await client.post('/api/cadres', {
              orgId,
              name: `崩溃测试${round}-${i}`,
              rank: 'other',
            });
            if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
          } catch {
            return; // connection refused/reset once the process is gone
          }
        }
      })();
      await new Promise((r) => setTimeout(r, 800 + round * 300));
      server.child.kill('SIGKILL');
      await waitForExit(server.child);
      stop = true;
      await writer;
      server = await startServer(env);
    }
    expect(acknowledged.length).toBeGreaterThan(10);
    const admin = await loginOver(server.url, 'admin', 'tiexin2014');
    const missing: string[] = [];
    for (const id of acknowledged) {
      if ((await admin.get(`/api/cadres/${id}`)).status !== 200) missing.push(id);
    }
    expect(missing).toEqual([]);
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { db: string };
    expect(health.db).toBe('pglite');
  });

  it('closes cleanly on SIGTERM and releases the lock', async () => {
    if (!server) throw new Error('no server');
    server.child.kill('SIGTERM');
    expect(await waitForExit(server.child)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'tiexin.lock'))).toBe(false);
    server = await startServer(env);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
