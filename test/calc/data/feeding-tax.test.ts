import { describe, expect, it } from "vitest";
import { feedingTax } from "../../../src/calc/data/feeding-tax";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("feedingTax (Ch. 4, Eqs. 4.5–4.6)", () => {
  it("76,098 samples/s of 602,112 B need 45.8 GB/s; 250 MB/s leaves a 99.45 % tax", () => {
    const r = feedingTax({ computeSamplesPerSecond: 76_098, bytesPerSample: 602_112, storageBandwidth: q(250, "MB/s") });
    expect(r.requiredBandwidth.to("GB/s")).toBeCloseTo(45.82, 2);
    expect(r.feedingTax).toBeCloseTo(0.99454, 5);
    expect(r.bound).toBe("storage");
  });

  it("A100 + ResNet-50: 26,000 img/s of 150 KB need 3.9 GB/s, 39 S3 threads; SATA gives 12.8 %", () => {
    const compute = { peakFlops: q(312, "TFLOP/s"), flopsPerSample: q(12, "GFLOP"), bytesPerSample: q(150, "KB") };
    const nvme = feedingTax({ ...compute, storageBandwidth: q(5, "GB/s"), bandwidthPerStream: q(100, "MB/s") });
    expect(nvme.computeSamplesPerSecond).toBeCloseTo(26_000, 9);
    expect(nvme.requiredBandwidth.to("GB/s")).toBeCloseTo(3.9, 12);
    expect(nvme.streamsNeeded).toBe(39);
    expect([nvme.bound, nvme.utilization, nvme.feedingTax]).toEqual(["compute", 1, 0]);
    const sata = feedingTax({ ...compute, storageBandwidth: q(500, "MB/s") });
    expect(sata.samplesPerSecond).toBeCloseTo(3333.33, 2);
    expect(sata.utilization).toBeCloseTo(0.1282, 4);
  });

  it("overhead reduces the supply (Eq. 4.6)", () => {
    const r = feedingTax({ computeSamplesPerSecond: 1000, bytesPerSample: 1e6, storageBandwidth: 1e9, overhead: 0.2 });
    expect(r.supplySamplesPerSecond).toBeCloseTo(800, 9);
  });

  it("needs exactly one compute form", () => {
    expectInvalid(() => feedingTax({ bytesPerSample: 1, storageBandwidth: 1 }), "feedingTax", "computeSamplesPerSecond", "undefined");
    expectInvalid(() => feedingTax({ computeSamplesPerSecond: 1, peakFlops: 1, flopsPerSample: 1, bytesPerSample: 1, storageBandwidth: 1 }), "feedingTax", "computeSamplesPerSecond", "1");
    expectInvalid(() => feedingTax({ computeSamplesPerSecond: 1, bytesPerSample: 1, storageBandwidth: 1, overhead: 1 }), "feedingTax", "overhead", "1");
  });
});
