import { describe, expect, it } from "vitest";
import { klDivergence } from "../../src/drift/kl-divergence";
import { InvalidParameterError } from "../../src/util/errors";
import { expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("divergence.json");

describe("klDivergence vs scipy.stats.entropy(p, q, base) (1e-12 relative)", () => {
  fx.cases.forEach((c: any, k: number) => {
    it(`case ${k} (n = ${c.p.length})`, () => {
      for (const [key, base] of [["e", undefined], ["2", 2], ["10", 10]] as const) {
        expectStatistic(klDivergence(c.p, c.q, { base }), c[`kl_${key}`], `kl base ${key}`);
        expectStatistic(klDivergence(c.q, c.p, { base }), c[`klReverse_${key}`], `reverse base ${key}`);
      }
    });
  });
});

describe("klDivergence book oracle and edge cases", () => {
  it("appendix L41485–L41500: KL(P‖Q) = 0.0458 and KL(Q‖P) = 0.0464 nats (book prints 0.046 for both), 1e-4", () => {
    expect(klDivergence([0.6, 0.3, 0.1], [0.45, 0.4, 0.15])).toBeCloseTo(0.0458, 4);
    expect(klDivergence([0.45, 0.4, 0.15], [0.6, 0.3, 0.1])).toBeCloseTo(0.0464, 4);
  });
  it("q = 0 where p > 0 gives Infinity (SciPy), p = 0 terms give 0", () => {
    expect(klDivergence([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(klDivergence([1, 0], [0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
  });
  it("rejects bad input naming the parameter", () => {
    expect(() => klDivergence([], [])).toThrow(InvalidParameterError);
    expect(() => klDivergence([0.5, -0.1], [0.5, 0.5])).toThrow(/klDivergence: p\[1\] must be a finite number ≥ 0; got -0.1/);
    expect(() => klDivergence([0, 0], [0.5, 0.5])).toThrow(/klDivergence: sum of p must be a finite number > 0; got 0/);
    expect(() => klDivergence([1], [0.5, 0.5])).toThrow(/klDivergence: q must be the same length as p \(1\)/);
    expect(() => klDivergence([1], [1], { base: 1 })).toThrow(/klDivergence: base must be a finite number > 0 other than 1; got 1/);
  });
});
