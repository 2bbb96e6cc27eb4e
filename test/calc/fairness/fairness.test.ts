/**
 * Fairness calculators against hand-computed fixtures and the book's loan example
 * (Tables 15.6–15.7). The definitions are Fairlearn's (fairlearn.metrics: selection_rate,
 * true/false_positive_rate, MetricFrame.difference/ratio between groups,
 * demographic_parity_*, equalized_odds_* with agg "worst_case"); the fixtures below were
 * computed by hand from those definitions.
 */
import { describe, expect, it } from "vitest";
import {
  confusionRates, expectedCalibrationError, fairnessFlags, fairnessFrontier, fairnessMetrics, fairnessReport,
  fourFifthsRule, thresholdForTpr, thresholdSweep,
} from "../../../src/calc/fairness";
import { expectInvalid } from "../expect-errors";

const loan = { A: { tp: 4500, fn: 500, fp: 1000, tn: 4000 }, B: { tp: 600, fn: 400, fp: 200, tn: 800 } };

/** Three groups, hand-computed (X: tp2 fn1 fp1 tn1; Y: tp1 fn0 fp0 tn3; Z: tp1 fn1 fp2 tn0). */
const three = {
  yTrue: [1, 1, 1, 0, 0, /* Y */ 1, 0, 0, 0, /* Z */ 1, 1, 0, 0],
  yPred: [1, 1, 0, 1, 0, /* Y */ 1, 0, 0, 0, /* Z */ 0, 1, 1, 1],
  group: ["X", "X", "X", "X", "X", "Y", "Y", "Y", "Y", "Z", "Z", "Z", "Z"],
};

describe("confusionRates", () => {
  it("reproduces group A of the loan example: 55 % approved, TPR 90 %, FPR 20 %, accuracy 85 %", () => {
    const a = confusionRates(loan.A);
    expect(a).toMatchObject({ n: 10_000, selectionRate: 0.55, tpr: 0.9, fpr: 0.2, fnr: 0.1, accuracy: 0.85, baseRate: 0.5 });
    expect(a.precision).toBeCloseTo(4500 / 5500, 15);
  });

  it("gives precision null when nothing is approved, and refuses a matrix without positives or negatives", () => {
    expect(confusionRates({ tp: 0, fp: 0, tn: 3, fn: 2 }).precision).toBeNull();
    expectInvalid(() => confusionRates({ tp: 0, fp: 1, tn: 3, fn: 0 }), "confusionRates", "counts.tp + counts.fn", "0");
    expectInvalid(() => confusionRates({ tp: 1, fp: 0, tn: 0, fn: 0 }), "confusionRates", "counts.fp + counts.tn", "0");
    expectInvalid(() => confusionRates({ tp: 1.5, fp: 0, tn: 1, fn: 0 }), "confusionRates", "counts.tp", "1.5");
    expectInvalid(() => confusionRates({ tp: 1, fp: 0, tn: 1, fn: 0, tpr: 1 } as never), "confusionRates", "counts.tpr", "1");
  });
});

describe("fairnessMetrics", () => {
  it("loan example: DP gap 15 pp, TPR gap 30 pp, FPR gap 0, disparate impact 0.727, pooled accuracy 82.5 %", () => {
    const m = fairnessMetrics({ groups: loan });
    expect(m.demographicParityDifference).toBeCloseTo(0.15, 12);
    expect(m.equalOpportunityDifference).toBeCloseTo(0.3, 12);
    expect(m.fpr.difference).toBe(0);
    expect(m.equalizedOddsDifference).toBeCloseTo(0.3, 12);
    expect(m.demographicParityRatio).toBeCloseTo(0.4 / 0.55, 15);
    expect(m.overall.accuracy).toBe(0.825);
    expect(m.errorRateRatio).toBeCloseTo(2, 12);
    expect(m.selectionRate).toMatchObject({ highest: "A", lowest: "B" });
  });

  it("three groups by hand: differences max − min, ratios min / max, equalized odds the worst case", () => {
    const cells = (g: string) => {
      const rows = three.group.flatMap((x, i) => (x === g ? [i] : []));
      const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
      for (const i of rows) {
        const t = three.yTrue[i], p = three.yPred[i];
        if (p && t) c.tp++; else if (p) c.fp++; else if (t) c.fn++; else c.tn++;
      }
      return c;
    };
    const m = fairnessMetrics({ groups: { X: cells("X"), Y: cells("Y"), Z: cells("Z") } });
    expect(m.byGroup.X).toMatchObject({ selectionRate: 0.6, tpr: 2 / 3, fpr: 0.5, accuracy: 0.6 });
    expect(m.demographicParityDifference).toBe(0.5);
    expect(m.demographicParityRatio).toBeCloseTo(1 / 3, 15);
    expect(m.equalOpportunityDifference).toBe(0.5);
    expect(m.fpr.difference).toBe(1);
    expect(m.equalizedOddsDifference).toBe(1);
    expect(m.equalizedOddsRatio).toBe(0);
    expect(m.predictiveParityDifference).toBeCloseTo(2 / 3, 15);
    expect(m.errorRateRatio).toBeNull(); // Y makes no error, Z does
    expect(m.overall).toMatchObject({ n: 13, accuracy: 8 / 13 });
  });

  it("refuses one group and names a group without positives", () => {
    expectInvalid(() => fairnessMetrics({ groups: { A: loan.A } }), "fairnessMetrics", "groups", "\"1 entries\"");
    expectInvalid(() => fairnessMetrics({ groups: { A: loan.A, B: { tp: 0, fn: 0, fp: 1, tn: 1 } } }), "fairnessMetrics", "groups.B.tp + groups.B.fn", "0");
  });
});

