import { describe, expect, it } from "vitest";
import { jsDivergence } from "../../src/drift/js-divergence";
import { expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("divergence.json");

describe("jsDivergence = scipy jensenshannon(p, q, base)² (1e-12 relative)", () => {
  fx.cases.forEach((c: any, k: number) => {
    it(`case ${k}`, () => {
      for (const [key, base] of [["e", undefined], ["2", 2], ["10", 10]] as const) {
        const d = c[`jsDistance_${key}`];
        expectStatistic(jsDivergence(c.p, c.q, { base }), d * d, `base ${key}`);
      }
    });
  });
  it("is symmetric, 0 for identical inputs, 1 bit for disjoint supports", () => {
    expect(jsDivergence([0.2, 0.8], [0.2, 0.8])).toBe(0);
    expect(jsDivergence([1, 0], [0, 1], { base: 2 })).toBeCloseTo(1, 15);
    expect(jsDivergence([0.1, 0.9], [0.7, 0.3])).toBe(jsDivergence([0.7, 0.3], [0.1, 0.9]));
  });
  it("rejects NaN with index", () => {
    expect(() => jsDivergence([NaN, 1], [1, 1])).toThrow(/jsDivergence: p\[0\] must be a finite number ≥ 0; got NaN/);
  });
});
