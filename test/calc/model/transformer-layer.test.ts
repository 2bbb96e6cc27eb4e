import { describe, expect, it } from "vitest";
import { transformerLayerCost } from "../../../src/calc/model/transformer-layer";
import { expectInvalid } from "../expect-errors";

describe("transformerLayerCost", () => {
  it("GPT-2 Small at N = 1024: FFN 2·N·d·4d, attention 2·h·N²·d_head, the rest projections", () => {
    const b = transformerLayerCost({ model: "GPT-2-Small", sequenceLength: 1024 });
    expect(b.ffnMacs).toBe(2 * 1024 * 768 * 3072);
    expect(b.quadraticMacs).toBe(2 * 12 * 1024 ** 2 * 64);
    expect(b.linearMacs).toBe(b.attention.projectionMacs + b.ffnMacs);
    expect(b.allLayersMacs).toBe(12 * b.macs);
    expect(b.flops.to("FLOP")).toBe(2 * b.macs);
  });
  it("a gated FFN has three matrices", () => {
    const b = transformerLayerCost({ model: "Llama-3-8B", sequenceLength: 1 });
    expect(b.ffnMacs).toBe(3 * 4096 * 14336);
  });
  it("needs ffnDim", () => {
    expectInvalid(() => transformerLayerCost({ dModel: 64, heads: 4, sequenceLength: 8 }), "transformerLayerCost", "ffnDim", "undefined");
  });
});
