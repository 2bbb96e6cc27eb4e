import { describe, expect, it } from "vitest";
import {
  batteryLife, dataLocality, deploymentFit, distanceDuringLatency, dynamicPowerRatio, edgeComputeDemand,
  fiberRoundTrip, memoryWallGap, thermalThrottle, transmissionVsLocalEnergy, videoStreamRate,
} from "../../../src/calc/deployment";
import { q } from "../../../src/units/quantity";
import { expectDimension, expectInvalid } from "../expect-errors";

describe("the light barrier", () => {
  it("1,500 km: 15 ms round trip, 5 ms over a 10 ms budget; 3,600 km: 36 ms", () => {
    const r = fiberRoundTrip({ distance: 1500, budget: q(10, "ms") });
    expect(r.roundTrip.to("ms")).toBeCloseTo(15, 12);
    expect(r.remainingBudget?.to("ms")).toBeCloseTo(-5, 12);
    expect(r.fitsBudget).toBe(false);
    expect(fiberRoundTrip({ distance: q(3600, "km") }).roundTrip.to("ms")).toBeCloseTo(36, 12);
    expect(fiberRoundTrip({ distance: 200, fiberSpeed: q(200, "km/ms") }).oneWay.to("ms")).toBeCloseTo(1, 12);
    expectInvalid(() => fiberRoundTrip({ distance: -1 }), "fiberRoundTrip", "distance", "-1");
    expectDimension(() => fiberRoundTrip({ distance: q(1, "s") as never }), "fiberRoundTrip", "distance", "1 s");
  });
});

describe("power and memory walls", () => {
  it("doubling f with V ∝ f costs 8×; compute 1.6×/yr vs bandwidth 1.2×/yr is 1.33×/yr", () => {
    expect(dynamicPowerRatio({ frequencyRatio: 2 })).toBe(8);
    expect(dynamicPowerRatio({ frequencyRatio: 2, voltageRatio: 1, capacitanceRatio: 0.5 })).toBe(1);
    expect(memoryWallGap({ computeGrowthPerYear: 1.6, bandwidthGrowthPerYear: 1.2, duration: 1 }).gapPerYear).toBeCloseTo(4 / 3, 15);
    expect(memoryWallGap({ computeGrowthPerYear: 1.6, bandwidthGrowthPerYear: 1.2, duration: 10 }).gap).toBeCloseTo((4 / 3) ** 10, 9);
    expectInvalid(() => dynamicPowerRatio({ frequencyRatio: 0 }), "dynamicPowerRatio", "frequencyRatio", "0");
  });
});

describe("energy at the edge", () => {
  it("battery: 15 Wh / 2 W = 7.5 h; a CR2032 at 10 µW lasts 7.7 years; base power adds up", () => {
    expect(batteryLife({ capacity: 15, power: 2 }).runtime.to("h")).toBe(7.5);
    expect(batteryLife({ chargeMah: 225, voltage: 3, power: q(10, "µW") }).runtime.to("year")).toBeCloseTo(7.705, 3);
    const phone = batteryLife({ capacity: 15, power: 1, basePower: 0.625 });
    expect(phone.runtime.to("h")).toBeCloseTo(9.2308, 4);
    expect(phone.runtimeWithout?.to("h")).toBe(24);
    expectInvalid(() => batteryLife({ capacity: 15, chargeMah: 1, voltage: 3, power: 1 }), "batteryLife", "capacity", "15");
  });
  it("transmission: 1 MB at 100 mJ/MB against 0.1 mJ local is 1,000×", () => {
    const t = transmissionVsLocalEnergy({ payload: q(1, "MB"), energyPerByte: q(100, "mJ/MB"), localEnergy: q(0.1, "mJ") });
    expect(t.ratio).toBeCloseTo(1000, 9);
    expect(t.cheaper).toBe("local");
  });
  it("thermal: 10 W against 3 W with C = 7 J/°C heats 1 °C/s, trips at 80 °C after 60 s; under the budget it never trips", () => {
    const t = thermalThrottle({ power: 10, sustainablePower: 3, heatCapacityJoulesPerDegree: 7, startTemperature: 20, tripTemperature: 80 });
    expect(t.timeToThrottle?.to("s")).toBeCloseTo(60, 12);
    expect(thermalThrottle({ power: 12, sustainablePower: 3, heatCapacityJoulesPerDegree: 7, startTemperature: 20, tripTemperature: 80 }).requiredPowerReduction).toBe(4);
    expect(thermalThrottle({ power: 2, sustainablePower: 3, heatCapacityJoulesPerDegree: 7, startTemperature: 20, tripTemperature: 80 }).timeToThrottle).toBeNull();
    expectInvalid(() => thermalThrottle({ power: 2, sustainablePower: 3, heatCapacityJoulesPerDegree: 7, startTemperature: 80, tripTemperature: 20 }), "thermalThrottle", "tripTemperature", "20");
  });
});

