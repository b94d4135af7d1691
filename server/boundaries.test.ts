import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The module boundaries of biome.json (CONTRIBUTING.md "Module boundaries"), checked on files with
 * one import each: the project's biome.json is copied next to them, Biome lints them, and each
 * file must be reported by exactly the rule it breaks — or by none.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const biome = path.join(root, 'node_modules', '.bin', 'biome');

type Rule = 'ui-imports-feature' | 'other-modules-repo' | 'query-builder' | null;
const ruleOf = (message: string): Rule => {
  if (message.startsWith('web/admin/ui is the shared kit')) return 'ui-imports-feature';
  if (message.startsWith("A module never imports another module's repository")) {
    return 'other-modules-repo';
  }
  if (message.startsWith('Only *.repo.ts files and server/db run queries')) return 'query-builder';
  throw new Error(`unknown message: ${message}`);
};

const cases: { file: string; from: string; breaks: Rule }[] = [
  // 1. web/admin/ui never imports a feature or a page
  {
    file: 'web/admin/ui/Kit.tsx',
    from: '../modules/cases/api/casesApi.ts',
    breaks: 'ui-imports-feature',
  },
  {
    file: 'web/admin/ui/excel/sheet.ts',
    from: '../../pages/CasesPage.tsx',
    breaks: 'ui-imports-feature',
  },
  { file: 'web/admin/ui/Other.tsx', from: './PageHeader.tsx', breaks: null },
  { file: 'web/admin/modules/cases/Feature.tsx', from: '../../ui/api.ts', breaks: null },
  // 2. a module calls another module's service, never its repository
  {
    file: 'server/modules/visits/visits.service.ts',
    from: '../cases/cases.repo.ts',
    breaks: 'other-modules-repo',
  },
  {
    file: 'server/modules/visits/visits.repo.ts',
    from: '../cases/cases.repo.ts',
    breaks: 'other-modules-repo',
  },
  {
    file: 'server/modules/campaigns/templates/t.ts',
    from: '../../cases/cases.repo.ts',
    breaks: 'other-modules-repo',
  },
  { file: 'server/modules/visits/visits.routes.ts', from: './visits.repo.ts', breaks: null },
  {
    file: 'server/modules/visits/visits.policy.ts',
    from: '../cases/cases.service.ts',
    breaks: null,
  },
  { file: 'server/modules/campaigns/templates/u.ts', from: '../campaigns.repo.ts', breaks: null },
  { file: 'server/modules/visits/visits.test.ts', from: '../cases/cases.repo.ts', breaks: null },
  // 3. only repositories, server/db and test code import the query builder
  { file: 'server/modules/visits/visits.schemas.ts', from: 'drizzle-orm', breaks: 'query-builder' },
  { file: 'server/platform/helper.ts', from: 'drizzle-orm/pg-core', breaks: 'query-builder' },
  { file: 'common/shared.ts', from: 'drizzle-orm', breaks: 'query-builder' },
  { file: 'web/admin/ui/Sql.tsx', from: 'drizzle-orm', breaks: 'query-builder' },
  { file: 'server/modules/cases/cases.repo.ts', from: 'drizzle-orm', breaks: null },
  { file: 'server/platform/scope.repo.ts', from: 'drizzle-orm', breaks: null },
  { file: 'server/db/tx.ts', from: 'drizzle-orm', breaks: null },
  { file: 'server/test/factories.ts', from: 'drizzle-orm', breaks: null },
  { file: 'server/modules/cases/cases.test.ts', from: 'drizzle-orm', breaks: null },
];

let reported: Map<string, Rule[]>;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-boundaries-'));
  fs.copyFileSync(path.join(root, 'biome.json'), path.join(dir, 'biome.json'));
  for (const c of cases) {
    fs.mkdirSync(path.join(dir, path.dirname(c.file)), { recursive: true });
    fs.writeFileSync(
      path.join(dir, c.file),
      `import * as imported from '${c.from}';\n\nexport const used = imported;\n`,
    );
  }
  const run = spawnSync(
    biome,
    ['lint', '--vcs-enabled=false', '--only=style/noRestrictedImports', '--reporter=json', '.'],
    { cwd: dir, encoding: 'utf8' },
  );
  const out = JSON.parse(run.stdout) as {
    diagnostics: { category: string; message: string; location: { path: string } }[];
  };
  reported = new Map();
  for (const d of out.diagnostics) {
    if (d.category !== 'lint/style/noRestrictedImports') throw new Error(d.message);
    const file = d.location.path.split(path.sep).join('/');
    reported.set(file, [...(reported.get(file) ?? []), ruleOf(d.message)]);
  }
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('module boundaries (biome.json noRestrictedImports)', () => {
  it.each(cases)('$file importing $from breaks $breaks', ({ file, breaks }) => {
    expect(reported.get(file) ?? []).toEqual(breaks ? [breaks] : []);
  });
});
