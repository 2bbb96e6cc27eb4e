import { describe, expect, it } from "vitest";
import { amdahlSpeedup, gustafsonSpeedup } from "../../../src/calc/performance/speedup";
import { expectInvalid } from "../expect-errors";

describe("amdahlSpeedup", () => {
  it("reproduces the appendix example: s = 5 % gives 5.9× on 8 and 20× in the limit (L42799)", () => {
    expect(amdahlSpeedup({ acceleratedFraction: 0.95, speedup: 8 }).speedup).toBeCloseTo(5.926, 3);
    const limit = amdahlSpeedup({ acceleratedFraction: 0.95, speedup: Infinity });
    expect(limit.speedup).toBeCloseTo(20, 12);
    expect(limit.limit).toBeCloseTo(20, 12);
  });
  it("is 1 when nothing is accelerated and S when everything is", () => {
    expect(amdahlSpeedup({ acceleratedFraction: 0, speedup: 10 }).speedup).toBe(1);
    expect(amdahlSpeedup({ acceleratedFraction: 1, speedup: 10 })).toMatchObject({ speedup: 10, limit: Infinity, efficiency: 1 });
  });
  it("rejects a fraction outside [0, 1] and a slowdown", () => {
    expectInvalid(() => amdahlSpeedup({ acceleratedFraction: 1.2, speedup: 2 }), "amdahlSpeedup", "acceleratedFraction", "1.2");
    expectInvalid(() => amdahlSpeedup({ acceleratedFraction: 0.5, speedup: 0.5 }), "amdahlSpeedup", "speedup", "0.5");
    expectInvalid(() => amdahlSpeedup({ acceleratedFraction: 0.5, speedup: Number.NaN }), "amdahlSpeedup", "speedup", "NaN");
  });
});

describe("gustafsonSpeedup", () => {
  it("reproduces the appendix example (L42826)", () => {
    expect(gustafsonSpeedup({ serialFraction: 0.05, processors: 8 })).toBeCloseTo(7.65, 12);
    expect(gustafsonSpeedup({ serialFraction: 0.05, processors: 1000 })).toBeCloseTo(950.05, 9);
  });
  it("rejects a fractional processor count", () => {
    expectInvalid(() => gustafsonSpeedup({ serialFraction: 0.05, processors: 2.5 }), "gustafsonSpeedup", "processors", "2.5");
  });
});
