import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../db/schema/index.ts';
import { SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { readXlsx } from '../../test/xlsx.ts';
import { EXPORT_PAGE } from './cases.service.ts';

// the export reads in keyset pages of EXPORT_PAGE and streams the sheet: more rows than one page,
// some of them submitted at the very same moment (a pair sharing a timestamp straddles the page
// boundary), must all come out once, newest first, numbered
describe('cases export (streamed)', () => {
  const { t, w } = useWorld();
  const N = EXPORT_PAGE + 105;

  beforeAll(async () => {
    const base = Date.parse('2014-05-01T08:00:00+08:00');
    const rows = Array.from({ length: N }, (_, i) => ({
      trackingCode: `EXP${String(i).padStart(7, '0')}`,
      channel: 'web' as const,
      categoryId: SEEDED_CATEGORY.roads,
      content: `导出诉求${i}`,
      assignedOrgId: i % 2 === 0 ? w.unitA.id : w.unitB.id,
      // pairs of cases share a timestamp: the keyset must not skip or repeat either
      createdAt: new Date(base + Math.floor(i / 2) * 60_000),
    }));
    for (let i = 0; i < rows.length; i += 500)
      await t.db.insert(cases).values(rows.slice(i, i + 500));
    // and the database keeps microseconds: both cases of a pair 1 or 2 µs after the shared
    // millisecond, so a keyset carried in a JavaScript Date (milliseconds) would skip one
    await t.db.execute(sql`update cases
      set created_at = created_at + interval '1 microsecond' * (1 + substring(tracking_code from 4)::int % 2)
      where tracking_code like 'EXP%'`);
  });

  it('exports every case across page boundaries once, newest first, numbered', async () => {
    const res = await w.as.office.get('/api/cases/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readXlsx(res);
    const body = sheet.slice(1);
    expect(body).toHaveLength(N);
    expect(body.map((r) => r[0])).toEqual(Array.from({ length: N }, (_, i) => String(i + 1)));
    const codes = body.map((r) => r[1]);
    expect(new Set(codes).size).toBe(N);
    // newest first; cases of the same moment come out together whatever page they fall on
    const code = (i: number) => `EXP${String(i).padStart(7, '0')}`;
    expect(codes[0]).toBe(code(N - 1));
    expect(new Set(codes.slice(1, 3))).toEqual(new Set([code(N - 2), code(N - 3)]));
    expect(new Set(codes.slice(EXPORT_PAGE - 1, EXPORT_PAGE + 1))).toEqual(
      new Set([code(104), code(105)]),
    );
    expect(new Set(codes.slice(-2))).toEqual(new Set(['EXP0000000', 'EXP0000001']));
  });

  it('keeps to the unit scope and the filters', async () => {
    const res = await w.as.unit_admin.get('/api/cases/export');
    expect(res.statusCode).toBe(200);
    const body = (await readXlsx(res)).slice(1);
    expect(body).toHaveLength(Math.ceil(N / 2));
    expect(body.every((r) => r[6] === '甲单位')).toBe(true);
    const filtered = (
      await readXlsx(await w.as.office.get('/api/cases/export?q=导出诉求510'))
    ).slice(1);
    expect(filtered.map((r) => r[5]).sort()).toEqual(
      ['导出诉求510', ...[0, 1, 2, 3, 4].map((i) => `导出诉求510${i}`)].filter(
        (c) => Number(c.slice(4)) < N,
      ),
    );
  });
});