describe("data at the edge", () => {
  it("data locality: a 4K frame over 100 Mbps takes 1,991 ms > 110 ms", () => {
    const d = dataLocality({ payload: 3840 * 2160 * 3, networkBandwidth: q(100, "Mbps"), networkLatency: 110 });
    expect(d.transmitTime.to("ms")).toBeCloseTo(1990.656, 9);
    expect(d.localMandatory).toBe(true);
    expect(dataLocality({ payload: 1000, networkBandwidth: q(100, "Mbps"), networkLatency: 110 }).localMandatory).toBe(false);
  });
  it("video: 1080p RGB at 30 FPS is 186.6 MB/s a camera; 100 cameras 18.7 GB/s", () => {
    const v = videoStreamRate({ width: 1920, height: 1080, bytesPerPixel: 3, fps: 30, streams: 100 });
    expect(v.frameSize.to("B")).toBe(6_220_800);
    expect(v.total.to("GB/s")).toBeCloseTo(18.6624, 9);
    expectInvalid(() => videoStreamRate({ width: 0, height: 1, bytesPerPixel: 3, fps: 30 }), "videoStreamRate", "width", "0");
  });
  it("edge fleet: 20 cameras × 15 FPS × 8.7 GFLOPs = 2,610 GFLOP/s, 5.22 TFLOPS with 2× headroom", () => {
    const d = edgeComputeDemand({ sites: 500, streamsPerSite: 20, fps: 15, operationsPerInference: q(8.7, "GFLOP"), headroom: 2 });
    expect(d.inferencesPerSitePerSecond).toBe(300);
    expect(d.provisionPerSite.to("TFLOP/s")).toBeCloseTo(5.22, 12);
    expect(d.fleetInferencesPerSecond).toBe(150_000);
    expectInvalid(() => edgeComputeDemand({ sites: 1, streamsPerSite: 1, fps: 1, operationsPerInference: 1, headroom: 0.5 }), "edgeComputeDemand", "headroom", "0.5");
  });
  it("braking: 100 km/h × 100 ms = 2.78 m", () => {
    expect(distanceDuringLatency({ speed: 100, latency: 100 }).to("m")).toBeCloseTo(2.7778, 4);
    expectInvalid(() => distanceDuringLatency({ speed: 100, latency: -1 }), "distanceDuringLatency", "latency", "-1");
  });
  it("deployment fit: Tables 15.11 × 15.12, and the embedded camera fits nothing", () => {
    const cells = deploymentFit({
      models: { MobileNetV2: { power: 1.2, latency: 40 }, "EfficientNet-B0": { power: 1.8, latency: 65 }, "ResNet-50": { power: 4.5, latency: 180 }, TinyML: { power: 0.05, latency: 200 } },
      contexts: { smartphone: { power: 3, latency: 100 }, "IoT sensor": { power: 0.1, latency: 1000 }, camera: { power: 1, latency: 33 } },
    });
    const fits = (ctx: string) => cells.filter((c) => c.context === ctx && c.fits).map((c) => c.model);
    expect(fits("smartphone")).toEqual(["MobileNetV2", "EfficientNet-B0"]);
    expect(fits("IoT sensor")).toEqual(["TinyML"]);
    expect(fits("camera")).toEqual([]);
  });
});
