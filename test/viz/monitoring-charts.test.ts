import { describe, expect, it } from "vitest";
import { changePointChart, retrainingCostChart, retrainingScheduleChart } from "../../src/viz/monitoring-charts";
import { psiOverTimeChart } from "../../src/viz/drift-charts";
import { layerChart } from "../../src/viz/layer-chart";
import { InvalidParameterError } from "../../src/util/errors";
import { compiles, errorOf } from "./helpers";

type Json = Record<string, any>;
const rows = [{ day: 0.5, mean: 1 }, { day: 1.5, mean: 1.1 }, { day: 2.5, mean: 3 }];

describe("changePointChart", () => {
  it("line + one rule layer per change and alarm, truth dashed grey, alarms solid orange; compiles", () => {
    const spec = changePointChart({
      data: rows, x: "day", y: "mean", title: "Daily mean", xTitle: "Day", yTitle: "Mean (USD)",
      changes: [{ x: 2, label: "true change" }], alarms: [{ x: 2.4, label: "ADWIN" }, { x: 2.9, label: "again" }],
    }) as Json;
    expect(spec.layer).toHaveLength(4);
    const rules = spec.layer.slice(1).map((l: Json) => l.layer[0]);
    expect(rules.map((r: Json) => r.encoding.x.datum)).toEqual([2, 2.4, 2.9]);
    expect(rules[0].mark.strokeDash).toBeDefined();
    expect(rules[1].mark.strokeDash).toBeUndefined();
    expect(rules[1].mark.color).not.toBe(rules[0].mark.color);
    compiles(spec as never);
  });

  it("allows no alarm, requires a change, names a bad mark", () => {
    const base = { data: rows, x: "day" as const, y: "mean" as const, title: "T", xTitle: "Day", yTitle: "Mean" };
    expect((changePointChart({ ...base, changes: [{ x: 2, label: "c" }], alarms: [] }) as Json).layer).toHaveLength(2);
    const none = errorOf(() => changePointChart({ ...base, changes: [], alarms: [] }));
    expect(none).toBeInstanceOf(InvalidParameterError);
    expect(none.message).toMatch(/^changePointChart: changes must be at least one true change point/);
    const bad = errorOf(() => changePointChart({ ...base, changes: [{ x: 2, label: "c" }], alarms: [{ x: NaN, label: "a" }] }));
    expect(bad).toBeInstanceOf(InvalidParameterError);
    expect(bad.message).toMatch(/^changePointChart: alarms\[0\]\.x must be .+; got NaN$/);
  });
});

describe("retrainingScheduleChart", () => {
  it("sawtooth from the schedule: rises 0 → 0.21 over 21 days, drops, 4 triggers in 90 days; compiles", () => {
    const spec = retrainingScheduleChart({ psiGrowthPerDay: 0.01, threshold: 0.2, horizon: 90 }) as Json;
    expect(spec.title).toEqual({ text: "PSI under a retrain-at-PSI > 0.2 policy", subtitle: "g = 0.01/day · trigger every 21 days · 4 retrainings in 90 days" });
    const line = spec.layer[0].data.values;
    expect(line.slice(0, 3)).toEqual([{ day: 0, psi: 0 }, { day: 21, psi: 0.21 }, { day: 21, psi: 0 }]);
    expect(line[line.length - 1]).toEqual({ day: 90, psi: 0.06 });
    const points = spec.layer[2].data.values;
    expect(points.map((p: Json) => p.x)).toEqual([21, 42, 63, 84]);
    expect(points.every((p: Json) => p.y === 0.21)).toBe(true);
    compiles(spec as never);
  });

  it("passes the schedule's validation errors through", () => {
    const e = errorOf(() => retrainingScheduleChart({ psiGrowthPerDay: -1 }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message).toMatch(/^psiRetrainingSchedule: psiGrowthPerDay must be .+; got -1$/);
  });
});

describe("retrainingCostChart", () => {
  it("three curves × 60 rows on log axes, total minimal at T* = √(2C/d) = 2 days; marked intervals on the total; compiles", () => {
    const spec = retrainingCostChart({ retrainCost: 5000, dailyLossIncreaseUsd: 2500, intervalRange: [0.25, 60], markIntervals: [{ x: 21, label: "policy" }] }) as Json;
    const values = spec.layer[0].data.values as Json[];
    expect(values).toHaveLength(180);
    const total = values.filter((v) => v.part === "total");
    const best = total.reduce((a, b) => (b.cost < a.cost ? b : a));
    expect(best.interval).toBeGreaterThan(1.7);
    expect(best.interval).toBeLessThan(2.3);
    expect(spec.layer[1].layer[0].encoding.x.datum).toBeCloseTo(2, 9);
    const mark = spec.layer[2].data.values[0];
    expect(mark.x).toBe(21);
    expect(mark.y).toBeCloseTo(5000 / 21 + 2500 * 21 / 2, 4); // $26,488/day on the total curve
    expect(mark.label).toBe("policy");
    compiles(spec as never);
  });

  it("rejects a bad range or retraining cost, naming them", () => {
    const e = errorOf(() => retrainingCostChart({ retrainCost: 5000, dailyLossIncreaseUsd: 2500, intervalRange: [5, 1] }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message).toMatch(/^retrainingCostChart: intervalRange\[1\] must be greater than intervalRange\[0\] = 5; got 1$/);
    const c = errorOf(() => retrainingCostChart({ retrainCost: 0, dailyLossIncreaseUsd: 2500, intervalRange: [1, 5] }));
    expect(c.message).toMatch(/^retrainingCadence: retrainCost must be .+; got 0$/);
  });
});
