import { describe, expect, it } from "vitest";
import { wassersteinDistance } from "../../src/drift/wasserstein-distance";
import { InvalidParameterError } from "../../src/util/errors";
import { expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("distance.json");

describe("wassersteinDistance vs scipy.stats.wasserstein_distance (1e-12 relative)", () => {
  for (const c of fx.cases) {
    it(c.name, () => {
      const opts = c.uWeights ? { uWeights: c.uWeights, vWeights: c.vWeights } : {};
      expectStatistic(wassersteinDistance(c.u, c.v, opts), c.wasserstein, c.name);
    });
  }
  it("a shift by c of every value gives exactly c (units of the data)", () => {
    expect(wassersteinDistance([1, 2, 3], [3.5, 4.5, 5.5])).toBeCloseTo(2.5, 14);
  });
});

describe("wassersteinDistance bad input", () => {
  it("rejects empty, NaN (with index), bad weights", () => {
    expect(() => wassersteinDistance([], [1])).toThrow(InvalidParameterError);
    expect(() => wassersteinDistance([1], [])).toThrow(/wassersteinDistance: v must be a non-empty sample/);
    expect(() => wassersteinDistance([1, NaN], [1])).toThrow(/wassersteinDistance: u\[1\] must be a finite number/);
    expect(() => wassersteinDistance([1, 2], [1], { uWeights: [1] })).toThrow(/uWeights must be the same length as u \(2\)/);
    expect(() => wassersteinDistance([1, 2], [1], { uWeights: [1, -1] })).toThrow(/uWeights\[1\] must be a finite weight ≥ 0; got -1/);
    expect(() => wassersteinDistance([1, 2], [1], { uWeights: [0, 0] })).toThrow(/sum of uWeights must be a finite number > 0; got 0/);
  });
  it('nan: "omit" drops non-finite values', () => {
    expect(wassersteinDistance([0, NaN, 1, 3], [5, 6, Infinity, 8], { nan: "omit" })).toBe(5);
  });
});