describe("fairnessFlags and fourFifthsRule", () => {
  it("the loan example fails the error-rate ratio, the TPR gap, the four-fifths rule and demographic parity, passes the FPR gap", () => {
    const flags = fairnessFlags(fairnessMetrics({ groups: loan }));
    expect(flags.map((f) => [f.check, f.passes])).toEqual([
      ["error-rate ratio", false], ["FPR difference", true], ["TPR difference (equal opportunity)", false],
      ["selection-rate ratio (four-fifths rule)", false], ["selection-rate difference (demographic parity)", false],
    ]);
    expect(fairnessFlags(fairnessMetrics({ groups: loan }), { demographicParityDifference: 0.15 })[4].passes).toBe(true); // 0.15000000000000002 counts as 0.15
    expectInvalid(() => fairnessFlags(fairnessMetrics({ groups: loan }), { fprGap: 0.1 } as never), "fairnessFlags", "thresholds.fprGap", "0.1");
  });

  it("60 % for the best group means 48 % for every other (the book's example); exactly 0.8 passes", () => {
    expect(fourFifthsRule({ selectionRates: { best: 0.6, other: 0.48 } })).toMatchObject({ minimumAllowedRate: 0.48, passes: true, failingGroups: [] });
    expect(fourFifthsRule({ selectionRates: { best: 0.6, other: 0.47 } }).failingGroups).toEqual(["other"]);
    expectInvalid(() => fourFifthsRule({ selectionRates: { a: 0, b: 0 } }), "fourFifthsRule", "selectionRates", "\"all 0\"");
    expectInvalid(() => fourFifthsRule({ selectionRates: { a: 0.5, b: 1.2 } }), "fourFifthsRule", "selectionRates.b", "1.2");
  });
});

describe("fairnessReport", () => {
  it("point estimates equal fairnessMetrics on the same rows (three groups by hand)", () => {
    const r = fairnessReport({ ...three, resamples: 0 });
    expect(r.groups.map((g) => g.group)).toEqual(["X", "Y", "Z"]);
    expect(r.groups.map((g) => g.selectionRate.value)).toEqual([0.6, 0.25, 0.75]);
    expect(r.groups[0].tpr).toEqual({ value: 2 / 3, low: 2 / 3, high: 2 / 3 });
    expect(r.gaps.demographicParityDifference.value).toBe(0.5);
    expect(r.gaps.equalizedOddsDifference.value).toBe(1);
    expect(r.gaps.errorRateRatio).toBeNull();
    expect(r.overall.accuracy).toBe(8 / 13);
  });

  it("bootstrap intervals: deterministic per seed, contain the estimate, match the binomial standard error", () => {
    // The loan example as rows: 12,000 applicants.
    const rows = Object.entries(loan).flatMap(([g, c]) => [
      ...Array.from({ length: c.tp }, () => [1, 1, g]), ...Array.from({ length: c.fn }, () => [1, 0, g]),
      ...Array.from({ length: c.fp }, () => [0, 1, g]), ...Array.from({ length: c.tn }, () => [0, 0, g]),
    ]) as [number, number, string][];
    const input = { yTrue: rows.map((r) => r[0]), yPred: rows.map((r) => r[1]), group: rows.map((r) => r[2]), resamples: 2000, seed: 7 };
    const r = fairnessReport(input);
    expect(JSON.stringify(fairnessReport(input))).toBe(JSON.stringify(r));
    expect(JSON.stringify(fairnessReport({ ...input, seed: 8 }))).not.toBe(JSON.stringify(r));
    const b = r.groups[1];
    expect(b.tpr.low).toBeLessThan(0.6);
    expect(b.tpr.high).toBeGreaterThan(0.6);
    const se = Math.sqrt((0.6 * 0.4) / 1000); // TPR of B: 1,000 positives
    expect((b.tpr.high - b.tpr.low) / 2).toBeGreaterThan(1.96 * se * 0.85);
    expect((b.tpr.high - b.tpr.low) / 2).toBeLessThan(1.96 * se * 1.15);
    expect(r.gaps.equalOpportunityDifference.low).toBeGreaterThan(0.25);
    expect(r.gaps.demographicParityRatio.high).toBeLessThan(0.8);
    expect(r.flags.find((f) => f.check.startsWith("selection-rate ratio"))?.passes).toBe(false);
  });

  it("adds calibration by group when scores are given", () => {
    const r = fairnessReport({ yTrue: [0, 1, 1, 1, 0, 1], yPred: [0, 1, 1, 1, 0, 1], scores: [0.2, 0.8, 0.8, 0.6, 0.1, 0.9], group: ["a", "a", "a", "a", "b", "b"], bins: 5, resamples: 50 });
    expect(r.groups[0].ece?.value).toBeCloseTo(0.25, 12);
    expect(r.groups[1].ece?.value).toBeCloseTo(0.1, 12); // |0 − 0.1|·½ + |1 − 0.9|·½
    expect(r.gaps.eceDifference?.value).toBeCloseTo(0.15, 12);
  });

  it("rejects the bad inputs of issue 14: mismatched lengths, labels other than 0/1, one group, a group without positives", () => {
    expectInvalid(() => fairnessReport({ yTrue: [1, 0], yPred: [1], group: ["a", "b"] }), "fairnessReport", "yPred.length", "1");
    expectInvalid(() => fairnessReport({ yTrue: [1, 2], yPred: [1, 0], group: ["a", "b"] }), "fairnessReport", "yTrue[1]", "2");
    expectInvalid(() => fairnessReport({ yTrue: [1, 0], yPred: [1, 0], group: ["a", "a"] }), "fairnessReport", "group", "\"1 group (\\\"a\\\")\"");
    expectInvalid(() => fairnessReport({ yTrue: [1, 0, 0, 0], yPred: [1, 0, 0, 0], group: ["a", "a", "b", "b"] }), "fairnessReport", "yTrue (group \"b\")", "\"no positives\"");
    expectInvalid(() => fairnessReport({ ...three, confidence: 1 }), "fairnessReport", "confidence", "1");
    expectInvalid(() => fairnessReport({ ...three, resamples: 1e6 }), "fairnessReport", "resamples", "1000000");
    expectInvalid(() => fairnessReport({ ...three, scores: three.yTrue.map(() => 1.5) }), "fairnessReport", "scores[0]", "1.5");
    expectInvalid(() => fairnessReport({ ...three, sensitiveFeatures: [] } as never), "fairnessReport", "input.sensitiveFeatures", "array of length 0");
  });
});

