import { describe, expect, it } from "vitest";
import { timeToDetectAccuracyDrop } from "../../src/drift/time-to-detect-accuracy-drop";
import { InvalidParameterError } from "../../src/util/errors";

const PER_DAY_100 = 100 / 86400; // 100 requests per day, in requests per second

describe("timeToDetectAccuracyDrop: the book's drift-detection delay example (seed L36037–L36046)", () => {
  it("book figures from its 1,000 samples: 1,000 s ≈ 17 min at 1 QPS (seed L36044; exact 16.67 min)", () => {
    const r = timeToDetectAccuracyDrop({ requiredSamples: 1000, qps: 1 });
    expect(r.seconds).toBe(1000);
    expect(r.minutes).toBeCloseTo(16.6667, 4);
    expect(Math.round(r.minutes)).toBe(17);
  });
  it("book: 100 requests/day takes 10 days (seed L36046; exact 10 days, rel 1e-12)", () => {
    const r = timeToDetectAccuracyDrop({ requiredSamples: 1000, qps: PER_DAY_100 });
    expect(Math.abs(r.days - 10)).toBeLessThan(1e-12);
  });
  it("recomputed with the one-sample z-test formula (95 % → 90 %, 95 % confidence, power 0.8): 185 samples, 185 s ≈ 3.1 min at 1 QPS, 1.85 days at 100/day", () => {
    const fast = timeToDetectAccuracyDrop({ baseline: 0.95, degraded: 0.9, confidence: 0.95, qps: 1 });
    expect(fast.requiredSamples).toBe(185);
    expect(fast.seconds).toBe(185);
    const slow = timeToDetectAccuracyDrop({ baseline: 0.95, degraded: 0.9, qps: PER_DAY_100 });
    expect(Math.abs(slow.days - 1.85)).toBeLessThan(1e-12);
  });
  it("label rate and label delay: 10 % labelled at 1 QPS plus 1 h delay → 1,850 s + 3,600 s", () => {
    const r = timeToDetectAccuracyDrop({ baseline: 0.95, degraded: 0.9, qps: 1, labelRate: 0.1, labelDelaySeconds: 3600 });
    expect(r.labeledPerSecond).toBeCloseTo(0.1, 15);
    expect(r.seconds).toBeCloseTo(5450, 9);
    expect(r.hours).toBeCloseTo(5450 / 3600, 12);
  });
  it("two-sample design needs 435 samples per window", () => {
    expect(timeToDetectAccuracyDrop({ baseline: 0.95, degraded: 0.9, qps: 1, design: "two-sample" }).requiredSamples).toBe(435);
  });
});

describe("timeToDetectAccuracyDrop bad input", () => {
  it("names the parameter and the value", () => {
    expect(() => timeToDetectAccuracyDrop({ requiredSamples: 1000, qps: 0 })).toThrow(InvalidParameterError);
    expect(() => timeToDetectAccuracyDrop({ requiredSamples: 1000, qps: 0 })).toThrow(/timeToDetectAccuracyDrop: qps must be a finite number > 0; got 0/);
    expect(() => timeToDetectAccuracyDrop({ requiredSamples: 1000, qps: 1, labelRate: 1.5 })).toThrow(/labelRate must be a finite number in \(0, 1\]; got 1.5/);
    expect(() => timeToDetectAccuracyDrop({ requiredSamples: 1000, qps: 1, labelDelaySeconds: -1 })).toThrow(/labelDelaySeconds must be a finite number ≥ 0; got -1/);
    expect(() => timeToDetectAccuracyDrop({ requiredSamples: 10.5, qps: 1 })).toThrow(/requiredSamples must be an integer ≥ 1; got 10.5/);
    expect(() => timeToDetectAccuracyDrop({ qps: 1 })).toThrow(/timeToDetectAccuracyDrop: baseline must be a finite number in \(0, 1\); got undefined/);
    expect(() => timeToDetectAccuracyDrop({ baseline: 0.95, degraded: 0.9, qps: 1, confidence: 95 })).toThrow(/confidence must be a finite number in \(0, 1\); got 95/);
  });
});
