/**
 * One contract between server and web (issue 11 §2), checked: the web takes the types the server
 * defines from `common/` instead of writing them again. Fails (exit 1) when a file of `web/`
 *
 * 1. declares a type whose name is one `common/` exports (`Cadre` for `TCadre`/`ZCadreSchema`) as
 *    an object or a union of string literals — a copy, not an alias of the common type;
 * 2. declares an object type with the same fields as a schema of `common/` or of a server
 *    module's `*.schemas.ts` (a copy under another name);
 * 3. writes a list of string literals (a union type or an `as const` array) equal to an
 *    enumeration of `common/` (ROLES, CASE_STATUSES, OUTBOX_KINDS, …);
 * 4. imports a value (not `import type`) from a `common/` file that loads zod: the web bundles
 *    would carry the schema library.
 *
 * Each finding says where to import the type from. Run: `npx tsx scripts/check-contract.ts`
 * (a stage of `npm test`); `--root <dir>` checks another tree (its own test does).
 */
import fs from 'node:fs';
import path from 'node:path';

const rootArg = process.argv.indexOf('--root');
const root = path.resolve(rootArg > 0 ? (process.argv[rootArg + 1] ?? '.') : '.');

function filesUnder(dir: string, keep: (f: string) => boolean): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => keep(f) && fs.statSync(path.join(root, f)).isFile());
}

const isSource = (f: string) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f);
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
const lineOf = (src: string, index: number) => src.slice(0, index).split('\n').length;

/** The text between the bracket at `open` and its partner (strings and comments ignored). */
function bracketBody(src: string, open: number): string {
  const pairs: Record<string, string> = { '{': '}', '(': ')', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < src.length; i++) {
    const c = src[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      const end = src.indexOf(c, i + 1);
      i = end < 0 ? src.length : end;
    } else if (c === '/' && src[i + 1] === '/') i = src.indexOf('\n', i);
    else if (c === '/' && src[i + 1] === '*') i = src.indexOf('*/', i) + 1;
    else if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack.at(-1)) {
      stack.pop();
      if (!stack.length) return src.slice(open + 1, i);
    }
    if (i < 0) break;
  }
  return '';
}

/** The top-level field names of an object body (`{ a: …, b?: …, c: z.x() }`). */
function topLevelKeys(body: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let atStart = true;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      i = body.indexOf(c, i + 1);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && body[i + 1] === '/') {
      i = body.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && body[i + 1] === '*') {
      i = body.indexOf('*/', i) + 1;
      continue;
    }
    if ('{([<'.includes(c)) depth++;
    else if ('})]>'.includes(c) && body[i - 1] !== '=') depth--;
    else if (depth === 0 && (c === ',' || c === ';' || c === '\n')) atStart = true;
    else if (depth === 0 && atStart && /[A-Za-z_$]/.test(c)) {
      const m = /^([A-Za-z_$][\w$]*)\??\s*:/.exec(body.slice(i));
      if (m) keys.push(m[1] as string);
      atStart = false;
    } else if (depth === 0 && !/\s/.test(c)) atStart = false;
  }
  return keys;
}

const literals = (text: string) => [...text.matchAll(/'([^']*)'/g)].map((m) => m[1] as string);

type Known = { file: string; name: string };
/** Type names `common/` defines: `TCadre` and `ZCadreSchema` both give `Cadre`. */
const commonNames = new Map<string, Known>();
/**
 * Object schemas of common/ and server/modules/<x>/<x>.schemas.ts that carry bodies and answers,
 * by their sorted field names. Query-string schemas (`…Filter…`, `…Query…`) are left out: on the
 * wire every value is a string, and the web keeps its filters typed for its own URL state.
 */
const shapes = new Map<string, Known>();
/** The field names of each common/ schema, by its type name (`Cadre` for ZCadreSchema). */
const fieldsOf = new Map<string, string[]>();
/** Enumerations of common/ (`export const X = ['a', 'b'] as const`), by their sorted values. */
const enums = new Map<string, Known>();

