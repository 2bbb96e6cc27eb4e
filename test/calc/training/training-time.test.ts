import { describe, expect, it } from "vitest";
import { distributedTrainingTime } from "../../../src/calc/training/training-time";
import { q, type Quantity } from "../../../src/units/quantity";
import { expectDimension, expectInvalid } from "../expect-errors";

// GPT-3 on 1,024 A100s (WE-1.3, seed 004 L1324–L1347).
const gpt3 = { operations: 3.14e23, devices: 1024, peakFlopsPerDevice: q(312, "TFLOP/s"), efficiency: 0.45 };

describe("distributedTrainingTime (T ≈ O / (N·R_peak·η), seed 004 L1337)", () => {
  it("GPT-3 at η = 0.45 takes 25.28 days (book '≈ 25 days', L1345; rel. 1e-6 on the recomputed value)", () => {
    const r = distributedTrainingTime(gpt3);
    expect(r.time.to("day")).toBeCloseTo(25.278357, 5);
    expect(Math.abs(r.time.to("day") - 25) / 25).toBeLessThan(0.02); // the book's rounded figure
    expect(r.time.format()).toBe("25.3 days");
  });

  it("GPT-3 at η = 0.60 takes 18.96 days (book '19 days', L1347); the saving is 6.32 days, not 'nearly 6'", () => {
    const slow = distributedTrainingTime(gpt3).time;
    const fast = distributedTrainingTime({ ...gpt3, efficiency: 0.6 }).time;
    expect(fast.to("day")).toBeCloseTo(18.958768, 5);
    expect(slow.minus(fast).to("day")).toBeCloseTo(6.319589, 5);
    // book: "saving nearly 6 days" — the recomputed saving exceeds 6 by 0.32 days
    expect(slow.minus(fast).to("day")).toBeGreaterThan(6.3);
  });

  it("returns the cluster rates and the device-time", () => {
    const r = distributedTrainingTime(gpt3);
    expect(r.peakRate.to("PFLOP/s")).toBeCloseTo(319.488, 9);
    expect(r.effectiveRate.to("PFLOP/s")).toBeCloseTo(143.7696, 9);
    expect(r.deviceTime.to("h")).toBeCloseTo(r.time.to("h") * 1024, 6);
    expect(r.deviceTime.to("h")).toBeCloseTo(621240.899, 2);
  });

  it("accepts plain numbers in FLOP and FLOP/s, and quantities", () => {
    const a = distributedTrainingTime({ ...gpt3, peakFlopsPerDevice: 312e12 }).time.to("s");
    const b = distributedTrainingTime({ ...gpt3, operations: q(314, "ZFLOP") }).time.to("s");
    expect(a).toBeCloseTo(2184050.036, 2);
    expect(b).toBeCloseTo(a, 4);
  });

  it("time scales as 1/N (doubling the devices halves the time)", () => {
    const t1 = distributedTrainingTime(gpt3).time.to("s");
    const t2 = distributedTrainingTime({ ...gpt3, devices: 2048 }).time.to("s");
    expect(t1 / t2).toBeCloseTo(2, 12);
  });

  describe("rejects bad inputs", () => {
    it.each([
      ["operations", Number.NaN, "NaN"],
      ["operations", -1, "-1"],
      ["devices", 0, "0"],
      ["devices", 1.5, "1.5"],
      ["devices", -4, "-4"],
      ["devices", Number.NaN, "NaN"],
      ["peakFlopsPerDevice", 0, "0"],
      ["peakFlopsPerDevice", -312e12, "-312000000000000"],
      ["efficiency", 0, "0"],
      ["efficiency", 1.5, "1.5"],
      ["efficiency", -0.45, "-0.45"],
    ] as const)("%s = %s", (parameter, value, text) => {
      expectInvalid(() => distributedTrainingTime({ ...gpt3, [parameter]: value }), "distributedTrainingTime", parameter, text);
    });

    it("a peak rate given as a bandwidth is a DimensionError", () => {
      expectDimension(
        () => distributedTrainingTime({ ...gpt3, peakFlopsPerDevice: q(2, "TB/s") as unknown as Quantity<"flopRate"> }),
        "distributedTrainingTime",
        "peakFlopsPerDevice",
        "2 TB/s",
      );
    });

    it("a zero peak rate given as a quantity is reported in its unit", () => {
      expectInvalid(() => distributedTrainingTime({ ...gpt3, peakFlopsPerDevice: q(0, "TFLOP/s") }), "distributedTrainingTime", "peakFlopsPerDevice", '"0 TFLOP/s"');
    });
  });
});
