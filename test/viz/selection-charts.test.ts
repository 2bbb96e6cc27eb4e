import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/display/svg";
import { amortizedRoiChart, learningCurvesChart, selectionTimeChart } from "../../src/viz/selection-charts";
import { selectionInequality } from "../../src/calc/selection/selection-inequality";
import { compiles, errorOf } from "./helpers";

describe("selection charts (Ch. 9)", () => {
  it("learningCurvesChart: one line per method, labels to the target in the subtitle", () => {
    const spec = learningCurvesChart({
      curves: [{ name: "random", labels: [10, 20, 40], accuracy: [0.5, 0.6, 0.8] }, { method: "kCenter", labels: [10, 20, 40], accuracy: [0.6, 0.8, 0.85] }],
      targetAccuracy: 0.8, accuracyAtZero: 1 / 3,
    });
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
    expect(JSON.stringify(spec)).toContain("labels to reach 80 %: random 40, kCenter 20");
    expect(errorOf(() => learningCurvesChart({ curves: [{ labels: [2, 1], accuracy: [0.5, 0.6] }] })).message).toMatch(/labels\[1\]/);
  });

  it("selectionTimeChart: stacked selection and training hours", () => {
    const base = { poolSize: 1e6, subsetSize: 1e5, trainingTimePerSample: 0.01, epochs: 100 };
    const spec = selectionTimeChart({ options: [{ name: "proxy", result: selectionInequality({ ...base, scoringTimePerSample: 0.002 }) }] });
    compiles(spec);
    const rows = (spec as { data: { values: Record<string, number | string>[] } }).data.values;
    expect(rows[0].hours).toBeCloseTo(277.78, 2);
    expect(rows[1].hours).toBeCloseTo(0.556, 3);
    expect(errorOf(() => selectionTimeChart({ options: [{ name: "x", result: {} as never }] })).message).toMatch(/options\[0\]\.result/);
  });

  it("amortizedRoiChart: zero line and break-even at 5.5 runs", () => {
    const spec = amortizedRoiChart({ savingsPerRun: 10_000, oneTimeInvestment: 55_000 });
    compiles(spec);
    expect(JSON.stringify(spec)).toContain("break-even 5.50 runs");
    expect(errorOf(() => amortizedRoiChart({ savingsPerRun: 1, oneTimeInvestment: 1, maxRuns: 1 })).message).toMatch(/maxRuns/);
  });
});
