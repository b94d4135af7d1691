/**
 * The server's user-facing texts live in the catalog (`server/platform/i18n/`, issue 11 §6),
 * checked. Fails (exit 1) when a server file outside the catalog
 *
 * 1. gives an Excel column a header written in Chinese (`{ header: '联系点', … }`);
 * 2. names a sheet in Chinese (`buildSheet('干部名单', …)`, `streamSheet(…)`);
 * 3. has an import require or read a column by a Chinese header (`headers: ['姓名']`,
 *    `cells['姓名']`) instead of the same catalog entry the template and export use;
 * 4. writes an audit row's summary in Chinese (`summary: \`新增单位 ${name}\``) instead of
 *    `auditText.<entity>.<what>(…)` (the OpenAPI `summary` of a route is documentation, not
 *    checked);
 * 5. writes an error's message in Chinese: an import row's (`{ row, field, message: '请填写联系点' }`)
 *    or a resolver's (`{ error: \`找不到单位“${ref}”\` }`), instead of
 *    `text('IMPORT_INVALID.<variant>', { … })` from the catalog;
 * 6. gives a zod check a Chinese message (`z.uuid('请选择住户')`, `.max(50, '一次最多结对 50 户')`)
 *    in a server schema: a form's own rule lives in `common/` with its message (the web shows it
 *    too), a server-only one takes `text('VALIDATION.<variant>')`. `server/config.ts` is left out:
 *    its messages are for the operator starting the server.
 *
 * Tests (`*.test.ts`) are left out: they assert the literal texts, so that they can fail. Each
 * finding says where the text goes. Run: `npx tsx scripts/check-catalog.ts` (a stage of
 * `npm test`); `--root <dir>` checks another tree.
 */
import fs from 'node:fs';
import path from 'node:path';

const rootArg = process.argv.indexOf('--root');
const root = path.resolve(rootArg > 0 ? (process.argv[rootArg + 1] ?? '.') : '.');
const CATALOG = 'server/platform/i18n/';

/** Chinese characters and the full-width punctuation written with them. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** A string literal: quoted, or a template without nested templates. */
const STRING = /(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`]*`)/.source;

const EXCEL = 'server/platform/i18n/excel.zh-CN.ts';
const AUDIT = 'server/platform/i18n/audit.zh-CN.ts';
/** Route files: their `summary` is the OpenAPI text of a route. */
const ROUTES = /(\.routes\.ts|platform\/routes\.ts|platform\/workflow\/routes\.ts)$/;
const rules: { pattern: RegExp; what: string; fix: string; skip?: RegExp }[] = [
  {
    pattern: new RegExp(String.raw`\bheader\s*:\s*(${STRING})`, 'g'),
    what: 'an Excel column header',
    fix: `put it in the sheet's entry of excelText (${EXCEL}), columns: { <field>: '…' }, and write header: X.columns.<field> (const X = excelText.<sheet>)`,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:buildSheet|streamSheet)\s*(?:<[^>]*>)?\(\s*(${STRING})`,
      'g',
    ),
    what: 'a sheet name',
    fix: `put it in excelText (${EXCEL}), sheet: '…', and write buildSheet(X.sheet, …)`,
  },
  {
    pattern: /\bheaders\s*:\s*\[([^\]]*)\]/g,
    what: 'the headers an import requires',
    fix: `take them from the columns of the sheet's excelText entry (${EXCEL}), as its template and export do`,
  },
  {
    pattern: new RegExp(String.raw`\bcells\s*\[\s*(${STRING})\s*\]`, 'g'),
    what: 'a column an import reads',
    fix: `read it by the columns of the sheet's excelText entry (${EXCEL}): cells[X.columns.<field>]`,
  },
  {
    pattern: new RegExp(String.raw`\bsummary\s*[:=]\s*(${STRING})`, 'g'),
    what: 'an audit summary',
    fix: `add a function to auditText (${AUDIT}) and write summary: auditText.<entity>.<what>(…)`,
    skip: ROUTES,
  },
  {
    pattern: new RegExp(String.raw`\b(?:message|error)\s*:\s*(${STRING})`, 'g'),
    what: 'an error message',
    fix: `add a variant to zhCN (${CATALOG}zh-CN.ts), 'IMPORT_INVALID.<variant>': '…{name}…', and write message: text('IMPORT_INVALID.<variant>', { name })`,
  },
  {
    pattern: new RegExp(
      String.raw`(?:\bz\.(?!literal\b)\w+\(\s*|\.(?:string|uuid|email|url)\(\s*|\.(?:min|max|length|regex)\(\s*[^,()\n]+,\s*)(${STRING})`,
      'g',
    ),
    what: 'a validation message',
    fix: `use the schema of common/ that has it, or add a variant to zhCN (${CATALOG}zh-CN.ts), 'VALIDATION.<variant>': '…', and pass text('VALIDATION.<variant>')`,
    skip: /^server\/config\.ts$/,
  },
];

function filesUnder(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f).split(path.sep).join('/'))
    .filter(
      (f) =>
        /\.tsx?$/.test(f) &&
        !/\.test\.tsx?$/.test(f) &&
        !f.startsWith(CATALOG) &&
        fs.statSync(path.join(root, f)).isFile(),
    );
}

const files = filesUnder('server');
const findings: string[] = [];
for (const file of files) {
  const src = fs.readFileSync(path.join(root, file), 'utf8');
  const lines = src.split('\n');
  for (const rule of rules) {
    if (rule.skip?.test(file)) continue;
    for (const m of src.matchAll(rule.pattern)) {
      const text = m[1] as string;
      if (!CJK.test(text)) continue;
      const line = src.slice(0, m.index).split('\n').length;
      // a comment that shows the shape is not code
      if (/^\s*(\/\/|\/?\*)/.test(lines[line - 1] ?? '')) continue;
      const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      findings.push(`${file}:${line} ${rule.what} written inline (${shown.trim()}) — ${rule.fix}`);
    }
  }
}

// by file and line, whatever rule found it
findings.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
if (findings.length) {
  process.stderr.write(
    `✗ texts written in the code instead of the catalog (issue 11 §6; docs/ARCHITECTURE.md "Excel sheets"):\n${findings.map((f) => `  ${f}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `✓ catalog: no Excel header, sheet name, import column, audit summary, error or validation message written inline (${files.length} server files checked)\n`,
);
