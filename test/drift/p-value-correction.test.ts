import { describe, expect, it } from "vitest";
import { adjustPValues } from "../../src/drift/p-value-correction";
import { InvalidParameterError } from "../../src/util/errors";

const P = [0.01, 0.04, 0.03, 0.005, 0.2, 0.9, 0.04, 0.5];

describe("adjustPValues", () => {
  it("bonferroni: min(1, m·p) (statsmodels multipletests 'bonferroni'; exact to 1e-15)", () => {
    const got = adjustPValues(P, "bonferroni");
    const want = [0.08, 0.32, 0.24, 0.04, 1, 1, 0.32, 1];
    got.forEach((g, i) => expect(g).toBeCloseTo(want[i], 15));
  });

  it("fdr: Benjamini–Hochberg equals scipy.stats.false_discovery_control(p, method='bh') (SciPy 1.17.1; 1e-15)", () => {
    const want = [0.04, 0.064, 0.064, 0.04, 0.26666666666666666, 0.9, 0.064, 0.5714285714285714];
    adjustPValues(P, "fdr").forEach((g, i) => expect(g).toBeCloseTo(want[i], 15));
  });

  it("fdr by hand: sorted 0.005, 0.01, 0.03, 0.04 → m·p/rank 0.02, 0.02, 0.04, 0.04 (running minimum from the top)", () => {
    expect(adjustPValues([0.01, 0.04, 0.03, 0.005], "fdr")).toEqual([0.02, 0.04, 0.04, 0.02]);
  });

  it("none returns the p-values; an empty list stays empty", () => {
    expect(adjustPValues([0.3, 0.01], "none")).toEqual([0.3, 0.01]);
    expect(adjustPValues([], "fdr")).toEqual([]);
  });

  it("rejects an unknown correction and a p-value outside [0, 1], naming them", () => {
    expect(() => adjustPValues([0.1], "holm" as never)).toThrow(InvalidParameterError);
    expect(() => adjustPValues([0.1], "holm" as never)).toThrow(/correction must be one of .*"holm"/);
    expect(() => adjustPValues([0.1, 1.5], "fdr")).toThrow(/pvalues\[1\] must be .*; got 1\.5/);
  });
});
