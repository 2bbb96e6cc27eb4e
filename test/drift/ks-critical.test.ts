import { describe, expect, it } from "vitest";
import { ksCritical } from "../../src/drift/ks-critical";
import { InvalidParameterError } from "../../src/util/errors";

describe("ksCritical", () => {
  it("c(0.05) = 1.3581 (the book rounds to 1.36, seed L5996)", () => {
    // With n = m the formula is c·sqrt(2/n); c = ksCritical(n, n)/sqrt(2/n).
    const c = ksCritical(1000, 1000) / Math.sqrt(2 / 1000);
    expect(c).toBeCloseTo(1.3581015157, 9);
  });
  it("book WE-4.7 (L5985–L6008): n = m = 1000 → two-sample 0.0607 (book's one-sample 1.36/√1000 = 0.043)", () => {
    // Recomputed two-sample value, tolerance 1e-6; with the book's rounded 1.36 it is 0.0608.
    expect(ksCritical(1000, 1000)).toBeCloseTo(0.0607361, 6);
    expect(1.36 * Math.sqrt(2 / 1000)).toBeCloseTo(0.0608, 4);
    // The book's figure, for the record: 1.36/sqrt(1000) = 0.0430 (one-sample form).
    expect(1.36 / Math.sqrt(1000)).toBeCloseTo(0.043, 3);
    // D = 0.08 exceeds both, so the drift verdict stands.
    expect(0.08).toBeGreaterThan(ksCritical(1000, 1000));
  });
  it("alpha = 0.01 gives c = 1.6276", () => {
    expect(ksCritical(50, 50, 0.01) / Math.sqrt(2 / 50)).toBeCloseTo(1.62762, 5);
  });
  it("rejects bad sizes and alpha, naming the parameter", () => {
    expect(() => ksCritical(0, 10)).toThrow(InvalidParameterError);
    expect(() => ksCritical(10.5, 10)).toThrow(/ksCritical: n must be an integer ≥ 1; got 10.5/);
    expect(() => ksCritical(10, 10, 1)).toThrow(/ksCritical: alpha must be a finite number in \(0, 1\); got 1/);
    expect(() => ksCritical(10, 10, 0)).toThrow(/ksCritical: alpha must be .*; got 0/);
  });
});
