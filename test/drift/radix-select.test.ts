import { describe, expect, it } from "vitest";
import { lcg } from "./lcg";
import { countIntoBins, quantileCuts, quantiles, uniqueSorted } from "../../src/drift/bin-edges";
import { orderStatistics } from "../../src/drift/radix-select";


function shapes(n: number): Record<string, Float64Array> {
  const u = lcg(7);
  const f = (g: () => number) => Float64Array.from({ length: n }, g);
  return {
    // most values in a few top-digit buckets, so selection refines by later digits
    normal: f(() => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u())),
    // every value shares its top 16+ key bits: the one-bucket shortcut and deeper levels
    narrow: f(() => 1000 + u() * 1e-9),
    // heavy ties: segments of equal doubles, down to the last digit
    ties: f(() => Math.floor(u() * 5) - 2),
    constant: new Float64Array(n).fill(7.25),
    timestamps: f(() => 1.7e9 + Math.floor(u() * 86_400)),
  };
}

describe("orderStatistics (radix selection)", () => {
  it("returns exactly sorted[r] for every requested rank, on data shapes that use every level", () => {
    const n = 100_000;
    const ranks = [0, 1, 9_999, 10_000, 49_999, 50_000, 50_001, 77_777, 99_998, 99_999];
    for (const [name, x] of Object.entries(shapes(n))) {
      const before = x.slice();
      const sorted = x.slice().sort();
      const got = orderStatistics(x, ranks);
      expect(Array.from(got), name).toEqual(ranks.map((r) => sorted[r]));
      let changed = 0;
      for (let i = 0; i < n; i++) if (!Object.is(x[i], before[i])) changed++;
      expect(changed, name).toBe(0);
    }
  });
  it("small inputs (≤ 4,096 values) take the sort path with the same answer", () => {
    const x = shapes(1000).normal;
    const sorted = x.slice().sort();
    expect(Array.from(orderStatistics(x, [0, 500, 999]))).toEqual([sorted[0], sorted[500], sorted[999]]);
    expect(orderStatistics(x, []).length).toBe(0);
  });
});

describe("quantiles on large samples (radix path) equal the quickselect path", () => {
  it("numpy 'linear' quantiles of 100,000 values match a full sort with the same interpolation", () => {
    const probs = [0, 0.1, 0.25, 0.5, 0.9, 0.999, 1];
    for (const [name, x] of Object.entries(shapes(100_000))) {
      const sorted = x.slice().sort();
      const n = x.length;
      const expected = probs.map((p) => {
        const h = (n - 1) * p;
        const lo = Math.floor(h);
        const frac = h - lo;
        if (frac === 0 || lo + 1 >= n) return sorted[lo];
        const d = sorted[lo + 1] - sorted[lo];
        return frac >= 0.5 ? sorted[lo + 1] - d * (1 - frac) : sorted[lo] + d * frac;
      });
      expect(quantiles(x, probs), name).toEqual(expected);
    }
  });
});

describe("quantileCuts: reference counts from the selection itself", () => {
  it("countInto(cuts) equals a counting pass, or is null when it cannot know (±0 cut)", () => {
    const u = lcg(5);
    const data = {
      ...shapes(100_000),
      signedZeros: Float64Array.from({ length: 100_000 }, () => [0, -0, 1, -1, 2][Math.floor(u() * 5)]),
    };
    const probs = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    for (const [name, x] of Object.entries(data)) {
      const q = quantileCuts(x, probs);
      const cuts = uniqueSorted(q.quantiles);
      const counts = q.countInto(cuts);
      if (cuts.includes(0)) expect(counts, name).toBeNull();
      else expect(Array.from(counts ?? []), name).toEqual(Array.from(countIntoBins(x, cuts)));
    }
  });
});

describe("countIntoBins (branch-free binary search)", () => {
  const naive = (x: Float64Array, cuts: number[]) => {
    const c = new Array(cuts.length + 1).fill(0);
    for (const v of x) c[cuts.filter((cut) => cut <= v).length]++;
    return c;
  };
  it("agrees with counting cuts ≤ x for 1, 9, 15, 16 and 40 cuts, ±Infinity and ±0 cuts", () => {
    const u = lcg(11);
    const x = Float64Array.from({ length: 5000 }, () => Math.round((u() - 0.5) * 200) / 10);
    x[0] = -0;
    x[1] = 0;
    const cutSets = [
      [0],
      [-0],
      [-3, -2, -1, 0, 1, 2, 3, 4, 5],
      Array.from({ length: 15 }, (_, i) => i - 7),
      Array.from({ length: 16 }, (_, i) => i - 8),
      Array.from({ length: 40 }, (_, i) => (i - 20) / 2),
      [-Infinity, 0, 5],
      [-1, 1, Infinity],
    ];
    for (const cuts of cutSets) expect(Array.from(countIntoBins(x, cuts)), String(cuts)).toEqual(naive(x, cuts));
  });
});
