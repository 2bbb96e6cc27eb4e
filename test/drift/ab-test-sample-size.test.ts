import { describe, expect, it } from "vitest";
import { abTestSampleSize } from "../../src/drift";
import { expectInvalid } from "../calc/expect-errors";

describe("abTestSampleSize (Eq. 14.9)", () => {
  it("5 % baseline: 2 pp absolute → 1,865 per variant; 2 % relative → 745,644; σ form equals the rate form", () => {
    const abs = abTestSampleSize({ baselineRate: 0.05, minimumDetectableEffect: 0.02 });
    expect(abs.exact).toBeCloseTo(2 * (1.959963984540054 + 0.8416212335729143) ** 2 * 0.0475 / 0.0004, 6);
    expect(abs.perVariant).toBe(1865);
    expect(abs.total).toBe(3730);
    expect(abTestSampleSize({ baselineRate: 0.05, minimumDetectableEffect: 0.001 }).perVariant).toBe(745_644);
    expect(abTestSampleSize({ sd: Math.sqrt(0.0475), minimumDetectableEffect: 0.02 }).perVariant).toBe(1865);
  });
  it("rejects both spreads, a rate of 1, a power of 0.4", () => {
    expectInvalid(() => abTestSampleSize({ sd: 1, baselineRate: 0.5, minimumDetectableEffect: 1 }), "abTestSampleSize", "sd / baselineRate", "an object");
    expectInvalid(() => abTestSampleSize({ baselineRate: 1, minimumDetectableEffect: 0.1 }), "abTestSampleSize", "baselineRate", "1");
    expectInvalid(() => abTestSampleSize({ baselineRate: 0.5, minimumDetectableEffect: 0.1, power: 0.4 }), "abTestSampleSize", "power", "0.4");
  });
});