describe("expectedCalibrationError", () => {
  it("bins like scikit-learn's calibration_curve (right-closed bins) and weights gaps by bin size", () => {
    const r = expectedCalibrationError({ yTrue: [0, 1, 1, 1], scores: [0.2, 0.8, 0.8, 0.6], bins: 5 });
    expect(r.ece).toBeCloseTo(0.25, 15);
    expect(r.maximumCalibrationError).toBeCloseTo(0.4, 15);
    expect(r.bins.map((b) => b.count)).toEqual([1, 0, 1, 2, 0]);
    expect(expectedCalibrationError({ yTrue: [0, 1, 0, 1], scores: [0.5, 0.5, 0.5, 0.5] }).ece).toBe(0);
    expectInvalid(() => expectedCalibrationError({ yTrue: [1], scores: [0.5], bins: 0 }), "expectedCalibrationError", "bins", "0");
  });
});

describe("threshold trade-offs", () => {
  const yTrue = [1, 1, 1, 0, 0, 1, 1, 1, 0, 0];
  const scores = [0.9, 0.8, 0.7, 0.6, 0.2, 0.7, 0.5, 0.4, 0.3, 0.1];
  const group = ["A", "A", "A", "A", "A", "B", "B", "B", "B", "B"];

  it("thresholdSweep: one shared threshold treats the groups differently", () => {
    const [p] = thresholdSweep({ yTrue, scores, group, thresholds: [0.65] });
    expect(p.groups).toEqual([{ group: "A", selectionRate: 0.6, tpr: 1, fpr: 0 }, { group: "B", selectionRate: 0.2, tpr: 1 / 3, fpr: 0 }]);
    expect(p.accuracy).toBe(0.8);
    expect(p.tprDifference).toBeCloseTo(2 / 3, 15);
    expectInvalid(() => thresholdSweep({ yTrue, scores, group, thresholds: [1.5] }), "thresholdSweep", "thresholds[0]", "1.5");
  });

  it("thresholdForTpr equalises TPR; fairnessFrontier finds the pair of thresholds with no gap", () => {
    expect(thresholdForTpr({ yTrue: yTrue.slice(5), scores: scores.slice(5), targetTpr: 1 })).toEqual({ threshold: 0.4, tpr: 1, fpr: 0 });
    const f = fairnessFrontier({ yTrue, scores, group, thresholds: [0.35, 0.4, 0.5, 0.65, 0.7] });
    expect(f.leastDisparity.disparity).toBe(0);
    expect(f.mostAccurate.accuracy).toBe(1);
    expect(f.mostAccurate.thresholds).toEqual([0.65, 0.35]);
    for (let i = 1; i < f.frontier.length; i++) {
      expect(f.frontier[i].disparity).toBeGreaterThan(f.frontier[i - 1].disparity);
      expect(f.frontier[i].accuracy).toBeGreaterThan(f.frontier[i - 1].accuracy);
    }
    expectInvalid(() => fairnessFrontier({ yTrue, scores, group: group.map((g, i) => (i === 0 || i === 3 ? "C" : g)), thresholds: [0.5] }), "fairnessFrontier", "group", "\"3 groups\"");
  });
});