const commonFiles = filesUnder('common', isSource);
const schemaFiles = filesUnder('server/modules', (f) => f.endsWith('.schemas.ts'));
for (const file of [...commonFiles, ...schemaFiles]) {
  const src = read(file);
  const fromCommon = file.startsWith('common');
  for (const m of src.matchAll(/export (?:type|interface) T([A-Z]\w*)/g)) {
    if (!fromCommon) continue;
    commonNames.set(m[1] as string, { file, name: `T${m[1]}` });
    commonNames.set(`T${m[1]}`, { file, name: `T${m[1]}` });
  }
  for (const m of src.matchAll(/export const Z(\w+?)Schema\b/g))
    if (fromCommon && !commonNames.has(m[1] as string))
      commonNames.set(m[1] as string, { file, name: `Z${m[1]}Schema` });
  for (const m of src.matchAll(
    /(?:export )?const (Z\w+Schema)\s*=\s*z\s*\.(?:strictObject|object)\(/g,
  )) {
    const name = m[1] as string;
    const keys = topLevelKeys(bracketBody(src, (m.index ?? 0) + m[0].length));
    if (fromCommon) fieldsOf.set(name.slice(1, -'Schema'.length), keys);
    if (keys.length >= 4 && !/Filter|Query/.test(name))
      shapes.set([...keys].sort().join(','), { file, name });
  }
  for (const m of src.matchAll(/export const ([A-Z][A-Z_]+)\s*=\s*\[([^\]]*)\]\s*as const/g)) {
    const values = literals(m[2] as string);
    if (fromCommon && values.length >= 2)
      enums.set([...values].sort().join('\0'), { file, name: m[1] as string });
  }
}

/** common/ files that load zod, directly or through another common file. */
const zodFiles = new Set<string>();
const importsOf = (src: string) =>
  [...src.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)].map((m) => ({
    typeOnly: Boolean(m[1]),
    spec: m[2] as string,
  }));
for (let grew = true; grew; ) {
  grew = false;
  for (const file of commonFiles) {
    if (zodFiles.has(file)) continue;
    const loadsZod = importsOf(read(file)).some(
      (i) =>
        !i.typeOnly && (i.spec === 'zod' || zodFiles.has(path.join(path.dirname(file), i.spec))),
    );
    if (loadsZod) {
      zodFiles.add(file);
      grew = true;
    }
  }
}

const findings: string[] = [];
const hint = (k: Known) => `import it: import type { ${k.name} } from '…/${k.file}'`;

for (const file of filesUnder('web', isSource)) {
  const src = read(file);
  const at = (index: number) => `${file}:${lineOf(src, index)}`;

  for (const m of src.matchAll(
    /^(?:export )?(?:type (\w+)(?:<[^=]*>)?\s*=\s*|interface (\w+)(?:<[^{]*>)?\s*(?:extends [^{]+)?)/gm,
  )) {
    const name = (m[1] ?? m[2]) as string;
    const rest = src.slice((m.index ?? 0) + m[0].length);
    const isObject = rest.startsWith('{');
    const union = /^(\s*\|?\s*'[^']*'\s*)(\|\s*'[^']*'\s*)*;/.exec(rest);
    const keys = isObject ? topLevelKeys(bracketBody(rest, 0)) : [];
    const known = commonNames.get(name);
    // the same name as a common type, and half its fields or more the same: a copy of it (a web
    // type that only shares the name, such as the phone's offline OutboxItem, is something else)
    const common = fieldsOf.get(name.replace(/^T(?=[A-Z])/, '')) ?? [];
    const shared = keys.filter((k) => common.includes(k)).length;
    if (known && ((isObject && shared * 2 >= keys.length && shared > 0) || union))
      findings.push(`${at(m.index ?? 0)} type ${name} redefines ${known.name} — ${hint(known)}`);
    // form state (what an Ant Design form holds, `…Values`) is the web's own
    if (isObject && !name.endsWith('Values')) {
      const same = shapes.get([...keys].sort().join(','));
      if (same && keys.length >= 4)
        findings.push(
          `${at(m.index ?? 0)} type ${name} has the fields of ${same.name} — ${hint(same)}`,
        );
    }
    if (union) {
      const same = enums.get([...literals(union[0])].sort().join('\0'));
      if (same)
        findings.push(
          `${at(m.index ?? 0)} type ${name} repeats ${same.name} — use (typeof ${same.name})[number] from '…/${same.file}'`,
        );
    }
  }
  for (const m of src.matchAll(/const (\w+)(?:\s*:[^=]+)?\s*=\s*\[([^\]]*)\]\s*as const/g)) {
    const same = enums.get([...literals(m[2] as string)].sort().join('\0'));
    if (same)
      findings.push(
        `${at(m.index ?? 0)} ${m[1]} repeats ${same.name} — import it from '…/${same.file}'`,
      );
  }
  for (const i of importsOf(src)) {
    if (i.typeOnly || !i.spec.includes('common/')) continue;
    const target = path.relative(root, path.resolve(path.dirname(path.join(root, file)), i.spec));
    if (zodFiles.has(target))
      findings.push(
        `${file}: imports a value from ${target}, which loads zod — use \`import type\`, or move the value to a zod-free file (common/terms.ts, common/access.ts)`,
      );
  }
}

if (findings.length) {
  process.stderr.write(
    `✗ the web redefines what the server defines (issue 11 §2; docs/ARCHITECTURE.md "One contract"):\n${findings.map((f) => `  ${f}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `✓ contract: web/ takes its server types from common/ (${commonNames.size} type names, ${shapes.size} schemas, ${enums.size} enumerations checked)\n`,
);
