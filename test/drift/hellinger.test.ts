import { describe, expect, it } from "vitest";
import { hellinger } from "../../src/drift/hellinger";
import { expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("divergence.json");

describe("hellinger vs numpy sqrt(0.5·Σ(√p − √q)²) on normalised inputs (1e-12 relative)", () => {
  fx.cases.forEach((c: any, k: number) => {
    it(`case ${k}`, () => expectStatistic(hellinger(c.p, c.q), c.hellinger));
  });
  it("bounds: 0 for identical, 1 for disjoint", () => {
    expect(hellinger([3, 1], [6, 2])).toBe(0);
    expect(hellinger([1, 0], [0, 1])).toBe(1);
  });
  it("rejects bad input naming hellinger", () => {
    expect(() => hellinger([1, Infinity], [1, 1])).toThrow(/hellinger: p\[1\] must be a finite number ≥ 0; got Infinity/);
  });
});
