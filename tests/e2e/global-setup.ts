import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerProcess, startServer, waitForExit } from '../support/server-process.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the web apps if needed and starts a server with demo data on a fresh data folder. */
export default async function setup() {
  if (process.env.E2E_BASE_URL) return; // testing a server someone else started
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build-web.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-e2e-'));
  const server: ServerProcess = await startServer({ DATA_DIR: dataDir, TIEXIN_DEMO: '1' });
  process.env.E2E_BASE_URL = server.url;
  return async () => {
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
