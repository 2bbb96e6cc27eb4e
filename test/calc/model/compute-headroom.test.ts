import { describe, expect, it } from "vitest";
import { computeHeadroom } from "../../../src/calc/model/compute-headroom";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("computeHeadroom", () => {
  it("ResNet-50 at 30 FPS needs 120 GFLOP/s; 10 TFLOPS at 50 % gives ~42× (L13087–L13091)", () => {
    const h = computeHeadroom({ operationsPerItem: q(4, "GFLOP"), itemsPerSecond: 30, peakFlops: q(10, "TFLOPS"), utilisation: 0.5 });
    expect(h.requiredRate.to("GFLOP/s")).toBe(120);
    expect(h.effectiveRate.to("TFLOP/s")).toBe(5);
    expect(h.headroom).toBeCloseTo(41.667, 3);
    expect(h.sufficient).toBe(true);
  });
  it("rejects rates whose ratio overflows and a utilisation above 1", () => {
    expectInvalid(() => computeHeadroom({ operationsPerItem: 1e300, itemsPerSecond: 1e300, peakFlops: 1, utilisation: 1 }), "computeHeadroom", "itemsPerSecond", "1e+300");
    expectInvalid(() => computeHeadroom({ operationsPerItem: 1, itemsPerSecond: 1, peakFlops: 1, utilisation: 1.5 }), "computeHeadroom", "utilisation", "1.5");
  });
});
