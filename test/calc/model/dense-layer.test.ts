import { describe, expect, it } from "vitest";
import { denseLayerCost } from "../../../src/calc/model/dense-layer";
import { expectInvalid } from "../expect-errors";

describe("denseLayerCost", () => {
  it("MNIST layer 1: 100,352 weights + 128 biases (L8533–L8536), 6,422,528 FLOP at batch 32 (L9021)", () => {
    const l = denseLayerCost({ inputs: 784, outputs: 128, batch: 32 });
    expect([l.weights, l.biases, l.params]).toEqual([100_352, 128, 100_480]);
    expect(l.macs).toBe(3_211_264);
    expect(l.flops.to("FLOP")).toBe(6_422_528);
    expect(l.biasOps).toBe(4096);
  });
  it("1,024 → 1,024 is 1,048,576 weights, 2 MiB in FP16 (L10584)", () => {
    const l = denseLayerCost({ inputs: 1024, outputs: 1024, bias: false, precision: "fp16" });
    expect(l.params).toBe(1_048_576);
    expect(l.parameterMemory.to("MiB")).toBe(2);
  });
  it("batch-1 FP32 intensity is about 0.5 FLOP/B (Eq. 6.2) and rises with batch", () => {
    expect(denseLayerCost({ inputs: 784, outputs: 100 }).intensity.to("FLOP/B")).toBeCloseTo(0.4944, 4);
    expect(denseLayerCost({ inputs: 4096, outputs: 4096, batch: 512 }).intensity.to("FLOP/B")).toBeGreaterThan(100);
  });
  it("rejects bad input naming the parameter", () => {
    expectInvalid(() => denseLayerCost({ inputs: 0, outputs: 1 }), "denseLayerCost", "inputs", "0");
    expectInvalid(() => denseLayerCost({ inputs: 1, outputs: 1, batch: 2e9 }), "denseLayerCost", "batch", "2000000000");
    expectInvalid(() => denseLayerCost({ inputs: 1, outputs: 1, precison: "fp16" } as never), "denseLayerCost", "input.precison", '"fp16"');
    expectInvalid(() => denseLayerCost(undefined as never), "denseLayerCost", "input", "undefined");
  });
});
