import { beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../db/schema/index.ts';
import { casePolicy } from '../modules/cases/cases.policy.ts';
import { outboxPolicy } from '../modules/channels/channels.policy.ts';
import { householdPolicy } from '../modules/households/households.policy.ts';
import { type Client, login } from '../test/app.ts';
import { makeContactPoint, makeUser } from '../test/factories.ts';
import { makeCase } from '../test/factories-cases.ts';
import { makeHousehold } from '../test/factories-households.ts';
import { useWorld } from '../test/hooks.ts';
import { readXlsx } from '../test/xlsx.ts';
import { ALL_ROLES, type Role } from './access.ts';
import { idNumberCheckChar, maskIdNumber, maskPhone } from './idnumber.ts';

/**
 * Masked means masked, by every list search: for every list route with `q` in the OpenAPI document
 * (so a new one is covered without editing this file) and every role that may not reveal a record's
 * numbers, a search by any 5 consecutive digits of a masked number that the list does not show —
 * and by the whole number — does not find the record. Each record carries a marker text; a route
 * "finds" it when the marker is in its answer (JSON or Excel).
 */
const id17a = '36030219880715321';
const id17b = '36030219750322468';
const ID_A = `${id17a}${idNumberCheckChar(id17a)}`;
const ID_B = `${id17b}${idNumberCheckChar(id17b)}`;

type Secret = { full: string; shown: string };
type Rec = { marker: string; secrets: Secret[]; hiddenFrom: Role[] };

const notIn = (roles: readonly Role[]) => ALL_ROLES.filter((r) => !roles.includes(r));

/** Every 5-digit window of the digit runs of `full` not visible in `shown`, and each whole run. */
function needles({ full, shown }: Secret): string[] {
  const out = new Set<string>();
  for (const run of full.match(/\d{5,}/g) ?? []) {
    for (let i = 0; i + 5 <= run.length; i++) out.add(run.slice(i, i + 5));
    out.add(run);
  }
  return [...out].filter((n) => !shown.includes(n));
}

describe('number searches match only what the caller is shown', { timeout: 600_000 }, () => {
  const { t, w } = useWorld();
  const as = {} as Record<Role, Client>;
  const recs: Rec[] = [];
  let ops: { path: string; paged: boolean }[] = [];

  beforeAll(async () => {
    Object.assign(as, w.as);
    // the unit admin and the cadre of 甲单位 also read the bureau's contact points (places above)
    const cadreUser = await makeUser(t.db, 'cadre', { org: w.unitA, username: 'cadre-mask' });
    as.cadre = await login(t.app, cadreUser.username, cadreUser.password);

    const cpA = await makeContactPoint(t.db, w.unitA, '甲联系点');
    const cpBureau = await makeContactPoint(t.db, w.bureau, '局联系点');
    await makeHousehold(t.db, cpA, {
      headName: '户主标记甲',
      phone: '15977702468',
      idNumber: ID_A,
    });
    await makeHousehold(t.db, cpBureau, {
      headName: '户主标记局',
      phone: '18655513579',
      idNumber: ID_B,
    });
    recs.push(
      {
        marker: '户主标记甲',
        secrets: [
          { full: '15977702468', shown: maskPhone('15977702468') as string },
          { full: ID_A, shown: maskIdNumber(ID_A) as string },
        ],
        hiddenFrom: notIn(householdPolicy.reveal),
      },
      {
        marker: '户主标记局',
        secrets: [
          { full: '18655513579', shown: maskPhone('18655513579') as string },
          { full: ID_B, shown: maskIdNumber(ID_B) as string },
        ],
        // a unit admin reads the bureau's households but may reveal only his own unit's
        hiddenFrom: [...notIn(householdPolicy.reveal), 'unit_admin'],
      },
    );
    const kase = await makeCase(t.db, {
      status: 'assigned',
      assignedOrgId: w.unitA.id,
      content: '诉求标记',
      citizenPhone: '13922246810',
    });
    recs.push({
      marker: '诉求标记',
      secrets: [{ full: '13922246810', shown: maskPhone('13922246810') as string }],
      hiddenFrom: notIn(casePolicy.contact),
    });
    await t.db.insert(outbox).values([
      {
        kind: 'sms',
        recipient: '17733398642',
        subject: '短信标记',
        body: '短信标记',
        caseId: kase.id,
      },
      {
        kind: 'email',
        recipient: 'li13388801357@example.cn',
        subject: '邮件标记',
        body: '邮件标记',
        caseId: kase.id,
      },
    ]);
    recs.push(
      {
        marker: '短信标记',
        secrets: [{ full: '17733398642', shown: maskPhone('17733398642') as string }],
        hiddenFrom: notIn(outboxPolicy.reveal),
      },
      {
        marker: '邮件标记',
        secrets: [{ full: 'li13388801357@example.cn', shown: 'l***@example.cn' }],
        hiddenFrom: notIn(outboxPolicy.reveal),
      },
    );

    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    };
    ops = Object.entries(doc.paths).flatMap(([p, byMethod]) => {
      const params = byMethod.get?.parameters ?? [];
      if (!params.some((x) => x.in === 'query' && x.name === 'q')) return [];
      return [{ path: p, paged: params.some((x) => x.in === 'query' && x.name === 'pageSize') }];
    });
  });

  async function answer(op: { path: string; paged: boolean }, role: Role, q: string) {
    const id = '00000000-0000-7000-8000-000000000000';
    const url = `${op.path.replace(/\{\w+\}/g, id)}?q=${encodeURIComponent(q)}${op.paged ? '&pageSize=200' : ''}`;
    const res = await as[role].get(url);
    if (res.statusCode !== 200) return { status: res.statusCode, text: '' };
    const text = String(res.headers['content-type']).includes('spreadsheet')
      ? (await readXlsx(res)).flat().join('\n')
      : res.body;
    return { status: 200, text };
  }
  /** what /api/households answers `role` searching for `q` */
  const householdsText = async (role: Role, q: string) =>
    (await answer({ path: '/api/households', paged: true }, role, q)).text;

  it('knows the list routes with q from the OpenAPI document (households and the outbox among them)', () => {
    const paths = ops.map((o) => o.path);
    expect(paths).toContain('/api/households');
    expect(paths).toContain('/api/households/export');
    expect(paths).toContain('/api/outbox');
    expect(paths.length).toBeGreaterThan(8);
  });

  it('a role without reveal rights finds nothing by hidden digits, on every list route', async () => {
    const leaks: string[] = [];
    for (const role of ALL_ROLES) {
      const mine = recs.filter((r) => r.hiddenFrom.includes(role));
      const qs = [...new Set(mine.flatMap((r) => r.secrets.flatMap(needles)))];
      for (const op of ops) {
        for (const q of qs) {
          const { text } = await answer(op, role, q);
          for (const r of mine)
            if (text.includes(r.marker)) leaks.push(`${role} ${op.path}?q=${q} → ${r.marker}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('the shown digits still find the record, for every role that reads it', async () => {
    expect(await householdsText('cadre', '2468')).toContain('户主标记甲');
    expect(await householdsText('inspector', '159')).toContain('户主标记甲');
    // the shown region code of the ID number
    expect(await householdsText('cadre', '360302')).toContain('户主标记局');
  });

  it('a role that may reveal keeps the full match, and the search is audited like a reveal', async () => {
    const before = (await as.admin.get('/api/audit?pageSize=200')).json() as { total: number };
    expect(await householdsText('unit_admin', '77702')).toContain('户主标记甲');
    expect(await householdsText('office', '55513')).toContain('户主标记局');
    expect((await answer({ path: '/api/outbox', paged: true }, 'office', '33398')).text).toContain(
      '短信标记',
    );
    const log = (await as.admin.get('/api/audit?pageSize=200')).json() as {
      total: number;
      items: { action: string; summary: string; actorName: string | null }[];
    };
    const searches = log.items.filter(
      (e) => e.action === 'read_personal' && e.summary.includes('按号码搜索'),
    );
    expect(searches.length).toBeGreaterThanOrEqual(3);
    expect(log.total).toBeGreaterThanOrEqual(before.total + 3);
    // the log keeps the term masked: it is no oracle for its readers either
    for (const e of searches) expect(e.summary).not.toMatch(/\d{5}/);
  });
});
