/**
 * 材料雷同 measured on the demo's own texts (issue 13 "measure precision on the demo texts"): every
 * pair of the demo's reflections and self-examination reports is scored, and the pairs flagged at
 * the default threshold are compared with the two planted copies. Prints precision and recall at
 * the default and nearby thresholds:
 *
 *   npx vitest run server/db/seed/demo-similarity.test.ts
 */
import { describe, expect, it } from 'vitest';
import { settingsCatalog } from '../../modules/settings/settings.catalog.ts';
import { containment, documentText, shingles } from '../../platform/documents/similarity.ts';
import { demoCadres, demoOrgs } from './demo-data.ts';
import { DEMO_REFLECTIONS, demoSelfExam } from './demo-reflection-texts.ts';

const orgName = new Map(demoOrgs.map((o) => [o.key, o.name]));
const texts = [
  ...DEMO_REFLECTIONS.map((r) => ({
    key: r.key,
    copies: r.copies,
    text: documentText(r.body, { source: r.source }),
  })),
  // every leading cadre's report (the demo loads most of them; all are measured)
  ...demoCadres()
    .filter((c) => c.leading)
    .map((c) => {
      const s = demoSelfExam({ name: c.name, post: c.post, orgName: orgName.get(c.org) ?? '' });
      return {
        key: `对照检查:${c.name}`,
        copies: undefined,
        text: documentText(s.body, s.details),
      };
    }),
];
const grams = texts.map((t) => shingles(t.text));
const pairs = texts.flatMap((a, i) =>
  texts.slice(i + 1).map((b, j) => ({
    a: a.key,
    b: b.key,
    planted: a.copies === b.key || b.copies === a.key,
    score: containment(grams[i] as Set<string>, grams[i + 1 + j] as Set<string>),
  })),
);
const planted = pairs.filter((p) => p.planted);

function measure(threshold: number) {
  const flagged = pairs.filter((p) => p.score >= threshold);
  const hits = flagged.filter((p) => p.planted).length;
  return {
    threshold,
    flagged: flagged.length,
    precision: flagged.length ? hits / flagged.length : 1,
    recall: hits / planted.length,
  };
}

describe('材料雷同 on the demo texts', () => {
  const threshold = settingsCatalog['documents.similarityThreshold'].default / 100;

  it('finds both planted copies and flags nothing else at the default threshold', () => {
    expect(planted).toHaveLength(2);
    const m = measure(threshold);
    const highestUnrelated = Math.max(...pairs.filter((p) => !p.planted).map((p) => p.score));
    const lowestPlanted = Math.min(...planted.map((p) => p.score));
    console.info(
      `demo texts: ${texts.length} (${DEMO_REFLECTIONS.length} reflections), ${pairs.length} pairs, ` +
        `${planted.length} planted; lowest planted ${lowestPlanted.toFixed(3)}, ` +
        `highest unrelated ${highestUnrelated.toFixed(3)}`,
    );
    for (const t of [0.4, 0.5, 0.6, threshold, 0.7, 0.8, 0.9]) {
      const r = measure(t);
      console.info(
        `threshold ${r.threshold.toFixed(2)}: flagged ${r.flagged}, precision ${r.precision.toFixed(2)}, recall ${r.recall.toFixed(2)}`,
      );
    }
    expect(m).toMatchObject({ precision: 1, recall: 1, flagged: 2 });
    // the default sits in the gap, with room on both sides
    expect(highestUnrelated).toBeLessThan(threshold - 0.05);
    expect(lowestPlanted).toBeGreaterThan(threshold + 0.2);
  });
});
