import { describe, expect, it } from "vitest";
import { DR_MONITORING_RULES, evaluateMonitoringRules } from "../../../src/calc/workflow/monitoring-rules";
import { expectInvalid } from "../expect-errors";

describe("DR monitoring rules (Ch. 3, production monitoring)", () => {
  it("lists the book's eleven thresholds", () => {
    const byMetric = Object.fromEntries(DR_MONITORING_RULES.map((r) => [r.metric, r]));
    expect(byMetric.sensitivity).toMatchObject({ comparison: "below", threshold: 0.88, timescale: "weeks" });
    expect(byMetric.latencyP95).toMatchObject({ comparison: "above", threshold: 100, unit: "ms", timescale: "seconds" });
    expect(byMetric.ksPvalue.threshold).toBe(0.01);
    expect(new Set(DR_MONITORING_RULES.map((r) => r.metric)).size).toBe(11);
  });

  it("fires on absolute and relative thresholds, and reports missing metrics", () => {
    const r = evaluateMonitoringRules({
      observations: {
        sensitivity: 0.78,
        specificity: 0.85,
        subgroupSensitivity: { value: 0.895, baseline: 0.975 },
        referralRate: { value: 0.09, baseline: 0.1 },
        psi: 0.25,
        ksPvalue: 0.2,
      },
    });
    expect(r.alerts.map((a) => a.rule.metric)).toEqual(["sensitivity", "subgroupSensitivity", "psi"]);
    expect(r.outcomes.find((o) => o.rule.metric === "subgroupSensitivity")?.compared).toBeCloseTo(0.08 / 0.975, 12);
    expect(r.missing).toEqual(["meanConfidence", "qualityRejectionRate", "latencyP95", "queueDepth", "errorRate"]);
  });

  it("takes custom rules", () => {
    const rules = [{ metric: "x", category: "drift" as const, description: "x", comparison: "changeAbove" as const, threshold: 0.1, unit: "fraction", timescale: "hours" as const, line: 1 }];
    expect(evaluateMonitoringRules({ rules, observations: { x: { value: 0.8, baseline: 1 } } }).alerts.length).toBe(1);
  });

  it("rejects a relative rule without a baseline and non-finite values", () => {
    expectInvalid(() => evaluateMonitoringRules({ observations: { meanConfidence: 0.8 } }), "evaluateMonitoringRules", "observations.meanConfidence", "0.8");
    expectInvalid(() => evaluateMonitoringRules({ observations: { psi: Number.NaN } }), "evaluateMonitoringRules", "observations.psi", "NaN");
    expectInvalid(() => evaluateMonitoringRules({ observations: { referralRate: { value: 1, baseline: 0 } } }), "evaluateMonitoringRules", "observations.referralRate.baseline", "0");
  });
});
