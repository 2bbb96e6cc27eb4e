import { describe, expect, it } from "vitest";
import { transformerParams } from "../../../src/calc/model/transformer-params";
import { getModel } from "../../../src/constants/models";
import { expectInvalid } from "../expect-errors";

/** Parameter counts of the released weights (the models' own configurations), recomputed from the registry shapes. */
const RELEASED: [string, number][] = [
  ["GPT-2-Small", 124_439_808],
  ["GPT-2-XL", 1_557_611_200],
  ["Llama-2-7B", 6_738_415_616],
  ["Llama-2-70B", 68_976_648_192],
  ["Llama-3-8B", 8_030_261_248],
  ["Llama-3-70B", 70_553_706_496],
];

describe("transformerParams", () => {
  it.each(RELEASED)("%s has %d parameters", (id, total) => {
    expect(transformerParams({ model: id }).total).toBe(total);
  });
  it("agrees with the book's rounded figures: GPT-2 XL 1.5B, Llama 3 8B 8.03B (Table 21.9)", () => {
    expect(transformerParams({ model: "GPT-2-XL" }).total / getModel("GPT-2-XL").params.to("param")).toBeCloseTo(1.04, 2);
    expect(transformerParams({ model: "Llama-3-8B" }).total / 8.03e9).toBeCloseTo(1, 3);
  });
  it("QKV is 3·d² per layer without biases (L11592)", () => {
    const p = transformerParams({ layers: 1, dModel: 768, heads: 12, ffnDim: 3072, vocabSize: 1, linearBias: false });
    expect(p.attentionPerLayer).toBe(4 * 768 ** 2); // Q, K, V and the output projection
  });
  it("names the missing field", () => {
    expectInvalid(() => transformerParams({ layers: 1, dModel: 8, heads: 2, ffnDim: 32 }), "transformerParams", "vocabSize", "undefined");
    expectInvalid(() => transformerParams({ layers: 1, dModel: 8, heads: 2, ffnDim: 32, vocabSize: 10, positionEmbedding: "learned" }), "transformerParams", "contextLength", "undefined");
    expectInvalid(() => transformerParams({ model: "GPT-2-Small", norm: "batchnorm" as never }), "transformerParams", "norm", '"batchnorm"');
  });
});
