import { describe, expect, it } from "vitest";
import { batchVsStreamCost } from "../../../src/calc/data/batch-vs-stream";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("batchVsStreamCost (Ch. 4, the cost of real time)", () => {
  it("stream $120/day, batch 800 core-hours = $40/day: 3×; 1 GB/s, 3.6 TB an hour", () => {
    const r = batchVsStreamCost({ streamCores: 100, batchCores: 200, batchRunTime: q(10, "min"), corePricePerHour: 0.05, eventsPerSecond: 1e6, eventSize: q(1, "KB") });
    expect(r.streamCostPerDay.to("USD/day")).toBeCloseTo(120, 12);
    expect(r.batchCoreHoursPerDay).toBe(800);
    expect(r.batchCostPerDay.to("USD/day")).toBeCloseTo(40, 12);
    expect(r.streamToBatchRatio).toBeCloseTo(3, 12);
    expect(r.dataRate?.to("GB/s")).toBe(1);
    expect(r.batchVolume?.to("TB")).toBeCloseTo(3.6, 12);
  });

  it("rejects a run longer than its interval", () => {
    expectInvalid(() => batchVsStreamCost({ streamCores: 1, batchCores: 1, batchRunTime: 90, corePricePerHour: 1 }), "batchVsStreamCost", "batchInterval", '"1 h"');
  });
});
