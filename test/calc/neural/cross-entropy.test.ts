import { describe, expect, it } from "vitest";
import { crossEntropy } from "../../../src/calc/neural/cross-entropy";
import { expectInvalid } from "../expect-errors";

describe("crossEntropy", () => {
  it("0.8 on the correct digit costs 0.223, 0.9 costs 0.105 (L9160); a uniform guess ln 10 (L9209)", () => {
    expect(crossEntropy({ probabilities: [0.1, 0, 0, 0, 0, 0, 0, 0.8, 0, 0.1], target: 7 }).loss).toBeCloseTo(0.2231, 4);
    expect(crossEntropy({ probabilities: [0.9, 0.1], target: 0 }).loss).toBeCloseTo(0.1054, 4);
    expect(crossEntropy({ logits: new Array(10).fill(0), target: 4 }).loss).toBeCloseTo(Math.log(10), 14);
  });
  it("averages a batch (Eq. 5.18) and agrees between logits and probabilities", () => {
    const r = crossEntropy({ probabilities: [[0.8, 0.2], [0.1, 0.9]], target: [0, 1] });
    expect(r.perExample).toHaveLength(2);
    expect(r.loss).toBeCloseTo((-Math.log(0.8) - Math.log(0.9)) / 2, 15);
    expect(crossEntropy({ logits: [2, 0], target: 0 }).loss).toBeCloseTo(-Math.log(Math.exp(2) / (Math.exp(2) + 1)), 14);
    expect(crossEntropy({ logits: [1000, 0], target: 1 }).loss).toBe(1000);
  });
  it("needs the ε guard for a zero probability (Eq. 5.19) and never returns −0", () => {
    expectInvalid(() => crossEntropy({ probabilities: [1, 0], target: 1 }), "crossEntropy", "probabilities[1]", "0");
    expect(crossEntropy({ probabilities: [1, 0], target: 1, epsilon: 1e-12 }).loss).toBeCloseTo(27.631, 3);
    expect(Object.is(crossEntropy({ probabilities: [1, 0], target: 0 }).loss, 0)).toBe(true);
  });
  it("rejects a bad target and both inputs at once", () => {
    expectInvalid(() => crossEntropy({ probabilities: [0.5, 0.5], target: 2 }), "crossEntropy", "target", "2");
    expectInvalid(() => crossEntropy({ probabilities: [0.5, 0.5], logits: [0, 0], target: 0 }), "crossEntropy", "probabilities", "array of length 2");
    expectInvalid(() => crossEntropy({ probabilities: [1.5, 0.5], target: 0 }), "crossEntropy", "probabilities[0]", "1.5");
  });
});
