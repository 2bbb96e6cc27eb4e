import { describe, expect, it } from "vitest";
import { activation } from "../../../src/calc/neural/activation";
import { expectInvalid } from "../expect-errors";

describe("activation", () => {
  it("sigmoid peaks its slope at 0.25 (L8239); ReLU's slope is 1 or 0 (L8267)", () => {
    expect(activation({ name: "sigmoid", x: 0 })).toEqual({ values: [0.5], derivatives: [0.25] });
    expect(activation({ name: "relu", x: [-2, 0, 3] })).toEqual({ values: [0, 0, 3], derivatives: [0, 0, 1] });
    expect(activation({ name: "tanh", x: 0 }).derivatives[0]).toBe(1);
    expect(activation({ name: "linear", x: -4 }).values[0]).toBe(-4);
  });
  it("the sigmoid does not overflow or lose symmetry for large |z|", () => {
    const r = activation({ name: "sigmoid", x: [-800, 800, -20, 20] });
    expect(r.values.every(Number.isFinite)).toBe(true);
    expect(r.values[0]).toBe(0);
    expect(r.values[1]).toBe(1);
    expect(r.values[2] + r.values[3]).toBeCloseTo(1, 15);
  });
  it("rejects unknown names and non-finite inputs", () => {
    expectInvalid(() => activation({ name: "gelu" as never, x: 0 }), "activation", "name", '"gelu"');
    expectInvalid(() => activation({ name: "relu", x: [0, Number.NaN] }), "activation", "x[1]", "NaN");
    expectInvalid(() => activation({ name: "relu", x: Infinity }), "activation", "x", "Infinity");
  });
});
