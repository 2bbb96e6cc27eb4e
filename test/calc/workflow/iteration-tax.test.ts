import { describe, expect, it } from "vitest";
import { iterationTax } from "../../../src/calc/workflow/iteration-tax";
import { q } from "../../../src/units/quantity";
import { expectDimension, expectInvalid } from "../expect-errors";

const large = { window: q(26, "week"), runTime: q(1, "week"), startAccuracy: 0.95, gainPerIteration: 0.001, ceiling: 0.99 };

describe("iterationTax (Ch. 3, the DR iteration-tax exercise)", () => {
  it("large ensemble: 26 experiments reach 97.6 %, not the book's 99 %", () => {
    const r = iterationTax(large);
    expect(r.experiments).toBe(26);
    expect(r.accuracy).toBeCloseTo(0.976, 12);
    expect(r.capped).toBe(false);
    expect(r.iterationsToCeiling).toBe(40);
  });

  it("small model: 4,368 hourly experiments, 100 effective, capped at the 99 % ceiling", () => {
    const r = iterationTax({ ...large, runTime: 1, startAccuracy: 0.9, maxEffectiveIterations: 100 });
    expect(r.experiments).toBe(4368);
    expect(r.effectiveIterations).toBe(100);
    expect(r.uncappedAccuracy).toBeCloseTo(1, 12);
    expect([r.accuracy, r.capped]).toEqual([0.99, true]);
  });

  it("no gain never reaches a higher ceiling", () => {
    expect(iterationTax({ ...large, gainPerIteration: 0 }).iterationsToCeiling).toBeNull();
  });

  it("rejects bad input", () => {
    expectInvalid(() => iterationTax({ ...large, ceiling: 0.9 }), "iterationTax", "ceiling", "0.9");
    expectInvalid(() => iterationTax({ ...large, runTime: 0 }), "iterationTax", "runTime", "0");
    expectInvalid(() => iterationTax({ ...large, startAccuracy: 1.5 }), "iterationTax", "startAccuracy", "1.5");
    expectInvalid(() => iterationTax({ ...large, maxEffectiveIterations: -1 }), "iterationTax", "maxEffectiveIterations", "-1");
    expectInvalid(() => iterationTax({ ...large, runTime: q(1, "ns"), window: q(1e6, "year") }), "iterationTax", "window", "\"1,000,000 years\"");
    expectDimension(() => iterationTax({ ...large, window: q(1, "GB") as never }), "iterationTax", "window", "1 GB");
  });
});
