/**
 * Builds the web apps when the build is missing or older than their sources, so `npm start`
 * works right after `npm install` and stays fast on the next start.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** One page per web app (web/vite.config.ts `pages`): the admin app and the citizens' site. */
const built = [
  ...['admin', 'public'].map((app) => path.join(root, `dist/web/${app}/index.html`)),
  // the admin app's service worker (ADR 0005): a build without it cannot open offline
  path.join(root, 'dist/web/sw.js'),
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

const sources = Math.max(
  newestMtime(path.join(root, 'web')),
  newestMtime(path.join(root, 'common')),
);
const force = process.argv.includes('--force');
const stale = (file: string) => !fs.existsSync(file) || fs.statSync(file).mtimeMs < sources;
if (force || built.some(stale)) {
  process.stdout.write('构建前端 building the web apps…\n');
  // one build per app (web/vite.config.ts): the admin with React, the citizens' site with Preact
  for (const app of ['admin', 'public']) {
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'web/vite.config.ts',
        '--logLevel',
        'warn',
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, TIEXIN_WEB_APP: app } },
    );
  }
}
