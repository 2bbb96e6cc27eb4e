import { describe, expect, it } from "vitest";
import { attentionScoreMemory } from "../../../src/calc/memory/attention-memory";
import { expectInvalid } from "../expect-errors";

describe("attentionScoreMemory", () => {
  it("4,096² FP16 scores are 32 MiB per layer per head (L11530)", () => {
    expect(attentionScoreMemory({ sequenceLength: 4096, heads: 1, precision: "fp16" }).perLayer.to("MiB")).toBe(32);
  });
  it("N = 100,000, 12 heads, FP16: 1.2e11 scores, 240 GB per layer, 7,680 GB for 32 layers (L11684–L11690)", () => {
    const a = attentionScoreMemory({ sequenceLength: 100_000, heads: 12, layers: 32, precision: "fp16" });
    expect(a.elementsPerLayer).toBe(1.2e11);
    expect(a.perLayer.to("GB")).toBe(240);
    expect(a.total.to("GB")).toBe(7680);
  });
  it("grows with N²: 1024 vs 512 is 4×, 2048 vs 512 is 16× (L11725, L13265)", () => {
    const at = (n: number) => attentionScoreMemory({ sequenceLength: n, heads: 12, precision: "fp16" }).perLayer.to("B");
    expect(at(1024) / at(512)).toBe(4);
    expect(at(2048) / at(512)).toBe(16);
  });
  it("rejects a zero head count", () => {
    expectInvalid(() => attentionScoreMemory({ sequenceLength: 8, heads: 0, precision: "fp16" }), "attentionScoreMemory", "heads", "0");
  });
});
