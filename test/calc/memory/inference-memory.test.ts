import { describe, expect, it } from "vitest";
import { inferenceMemory } from "../../../src/calc/memory/inference-memory";
import { expectInvalid } from "../expect-errors";

describe("inferenceMemory", () => {
  it("MNIST, one image: 427.3 KiB of weights + 986 values ≈ 431 KiB (L9717–L9733)", () => {
    const m = inferenceMemory({ params: 109_386, precision: "fp32", activations: 986 * 4 });
    expect(m.weights.to("KiB")).toBeCloseTo(427.29, 2);
    expect(m.total.to("KiB")).toBeCloseTo(431.14, 2);
  });
  it("70B at FP16 is 140 GB of weights (L11918)", () => {
    expect(inferenceMemory({ params: 70e9, precision: "fp16" }).total.to("GB")).toBe(140);
  });
  it("rejects negative activations", () => {
    expectInvalid(() => inferenceMemory({ params: 1, precision: "fp32", activations: -1 }), "inferenceMemory", "activations", "-1");
  });
});
