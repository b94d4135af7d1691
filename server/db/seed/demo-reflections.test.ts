import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_STATES } from '../../../common/documents.ts';
import { type Client, login } from '../../test/app.ts';
import { useTestApp } from '../../test/hooks.ts';
import { inTransaction } from '../tx.ts';
import { loadDemoData } from './bootstrap.ts';
import { DEMO_PASSWORD } from './demo-data.ts';
import { DEMO_REFLECTIONS } from './demo-reflection-texts.ts';

type Doc = {
  id: string;
  kind: string;
  title: string;
  state: string;
  featured: boolean;
  rating: string | null;
  cadreId: string;
  leading: boolean;
  campaignName: string;
};

/**
 * The demo's 心得体会 and 对照检查材料 (issue 13): every state, two featured and published, the
 * reports of most leading cadres — and 材料雷同 through the real API on the demo database: both
 * planted copies found, nothing else flagged (precision and recall printed), with its cost.
 */
describe('demo reflections and self-examination reports', () => {
  const t = useTestApp();
  let office: Client;
  let reflections: Doc[];
  let reports: Doc[];
  beforeAll(async () => {
    await inTransaction(t.db, (tx) => loadDemoData(tx));
    office = await login(t.app, 'office', DEMO_PASSWORD);
    reflections = (await office.get('/api/reflections?pageSize=200')).json().items;
    reports = (await office.get('/api/self-exams?pageSize=200')).json().items;
  });

  it('has reflections in every state, two featured and published, rated when reviewed', () => {
    expect(reflections).toHaveLength(DEMO_REFLECTIONS.length);
    expect(new Set(reflections.map((r) => r.state))).toEqual(new Set(DOCUMENT_STATES));
    const featured = reflections.filter((r) => r.featured);
    expect(featured).toHaveLength(2);
    for (const r of featured) expect(r.state).toBe('published');
    for (const r of reflections)
      expect(r.rating !== null, r.title).toBe(r.state === 'approved' || r.state === 'published');
    expect(new Set(reflections.map((r) => r.campaignName))).toEqual(
      new Set(['学习龚全珍，争做贴心人']),
    );
  });

  it('has the reports of most leading cadres, not the demo cadre’s, in varied states', async () => {
    const leaders = (await office.get('/api/cadres?pageSize=200'))
      .json()
      .items.filter((c: { leading: boolean }) => c.leading);
    expect(reports.length).toBeGreaterThan(leaders.length / 2);
    expect(reports.length).toBeLessThan(leaders.length);
    expect(new Set(reports.map((r) => r.state)).size).toBeGreaterThanOrEqual(3);
    const me = (await (await login(t.app, 'cadre', DEMO_PASSWORD)).get('/api/auth/me')).json();
    expect(reports.some((r) => r.cadreId === me.cadreId)).toBe(false);
    // published reflections are on the citizens' site
    const pub = await t.app.inject({ method: 'GET', url: '/api/public/reflections' });
    expect(pub.json().total).toBe(reflections.filter((r) => r.state === 'published').length);
  });

  it('finds both planted copies on the demo and flags nothing else (precision and recall)', async () => {
    const titleOf = new Map(DEMO_REFLECTIONS.map((r) => [r.key, r.title]));
    const planted = DEMO_REFLECTIONS.filter((r) => r.copies).map((r) =>
      [r.title, titleOf.get(r.copies ?? '')].sort().join(' ~ '),
    );
    const flagged = new Set<string>();
    const times: number[] = [];
    for (const doc of [...reflections, ...reports]) {
      const path = doc.kind === 'reflection' ? 'reflections' : 'self-exams';
      const started = performance.now();
      const res = await office.get(`/api/${path}/${doc.id}/similar`);
      times.push(performance.now() - started);
      expect(res.statusCode, res.body).toBe(200);
      for (const m of res.json().items as { title: string }[])
        flagged.add([doc.title, m.title].sort().join(' ~ '));
    }
    const hits = [...flagged].filter((p) => planted.includes(p)).length;
    const precision = flagged.size ? hits / flagged.size : 1;
    const recall = hits / planted.length;
    times.sort((a, b) => a - b);
    console.info(
      `材料雷同 on the demo: ${reflections.length + reports.length} documents, ` +
        `flagged pairs ${flagged.size}, planted ${planted.length}, precision ${precision.toFixed(2)}, ` +
        `recall ${recall.toFixed(2)}; GET …/similar median ${times[times.length >> 1]?.toFixed(1)} ms, ` +
        `max ${times[times.length - 1]?.toFixed(1)} ms`,
    );
    expect([...flagged].sort()).toEqual([...planted].sort());
    expect({ precision, recall }).toEqual({ precision: 1, recall: 1 });
  });
});
