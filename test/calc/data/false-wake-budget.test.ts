import { describe, expect, it } from "vitest";
import { falseWakeBudget } from "../../../src/calc/data/false-wake-budget";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("falseWakeBudget (Ch. 4, KWS false wakes)", () => {
  it("1 false wake a month in 1-s windows: 2,592,000 windows, FPR 3.9e−7, 99.99996 % rejection, 1/720 FA/h", () => {
    const r = falseWakeBudget({ allowedFalseWakes: 1, period: q(30, "day"), window: q(1, "s") });
    expect(r.windows).toBe(2_592_000);
    expect(r.maxFalsePositiveRate).toBeCloseTo(3.858e-7, 10);
    expect(r.requiredRejection * 100).toBeCloseTo(99.99996, 5);
    expect(r.falseAcceptsPerHour.to("1/h")).toBeCloseTo(1 / 720, 15);
  });

  it("a half-time duty cycle halves the windows", () => {
    expect(falseWakeBudget({ allowedFalseWakes: 1, dutyCycle: 0.5 }).windows).toBe(1_296_000);
  });

  it("rejects a window longer than the period", () => {
    expectInvalid(() => falseWakeBudget({ allowedFalseWakes: 1, period: q(1, "s"), window: 2 }), "falseWakeBudget", "window", '"2 s"');
    expectInvalid(() => falseWakeBudget({ allowedFalseWakes: -1 }), "falseWakeBudget", "allowedFalseWakes", "-1");
  });
});
