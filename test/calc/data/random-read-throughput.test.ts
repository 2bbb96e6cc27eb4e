import { describe, expect, it } from "vitest";
import { randomReadThroughput } from "../../../src/calc/data/random-read-throughput";
import { expectInvalid } from "../expect-errors";

describe("randomReadThroughput (Ch. 4 Throughput = IOPS × block; Table 9.13)", () => {
  it.each([
    ["HDD", 80, 150, 0.32, 468.75],
    ["SATA SSD", 10_000, 550, 40, 13.75],
    ["NVMe", 500_000, 3500, 2000, 1.75],
  ])("%s: %d IOPS × 4 KB", (_name, iops, seq, random, penalty) => {
    const r = randomReadThroughput({ iops, sequentialBandwidth: seq });
    expect(r.randomThroughput.to("MB/s")).toBeCloseTo(random, 9);
    expect(r.penalty).toBeCloseTo(penalty, 9);
  });

  it("caps at the sequential bandwidth and has no penalty at 0 IOPS", () => {
    expect(randomReadThroughput({ iops: 1e9, sequentialBandwidth: 100 }).penalty).toBe(1);
    expect(randomReadThroughput({ iops: 0, sequentialBandwidth: 100 }).penalty).toBeNull();
    expectInvalid(() => randomReadThroughput({ iops: 1, blockSize: 0, sequentialBandwidth: 1 }), "randomReadThroughput", "blockSize", "0");
  });
});
