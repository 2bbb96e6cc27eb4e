import { describe, expect, it } from "vitest";
import { fairnessFrontier, fairnessReport } from "../../src/calc/fairness";
import { gridIntensityRegistry, CARBON_EQUIVALENTS } from "../../src/constants/sustainability";
import { q } from "../../src/units/quantity";
import { InvalidParameterError } from "../../src/util/errors";
import { fairnessFrontierChart, groupRatesChart } from "../../src/viz/fairness-charts";
import { carbonByGridChart } from "../../src/viz/sustainability-charts";
import { compiles, errorOf } from "./helpers";

type Json = Record<string, any>;
const report = fairnessReport({ yTrue: [1, 1, 0, 0, 1, 1, 0, 0], yPred: [1, 1, 1, 0, 1, 0, 0, 0], group: ["A", "A", "A", "A", "B", "B", "B", "B"], resamples: 50, seed: 1 });

describe("groupRatesChart", () => {
  it("points and interval rules per group and rate, truth ticks, percent axis; compiles", () => {
    const spec = groupRatesChart({ report, truth: [{ group: "B", rate: "tpr", value: 0.6 }] }) as Json;
    expect(spec.layer).toHaveLength(3);
    expect(spec.layer[1].data.values).toHaveLength(6);
    expect(spec.layer[1].data.values[1]).toMatchObject({ rate: "TPR", group: "A", value: 1 });
    expect(spec.layer[0].encoding.y.field).toBe("low");
    expect(spec.layer[0].encoding.y2.field).toBe("high");
    expect(spec.layer[2].data.values).toEqual([{ rate: "TPR", group: "B", value: 0.6 }]);
    compiles(spec as never);
  });
  it("rejects an unknown group in the truth and a non-report", () => {
    const e = errorOf(() => groupRatesChart({ report, truth: [{ group: "C", rate: "tpr", value: 0.6 }] }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message).toMatch(/^groupRatesChart: truth\[0\]\.group must be/);
    expect(errorOf(() => groupRatesChart({ report: {} as never }))).toBeInstanceOf(InvalidParameterError);
  });
});

describe("fairnessFrontierChart", () => {
  it("shared points, frontier line and the A / C markers; compiles", () => {
    const f = fairnessFrontier({ yTrue: [1, 1, 1, 0, 0, 1, 1, 1, 0, 0], scores: [0.9, 0.8, 0.7, 0.6, 0.2, 0.7, 0.5, 0.4, 0.3, 0.1], group: ["A", "A", "A", "A", "A", "B", "B", "B", "B", "B"], thresholds: [0.35, 0.5, 0.65] });
    const spec = fairnessFrontierChart({ frontier: f }) as Json;
    expect(spec.layer).toHaveLength(3);
    expect(spec.layer[1].data.values.length).toBe(f.frontier.length);
    expect(spec.layer[2].data.values.map((p: Json) => p.label)).toEqual(["A: most accurate", "C: least disparity"]);
    compiles(spec as never);
  });
});

describe("carbonByGridChart", () => {
  it("one bar per grid in tonnes, with car equivalents; compiles", () => {
    const spec = carbonByGridChart({ energy: q(1300, "MWh"), grids: gridIntensityRegistry.list(), equivalent: { label: "cars a year", value: CARBON_EQUIVALENTS.carPerYear.value } }) as Json;
    expect(spec.data.values[0]).toEqual({ grid: "Global grid average (0.4 kg/kWh) = 113 cars a year", tonnes: 520 });
    expect(spec.data.values.map((r: Json) => r.tonnes)).toEqual([520, 520, 585, 104]);
    compiles(spec as never);
  });
});
