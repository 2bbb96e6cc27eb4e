import { describe, expect, it } from "vitest";
import { trainingMemory } from "../../../src/calc/memory/training-memory";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("trainingMemory", () => {
  it("100M params, FP32 Adam: 16 B per parameter = 1.6 GB, the book's ×4 rule (L8754, L8772)", () => {
    const m = trainingMemory({ params: 100e6, precision: "fp32", optimizer: "adam" });
    expect(m.bytesPerParam).toBe(16);
    expect(m.total.to("GB")).toBe(1.6);
  });
  it("keeps each optimizer's state: SGD none, momentum one, Adam and AdamW two values", () => {
    const state = (optimizer: "sgd" | "momentum" | "adam" | "adamw") => trainingMemory({ params: 1e6, precision: "fp32", optimizer }).optimizerState.to("MB");
    expect([state("sgd"), state("momentum"), state("adam"), state("adamw")]).toEqual([0, 4, 8, 8]);
  });
  it("mixed precision: 2 + 2 + 4 (master) + 8 = 16 B per parameter", () => {
    const m = trainingMemory({ params: 7e9, precision: "bf16", optimizer: "adamw", mixedPrecision: true });
    expect([m.weights.to("GB"), m.gradients.to("GB"), m.masterWeights.to("GB"), m.optimizerState.to("GB")]).toEqual([14, 14, 28, 56]);
    expect(m.modelState.to("GB")).toBe(112);
  });
  it("the administrative tax: 2 GB weights, 2 GB gradients, 8 GB FP32 Adam states, plus activations (L15534–L15550)", () => {
    const m = trainingMemory({ params: 1e9, precision: "fp16", optimizer: "adam", optimizerStatePrecision: "fp32", activations: q(6.7108864, "GB") });
    expect(m.total.minus(m.weights).to("GB")).toBeCloseTo(16.71, 2);
  });
  it("rejects mixed precision on FP32 weights and an unknown optimizer", () => {
    expectInvalid(() => trainingMemory({ params: 1, precision: "fp32", optimizer: "adam", mixedPrecision: true }), "trainingMemory", "precision", '"fp32"');
    expectInvalid(() => trainingMemory({ params: 1, precision: "fp32", optimizer: "lion" as never }), "trainingMemory", "optimizer", '"lion"');
    expectInvalid(() => trainingMemory({ params: -1, precision: "fp32", optimizer: "sgd" }), "trainingMemory", "params", "-1");
  });
});
