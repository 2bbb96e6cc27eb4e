import { describe, expect, it } from "vitest";
import { gradientScale } from "../../../src/calc/neural/gradient-scale";
import { expectInvalid } from "../expect-errors";

describe("gradientScale", () => {
  it("0.25^10 ≈ 1e−6 and 0.25^20 ≈ 1e−12 (L8243)", () => {
    expect(gradientScale({ factorPerLayer: 0.25, depth: 10 })).toBeCloseTo(9.54e-7, 9);
    expect(gradientScale({ factorPerLayer: 0.25, depth: 20 })).toBeCloseTo(9.09e-13, 15);
    expect(gradientScale({ factorPerLayer: 0.25, depth: 1e6 })).toBe(0);
  });
  it("rejects overflow", () => {
    expectInvalid(() => gradientScale({ factorPerLayer: 10, depth: 400 }), "gradientScale", "factorPerLayer", "10");
  });
});
