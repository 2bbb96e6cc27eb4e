import { describe, expect, it } from "vitest";
import { binom, probOutsideBand, probOutsideSquare, roundHalfEven } from "../../src/drift/ks-exact";

describe("ks-exact helpers", () => {
  it("roundHalfEven matches numpy.round", () => {
    expect([0.5, 1.5, 2.5, -0.5, 2.4, 2.6].map(roundHalfEven)).toEqual([0, 2, 2, -0, 2, 3]);
  });
  it("binom: small exact values and the symmetric branch", () => {
    expect(binom(10, 3)).toBe(120);
    expect(binom(52, 5)).toBe(2598960);
    expect(binom(60, 30) / 118264581564861424).toBeCloseTo(1, 12);
  });
  it("two-sided n1 = n2: the square and band recursions agree", () => {
    for (const [n, h] of [[10, 3], [25, 7], [40, 12]]) {
      // For n1 = n2 = n, lcm = n and g = n, so the band is |x − y| < h.
      expect(probOutsideBand(n, n, n, h)).toBeCloseTo(probOutsideSquare(n, h), 12);
    }
  });
});
