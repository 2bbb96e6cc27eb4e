import { describe, expect, it } from "vitest";
import { distributedAggregation } from "../../../src/calc/data/distributed-aggregation";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

const base = { volume: q(1, "TB"), nodes: 100, networkBandwidth: q(10, "GB/s"), centralComputeTime: 1 };

describe("distributedAggregation (Ch. 4, distributed mean)", () => {
  it("the book's 0.01 s local scan needs 1 TB/s of memory bandwidth: 101 s vs 0.01 s ≈ 10,000×", () => {
    const r = distributedAggregation({ ...base, memoryBandwidth: q(1, "TB/s") });
    expect(r.centralizedTime.to("s")).toBe(101);
    expect(r.localScanTime.to("s")).toBeCloseTo(0.01, 12);
    expect(r.combineTime.to("s")).toBeCloseTo(800 / 10e9, 18);
    expect(r.speedup).toBeCloseTo(10_100, -1);
  });

  it("at the chapter's 50–200 GB/s of RAM the speedup is 500–2,000×", () => {
    expect(distributedAggregation({ ...base, memoryBandwidth: q(50, "GB/s") }).speedup).toBeCloseTo(505, 0);
    expect(distributedAggregation({ ...base, memoryBandwidth: q(200, "GB/s") }).speedup).toBeCloseTo(2020, -1);
  });

  it("defaults the central compute to one memory pass", () => {
    expect(distributedAggregation({ volume: 1e12, nodes: 1, networkBandwidth: 1e10, memoryBandwidth: 1e11 }).centralizedTime.to("s")).toBeCloseTo(110, 9);
  });

  it("rejects zero nodes", () => {
    expectInvalid(() => distributedAggregation({ ...base, nodes: 0, memoryBandwidth: 1 }), "distributedAggregation", "nodes", "0");
  });
});
