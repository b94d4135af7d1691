import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer, waitForExit } from '../support/server-process.ts';

/**
 * One server per data folder: a second process is refused with a clear message, and SIGTERM
 * releases the lock. (Killed processes and their stale locks: crash.test.ts.)
 */
// each test starts real server processes: on a loaded 2-core machine a start takes tens of seconds
describe('the data folder lock', { timeout: 300_000 }, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-crash-'));
  const env = { DATA_DIR: dataDir, TIEXIN_DEMO: '1' };
  let server: ServerProcess | undefined;
  afterAll(() => {
    server?.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second process on the same data folder with a clear message', async () => {
    server = await startServer(env, 180_000);
    const second = await startServer(env, 180_000).then(
      () => ({ exitCode: 0, output: 'started' }),
      (err: { exitCode?: number; output?: string }) => err,
    );
    expect(second.exitCode).toBe(1);
    expect(second.output).toContain('正被另一个 Tiexin 进程');
  });

  it('closes cleanly on SIGTERM and releases the lock', async () => {
    if (!server) throw new Error('no server');
    server.child.kill('SIGTERM');
    expect(await waitForExit(server.child)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'tiexin.lock'))).toBe(false);
    server = await startServer(env, 180_000);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
