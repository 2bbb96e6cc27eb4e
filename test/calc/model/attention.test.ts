import { describe, expect, it } from "vitest";
import { attentionCost } from "../../../src/calc/model/attention";
import { expectInvalid } from "../expect-errors";

describe("attentionCost", () => {
  it("the fused QKV projection of 6 tokens at d = 768 is 6 × 768 × 2304 = 10.6 M MACs (Fig. 6.8, L11601)", () => {
    const a = attentionCost({ dModel: 768, heads: 12, sequenceLength: 6 });
    expect(a.queryProjectionMacs + 2 * a.keyValueProjectionMacs).toBe(10_616_832);
    expect(a.scoreElements / 12).toBe(36); // 36 similarity computations per head (Fig. 6.7)
  });
  it("N = 512, d_head = 64: 16.8 M MACs of scores per head and as many for values (L11615)", () => {
    const a = attentionCost({ dModel: 64, heads: 1, sequenceLength: 512 });
    expect(a.scoreMacs).toBe(16_777_216);
    expect(a.valueMacs).toBe(16_777_216);
  });
  it("reads a registry model's shape and lets explicit fields override it", () => {
    expect(attentionCost({ model: "GPT-2-Small", sequenceLength: 1024 }).attentionShare).toBeCloseTo(0.4, 12);
    const gqa = attentionCost({ model: "Llama-3-8B", sequenceLength: 1 });
    expect(gqa.keyValueProjectionMacs * 4).toBe(gqa.queryProjectionMacs); // 8 KV heads of 32
    expect(attentionCost({ model: "Llama-3-8B", kvHeads: 32, sequenceLength: 1 }).keyValueProjectionMacs).toBe(gqa.queryProjectionMacs);
  });
  it("names the missing field and the model that lacks it", () => {
    expectInvalid(() => attentionCost({ model: "ResNet-50", sequenceLength: 8 }), "attentionCost", "dModel", "undefined");
    expectInvalid(() => attentionCost({ dModel: 100, heads: 3, sequenceLength: 8 }), "attentionCost", "headDim", "undefined");
    expectInvalid(() => attentionCost({ dModel: 96, heads: 12, kvHeads: 5, sequenceLength: 8 }), "attentionCost", "kvHeads", "5");
    expectInvalid(() => attentionCost({ model: "GPT-9", sequenceLength: 8 }), "attentionCost", "model", '"GPT-9"');
  });
});
