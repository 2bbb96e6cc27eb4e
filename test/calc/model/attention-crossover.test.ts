import { describe, expect, it } from "vitest";
import { attentionCrossover } from "../../../src/calc/model/attention-crossover";
import { transformerLayerCost } from "../../../src/calc/model/transformer-layer";
import { expectInvalid } from "../expect-errors";

describe("attentionCrossover", () => {
  it("multi-head attention crosses its projections at 2·d and a 4·d-FFN block at 6·d", () => {
    expect(attentionCrossover({ model: "GPT-2-Small", includeFfn: false }).sequenceLength).toBe(2 * 768);
    expect(attentionCrossover({ model: "GPT-2-Small" }).sequenceLength).toBe(6 * 768);
    expect(attentionCrossover({ model: "GPT-2-XL" }).sequenceLength).toBe(6 * 1600);
  });
  it("at the crossover the quadratic and linear terms of a block are equal", () => {
    const n = attentionCrossover({ model: "Llama-3-8B" }).sequenceLength;
    expect(Number.isInteger(n)).toBe(true);
    const block = transformerLayerCost({ model: "Llama-3-8B", sequenceLength: n });
    expect(block.quadraticMacs).toBe(block.linearMacs);
  });
  it("rejects a non-boolean includeFfn", () => {
    expectInvalid(() => attentionCrossover({ model: "GPT-2-Small", includeFfn: 1 as never }), "attentionCrossover", "includeFfn", "1");
  });
});
