import { describe, expect, it } from "vitest";
import { depthwiseSeparableCost } from "../../../src/calc/model/depthwise-separable";
import { expectInvalid } from "../expect-errors";

describe("depthwiseSeparableCost", () => {
  it("matches the closed form 1/C_out + 1/K² (L11347) and saves 8–9× for 3×3 (L10373)", () => {
    for (const outChannels of [64, 128, 512]) {
      const ds = depthwiseSeparableCost({ height: 56, width: 56, inChannels: 128, outChannels, kernel: 3, padding: "same" });
      expect(ds.macRatio).toBeCloseTo(1 / outChannels + 1 / 9, 12);
      expect(ds.weightRatio).toBeCloseTo(ds.approximateRatio, 12);
      expect(ds.macSavings).toBeGreaterThan(7.8);
      expect(ds.macSavings).toBeLessThan(9);
    }
  });
  it("the pointwise part runs on the depthwise output (stride 2 halves it)", () => {
    const ds = depthwiseSeparableCost({ height: 56, width: 56, inChannels: 32, outChannels: 64, kernel: 3, stride: 2, padding: "same" });
    expect([ds.pointwise.outHeight, ds.standard.outHeight]).toEqual([28, 28]);
  });
  it("rejects groups (it sets them) and names itself", () => {
    expectInvalid(() => depthwiseSeparableCost({ height: 8, width: 8, inChannels: 3, outChannels: 4, kernel: 3, groups: 3 } as never), "depthwiseSeparableCost", "input.groups", "3");
    expectInvalid(() => depthwiseSeparableCost({ height: 8, width: 8, inChannels: 3, outChannels: 4, kernel: 9 }), "depthwiseSeparableCost", "kernel", "9");
  });
});
