/**
 * The seeded PRNG every generated data set uses (the demo cases, the bench's scale data): the same
 * seed, the same stream, on every machine.
 */

export type Rng = {
  next(): number;
  int(n: number): number;
  between(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
  weighted<T>(xs: readonly (readonly [T, number])[]): T;
  hex(n: number): string;
};

/** mulberry32 — fast, 32-bit state, good enough to choose test data; the same seed, the same stream. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    pick: (xs) => xs[int(xs.length)] as (typeof xs)[number],
    chance: (p) => next() < p,
    weighted(xs) {
      const total = xs.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of xs) {
        if (x < w) return v;
        x -= w;
      }
      return (xs[xs.length - 1] as (typeof xs)[number])[0];
    },
    hex(n) {
      let s = '';
      while (s.length < n) s += (int(0x10000) + 0x10000).toString(16).slice(1);
      return s.slice(0, n);
    },
  };
}
