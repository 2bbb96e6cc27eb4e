import { describe, expect, it } from "vitest";
import { checkpointSize } from "../../../src/calc/memory/checkpoint-size";
import { expectInvalid } from "../expect-errors";

describe("checkpointSize", () => {
  it("7B, FP16 weights with two FP32 Adam states: 14 + 56 = 70 GB, five times the weights (L15336)", () => {
    const c = checkpointSize({ params: 7e9, precision: "fp16", optimizer: "adam", optimizerStatePrecision: "fp32" });
    expect([c.weights.to("GB"), c.optimizerState.to("GB"), c.total.to("GB")]).toEqual([14, 56, 70]);
    expect(c.multipleOfWeights).toBe(5);
  });
  it("SGD saves only the weights; zero parameters give zero ratios, not NaN", () => {
    expect(checkpointSize({ params: 1e6, precision: "fp32", optimizer: "sgd" }).bytesPerParam).toBe(4);
    expect(checkpointSize({ params: 0, precision: "fp32", optimizer: "adam" }).multipleOfWeights).toBe(0);
  });
  it("names itself in errors", () => {
    expectInvalid(() => checkpointSize({ params: 1, precision: "fp64" as never, optimizer: "adam" }), "checkpointSize", "precision", '"fp64"');
  });
});
