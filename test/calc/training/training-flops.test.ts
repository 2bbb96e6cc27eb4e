import { describe, expect, it } from "vitest";
import { trainingFlops } from "../../../src/calc/training/training-flops";
import { q, type Quantity } from "../../../src/units/quantity";
import { expectDimension, expectInvalid } from "../expect-errors";

describe("trainingFlops (C = 6·P·D)", () => {
  it("GPT-3: 6 × 175e9 × 300e9 = 3.15e23 FLOP; the book quotes the paper's 3.14e23 (L1324), 0.3 % lower", () => {
    const c = trainingFlops({ params: 175e9, tokens: 300e9 });
    expect(c.dimensionName).toBe("flop");
    expect(c.to("FLOP")).toBeCloseTo(3.15e23, -9);
    expect(c.to("FLOP") / 3.14e23 - 1).toBeCloseTo(0.00318, 4);
  });

  it("accepts param and token quantities", () => {
    expect(trainingFlops({ params: q(175, "Bparam"), tokens: q(300, "Btoken") }).format()).toBe("315 ZFLOP");
  });

  it("is linear in both inputs and zero for zero tokens", () => {
    expect(trainingFlops({ params: 1e9, tokens: 2e9 }).to("FLOP")).toBe(1.2e19);
    expect(trainingFlops({ params: 1e9, tokens: 0 }).to("FLOP")).toBe(0);
  });

  it.each([
    ["params", Number.NaN, "NaN"],
    ["params", -1, "-1"],
    ["tokens", Number.POSITIVE_INFINITY, "Infinity"],
    ["tokens", -3e11, "-300000000000"],
  ] as const)("rejects %s = %s", (parameter, value, text) => {
    expectInvalid(() => trainingFlops({ params: 1, tokens: 1, [parameter]: value }), "trainingFlops", parameter, text);
  });

  it("rejects tokens given as params (a DimensionError)", () => {
    expectDimension(
      () => trainingFlops({ params: 1, tokens: q(300, "Bparam") as unknown as Quantity<"token"> }),
      "trainingFlops",
      "tokens",
      "300B params",
    );
  });
});
