import { describe, expect, it } from "vitest";
import { voiceAssistantBookScenario, voiceAssistantWall } from "../../../src/calc/deployment/voice-assistant-wall";
import { q, type Quantity } from "../../../src/units/quantity";
import { expectDimension, expectInvalid } from "../expect-errors";

describe("voiceAssistantWall (WE-2.5, seed 004 L3056–L3086)", () => {
  const wall = voiceAssistantWall();

  it("economic wall: $0.50 × 1e9 = $500M/year in the cloud (L3061); $0.01 × 1e9 = $10M/year on device (L3063)", () => {
    expect(wall.economic.cloudCostPerYear.to("USD/year")).toBeCloseTo(500e6, 3);
    expect(wall.economic.cloudCostPerYear.format()).toBe("$500M/year");
    expect(wall.economic.onDeviceCostPerYear.to("USD/year")).toBeCloseTo(10e6, 4);
    expect(wall.economic.cloudToOnDeviceRatio).toBeCloseTo(50, 9);
  });

  it("infrastructure wall: 2e10 queries/day (L3072), 1,111,111 GPU-h/day (L3074), 240,000 per data centre (L3076)", () => {
    expect(wall.infrastructure.queriesPerDay).toBeCloseTo(2e10, 0);
    expect(wall.infrastructure.gpuHoursPerDay).toBeCloseTo(1_111_111.1111, 3);
    expect(wall.infrastructure.datacenterGpuHoursPerDay).toBe(240_000);
    expect(wall.infrastructure.averageGpusBusy).toBeCloseTo(46_296.296, 3);
  });

  it("average 4.63 data centres (book '~5', L3078) and 20.8 at 4.5× peak (book '~21', L3080); whole buildings 5 and 21", () => {
    expect(wall.infrastructure.averageDatacenters).toBeCloseTo(4.62963, 5);
    expect(wall.infrastructure.peakDatacenters).toBeCloseTo(20.83333, 5);
    expect(wall.infrastructure.averageDatacentersWhole).toBe(5);
    expect(wall.infrastructure.peakDatacentersWhole).toBe(21);
  });

  it("bandwidth wall: 32,000 B/s per device = 32 kB/s = 31.25 KiB/s (book '~31 KB/s'); 32 TB/s for 1e9 devices (L3084)", () => {
    expect(wall.bandwidth.perDevice.to("B/s")).toBe(32_000);
    expect(wall.bandwidth.perDeviceKilobytesPerSecond).toBe(32);
    expect(wall.bandwidth.perDeviceKibibytesPerSecond).toBe(31.25);
    expect(wall.bandwidth.aggregate.to("TB/s")).toBeCloseTo(32, 12);
    expect(wall.bandwidth.aggregate.format()).toBe("32 TB/s");
  });

  it("the defaults are the book's scenario, and passing them explicitly changes nothing", () => {
    const explicit = voiceAssistantWall({ ...voiceAssistantBookScenario });
    expect(explicit.infrastructure).toEqual(wall.infrastructure);
    expect(voiceAssistantBookScenario.devices).toBe(1e9);
  });

  it("accepts quantities in any unit of the right dimension", () => {
    const r = voiceAssistantWall({
      queriesPerDevicePerDay: q(140, "1/week"),
      gpuSecondsPerQuery: q(200, "ms"),
      sampleRateHz: q(16, "kHz"),
      bitsPerSample: q(2, "B"),
      cloudCostPerDeviceYear: q(0.5, "USD/year"),
    });
    expect(r.infrastructure.gpuHoursPerDay).toBeCloseTo(1_111_111.1111, 3);
    expect(r.bandwidth.perDevice.to("B/s")).toBeCloseTo(32_000, 9);
  });

  it("scales linearly with the fleet and rounds whole data centres up without float dust", () => {
    const r = voiceAssistantWall({ devices: 2e8 });
    expect(r.infrastructure.averageDatacenters).toBeCloseTo(0.925926, 6);
    expect(r.infrastructure.averageDatacentersWhole).toBe(1);
    // exactly 1 data centre of demand: 10,000 GPUs busy = 4.32e9 queries/day at 0.2 s
    const exact = voiceAssistantWall({ devices: 216e6, peakToAverage: 1 });
    expect(exact.infrastructure.averageDatacenters).toBeCloseTo(1, 12);
    expect(exact.infrastructure.peakDatacentersWhole).toBe(1);
  });

  it("reports a null cost ratio when on-device inference is free", () => {
    expect(voiceAssistantWall({ onDeviceCostPerDeviceYear: 0 }).economic.cloudToOnDeviceRatio).toBeNull();
  });

  describe("rejects bad inputs", () => {
    it.each([
      ["devices", 0, "0"],
      ["devices", 2.5, "2.5"],
      ["devices", Number.NaN, "NaN"],
      ["queriesPerDevicePerDay", -1, "-1"],
      ["gpuSecondsPerQuery", Number.NaN, "NaN"],
      ["gpusPerDatacenter", 0, "0"],
      ["gpusPerDatacenter", 100.5, "100.5"],
      ["peakToAverage", 0.5, "0.5"],
      ["cloudCostPerDeviceYear", -0.5, "-0.5"],
      ["onDeviceCostPerDeviceYear", Number.POSITIVE_INFINITY, "Infinity"],
      ["sampleRateHz", 0, "0"],
      ["bitsPerSample", 0, "0"],
    ] as const)("%s = %s", (parameter, value, text) => {
      expectInvalid(() => voiceAssistantWall({ [parameter]: value }), "voiceAssistantWall", parameter, text);
    });

    it("a sample rate given as a data rate is a DimensionError", () => {
      expectDimension(
        () => voiceAssistantWall({ sampleRateHz: q(16, "kB/s") as unknown as Quantity<"frequency"> }),
        "voiceAssistantWall",
        "sampleRateHz",
        "16 kB/s",
      );
    });
  });
});
