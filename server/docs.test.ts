import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The repository stands alone: no tracked file sends a contributor outside it. */
describe('docs', () => {
  const tracked = execFileSync('git', ['ls-files', '*.md', '*.ts', '*.tsx'], { cwd: root })
    .toString()
    .split('\n')
    .filter(Boolean);

  it('no file links or points to ../shared', () => {
    const offenders = tracked.filter(
      (f) =>
        f !== 'server/docs.test.ts' &&
        /\.\.\/shared\b/.test(fs.readFileSync(path.join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('every relative link of the Markdown files resolves', () => {
    const broken: string[] = [];
    for (const f of tracked.filter((t) => t.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(root, f), 'utf8');
      for (const m of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        const target = m[1] ?? '';
        if (/^[a-z]+:/i.test(target)) continue;
        if (!fs.existsSync(path.resolve(root, path.dirname(f), target)))
          broken.push(`${f} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
