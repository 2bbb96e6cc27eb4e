import { describe, expect, it } from "vitest";
import { activationMemory } from "../../../src/calc/memory/activation-memory";
import { expectInvalid } from "../expect-errors";

describe("activationMemory", () => {
  it("32 × 100 × 1024² × 2 B ≈ 6.7 GB (Chapter 7, L15545)", () => {
    const a = activationMemory({ batch: 32, layers: 100, elementsPerSample: 1024 ** 2, precision: "fp16" });
    expect(a.elements).toBe(3_355_443_200);
    expect(a.memory.to("B")).toBe(6_710_886_400);
  });
  it("MNIST at batch 32 stores 31,552 values = 123.25 KiB (L8617–L8618)", () => {
    expect(activationMemory({ batch: 32, elementsPerSample: 986, precision: "fp32" }).memory.to("KiB")).toBe(123.25);
  });
  it("rejects a zero batch", () => {
    expectInvalid(() => activationMemory({ batch: 0, elementsPerSample: 1, precision: "fp32" }), "activationMemory", "batch", "0");
  });
});
