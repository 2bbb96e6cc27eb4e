import { describe, expect, it } from "vitest";
import { logSumExp, softmax } from "../../../src/calc/neural/softmax";
import { expectInvalid } from "../expect-errors";

describe("softmax and logSumExp", () => {
  it("are stable far beyond FP32's e^88 overflow (L9188)", () => {
    expect(softmax({ logits: [1000, 0] })).toEqual([1, 0]);
    expect(logSumExp({ values: [1000, 1000] })).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSumExp({ values: [-1000, -1000] })).toBeCloseTo(-1000 + Math.LN2, 12);
  });
  it("softmax sums to 1 and is invariant to a shift of the logits", () => {
    const p = softmax({ logits: [1, 2, 3] });
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    softmax({ logits: [101, 102, 103] }).forEach((v, i) => expect(v).toBeCloseTo(p[i], 14));
  });
  it("rejects an empty array", () => {
    expectInvalid(() => softmax({ logits: [] }), "softmax", "logits", "array of length 0");
  });
});
