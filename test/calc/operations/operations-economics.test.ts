import { describe, expect, it } from "vitest";
import {
  bayesOptimalThreshold, degradedAccuracy, driftDetectionRoi, inputSpaceSize, latencyBudget, monitoringBudget, skewCost, sliceAccuracy,
} from "../../../src/calc/operations";
import { exponentialGrowth } from "../../../src/calc/performance";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

const budget = {
  variants: 3, metricsPerVariant: 50, sampleInterval: 15, bytesPerPoint: 8, dashboards: 2, viewersPerDashboard: 3, refreshInterval: 5,
  viewingHoursPerDay: 8, viewingDaysPerMonth: 22, ingestPricePerMillionPoints: 0.3, storagePricePerGbMonth: 1, pricePerQuery: 0.02,
};

describe("Chapter 14 economics", () => {
  it("monitoring budget: 25.92 M points, 12,672 queries, $261.42 a month", () => {
    const b = monitoringBudget(budget);
    expect(b.pointsPerMonth).toBe(25_920_000);
    expect(b.queriesPerMonth).toBeCloseTo(12_672, 9);
    expect(b.ingestCost.to("USD")).toBeCloseTo(7.776, 9);
    expect(b.storageCost.to("USD")).toBeCloseTo(0.20736, 9);
    expect(b.queryCost.to("USD")).toBeCloseTo(253.44, 9);
    expect(b.total.to("USD")).toBeCloseTo(261.42336, 9);
    expect(monitoringBudget({ ...budget, alertEvaluationsPerMonth: 1e5, pricePerAlertEvaluation: 0.001 }).alertCost.to("USD")).toBeCloseTo(100, 9);
    expectInvalid(() => monitoringBudget({ ...budget, viewingHoursPerDay: 25 }), "monitoringBudget", "viewingHoursPerDay", "25");
  });
  it("skew cost $365K a year; drift-detection ROI $191,781 vs $6,849 per incident", () => {
    expect(skewCost({ errorRate: 0.01, queryRate: q(1e6, "1/day"), costPerError: 0.1 }).perDay.to("USD/day")).toBeCloseTo(1000, 9);
    const r = driftDetectionRoi({ annualRevenue: 50e6, impact: 0.05, baselineTimeToDetect: 28, monitoredTimeToDetect: 1, incidentsPerYear: 4 });
    expect(r.monitoredLossPerIncident.to("USD")).toBeCloseTo(6849.315, 3);
    expect(r.savingPerIncident.to("USD")).toBeCloseTo(184931.507, 3);
    expectInvalid(() => driftDetectionRoi({ annualRevenue: 1, impact: 2, baselineTimeToDetect: 1, monitoredTimeToDetect: 1, incidentsPerYear: 1 }), "driftDetectionRoi", "impact", "2");
  });
  it("Bayes threshold, slice accuracy, latency budget", () => {
    expect(bayesOptimalThreshold({ costFalsePositive: 100, costFalseNegative: 100 })).toBe(0.5);
    expectInvalid(() => bayesOptimalThreshold({ costFalsePositive: 0, costFalseNegative: 0 }), "bayesOptimalThreshold", "costFalsePositive + costFalseNegative", "0");
    const s = sliceAccuracy({ slices: { desktop: { share: 0.45, accuracy: 0.94 }, iOS: { share: 0.3, accuracy: 0.92 }, Android: { share: 0.2, accuracy: 0.88 }, tablet: { share: 0.05, accuracy: 0.62 } } });
    expect(s.overall).toBeCloseTo(0.906, 12);
    expect(s.hiddenGap).toBeCloseTo(0.286, 12);
    expectInvalid(() => sliceAccuracy({ slices: { a: { share: 0.8, accuracy: 1 }, b: { share: 0.8, accuracy: 1 } } }), "sliceAccuracy", "slices", "\"shares summing to 1.6\"");
    const b = latencyBudget({ slo: 100, stages: { network: 15, features: 25, inference: 45, post: 15 } });
    expect(b.fits).toBe(true);
    expect(b.total.to("ms")).toBeCloseTo(100, 9);
    expect(latencyBudget({ slo: 90, stages: { a: 100 } }).fits).toBe(false);
  });
});

describe("Chapter 1 models", () => {
  it("verification gap: 362,508 digits", () => {
    expect(inputSpaceSize({ elements: 150_528, levels: 256 }).digits).toBe(362_508);
    expectInvalid(() => inputSpaceSize({ elements: 1, levels: 1 }), "inputSpaceSize", "levels", "1");
  });
  it("degradation equation, both directions, floored at 0", () => {
    expect(degradedAccuracy({ initialAccuracy: 0.85, divergence: 0.1, observedAccuracy: 0.802 }).drop).toBeCloseTo(0.048, 12);
    expect(degradedAccuracy({ initialAccuracy: 0.5, divergence: 10, sensitivity: 1 }).accuracy).toBe(0);
    expectInvalid(() => degradedAccuracy({ initialAccuracy: 0.5, divergence: 0, observedAccuracy: 0.4 }), "degradedAccuracy", "divergence", "0");
  });
  it("exponential growth: 3.4-month doubling over 6 years, 16-month halving over 84 months, one rate only", () => {
    expect(exponentialGrowth({ duration: q(72, "month"), doublingTime: q(3.4, "month") }).doublings).toBeCloseTo(72 / 3.4, 12);
    expect(1 / exponentialGrowth({ duration: q(84, "month"), halvingTime: q(16, "month") }).factor).toBeCloseTo(38.05, 2);
    expect(exponentialGrowth({ duration: 7, factorPerYear: Math.SQRT2 }).factor).toBeCloseTo(11.31, 2);
    expectInvalid(() => exponentialGrowth({ duration: 1, doublingTime: 1, factorPerYear: 2 }), "exponentialGrowth", "doublingTime / halvingTime / factorPerYear", "\"2 given\"");
  });
});
