import { describe, expect, it } from "vitest";
import { countIntoBins, quantiles, selectRanks, uniqueSorted } from "../../src/drift/bin-edges";
import { recipeValues } from "./fixture-data";

describe("selectRanks / quantiles", () => {
  it("places requested order statistics exactly where a full sort would", () => {
    for (const floor of [false, true]) {
      const x = recipeValues({ kind: "minstd", seed: 77, n: 5001, scale: 20, floor });
      const sorted = x.slice().sort();
      const work = x.slice();
      const ranks = [0, 1, 499, 500, 2500, 4999, 5000];
      selectRanks(work, ranks);
      for (const r of ranks) expect(work[r]).toBe(sorted[r]);
    }
  });
  it("linear interpolation as numpy.quantile: quantiles([1,2,3,4], [0.5, 0.1]) = [2.5, 1.3]", () => {
    const q = quantiles(new Float64Array([4, 1, 3, 2]), [0.5, 0.1]);
    expect(q[0]).toBe(2.5);
    expect(q[1]).toBeCloseTo(1.3, 15);
  });
});

describe("countIntoBins", () => {
  it("bins are [c_k-1, c_k) with open ends, both for short and long cut lists", () => {
    expect(Array.from(countIntoBins(new Float64Array([-5, 0, 0.5, 1, 2, 9]), [0, 1, 2]))).toEqual([1, 2, 1, 2]);
    const cuts = Array.from({ length: 30 }, (_, i) => i);
    const counts = countIntoBins(new Float64Array([-1, 0, 29, 29.5, 100]), cuts);
    expect(counts[0]).toBe(1);
    expect(counts[1]).toBe(1);
    expect(counts[30]).toBe(3);
    expect(Array.from(countIntoBins(new Float64Array([1, 2]), []))).toEqual([2]);
  });
  it("uniqueSorted merges repeated cuts", () => {
    expect(uniqueSorted([3, 1, 1, 2])).toEqual([1, 2, 3]);
  });
});
