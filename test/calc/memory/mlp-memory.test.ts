import { describe, expect, it } from "vitest";
import { mlpMemory } from "../../../src/calc/memory/mlp-memory";
import { expectInvalid } from "../expect-errors";

const mnist = { widths: [784, 128, 64, 10], batch: 32, precision: "fp32", optimizer: "adam" } as const;

describe("mlpMemory", () => {
  it("WE-5.2: 427.3 KiB weights and gradients, 854.6 KiB Adam, 123.25 KiB activations (L8563–L8631)", () => {
    const m = mlpMemory(mnist);
    expect(m.params).toBe(109_386);
    expect(m.activationElementsPerSample).toBe(986);
    expect(m.training.weights.to("KiB")).toBeCloseTo(427.29, 2);
    expect(m.training.gradients.to("KiB")).toBeCloseTo(427.29, 2);
    expect(m.training.optimizerState.to("KiB")).toBeCloseTo(854.58, 2);
    expect(m.training.activations.to("KiB")).toBe(123.25);
    expect(m.training.total.to("KiB")).toBeCloseTo(1832.41, 2);
  });
  it("training needs 3.33× inference at the same batch, 4.25× against a single image (the book's 4.3×, L8685)", () => {
    expect(mlpMemory(mnist).trainingToInference).toBeCloseTo(3.328, 3);
    expect(mlpMemory({ ...mnist, inferenceBatch: 1 }).trainingToInference).toBeCloseTo(4.250, 3);
  });
  it("without the input, one image stores 202 values (L9761)", () => {
    expect(mlpMemory({ ...mnist, includeInput: false }).activationElementsPerSample).toBe(202);
  });
  it("names itself in errors", () => {
    expectInvalid(() => mlpMemory({ ...mnist, widths: [784, 0] }), "mlpMemory", "widths[1]", "0");
    expectInvalid(() => mlpMemory({ ...mnist, optimizer: "rmsprop" as never }), "mlpMemory", "optimizer", '"rmsprop"');
  });
});
