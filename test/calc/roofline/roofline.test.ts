import { describe, expect, it } from "vitest";
import { deviceCeilings, ridgePoint, roofline } from "../../../src/calc/roofline/roofline";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("ridgePoint", () => {
  it("reproduces Table 20.8: A100 FP16 153 and H100 FP16 295 FLOP/B", () => {
    expect(ridgePoint(deviceCeilings("A100", "fp16")).to("FLOP/B")).toBeCloseTo(153.02, 2);
    expect(ridgePoint(deviceCeilings("H100", "fp16")).to("FLOP/B")).toBeCloseTo(295.2, 1);
  });
});

describe("roofline", () => {
  const a100 = deviceCeilings("A100", "fp16");
  it("a 4096³ GEMM is compute-bound and a ReLU memory-bound at 0.16 % of peak (L42748–L42756)", () => {
    expect(roofline({ ...a100, intensity: 4096 / 3 })).toMatchObject({ bound: "compute-bound", fractionOfPeak: 1 });
    const relu = roofline({ ...a100, intensity: q(0.25, "FLOP/B") });
    expect(relu.bound).toBe("memory-bound");
    expect(relu.fractionOfPeak).toBeCloseTo(0.25 / 153.0159, 6);
    expect(relu.attainableFlops.to("TFLOP/s")).toBeCloseTo(0.50975, 5);
  });
  it("rejects a negative intensity and a zero bandwidth", () => {
    expectInvalid(() => roofline({ ...a100, intensity: -1 }), "roofline", "intensity", "-1");
    expectInvalid(() => roofline({ peakFlops: 1, memoryBandwidth: 0, intensity: 1 }), "roofline", "memoryBandwidth", "0");
  });
});
