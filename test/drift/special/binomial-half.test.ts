import { describe, expect, it } from "vitest";
import { binomialHalfCdf } from "../../../src/drift/special/binomial-half";

/** Exact sum with BigInt binomial coefficients, for small n. */
function exactCdf(k: number, n: number): number {
  let c = 1n;
  let sum = 0n;
  for (let i = 0; i <= k; i++) {
    sum += c;
    c = (c * BigInt(n - i)) / BigInt(i + 1);
  }
  return Number(sum) / 2 ** n;
}

describe("binomialHalfCdf = scipy.stats.binom.cdf(k, n, 0.5)", () => {
  it("matches exact BigInt sums for n ≤ 60 (rel 1e-13)", () => {
    for (const n of [1, 2, 5, 22, 37, 60]) {
      for (let k = 0; k < n; k++) {
        const want = exactCdf(k, n);
        expect(Math.abs(binomialHalfCdf(k, n) - want) / want, `k=${k}, n=${n}`).toBeLessThan(1e-13);
      }
    }
  });
  it("edges: k ≥ n gives 1, k < 0 gives 0; deep tail of a large n stays positive", () => {
    expect(binomialHalfCdf(5, 5)).toBe(1);
    expect(binomialHalfCdf(-1, 5)).toBe(0);
    const tail = binomialHalfCdf(10, 10000);
    expect(tail).toBeGreaterThanOrEqual(0);
    expect(binomialHalfCdf(230, 540)).toBeGreaterThan(0);
  });
});
