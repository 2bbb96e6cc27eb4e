import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/display/svg";
import { cloudVsEdgeCumulativeChart, constraintPropagationChart, iterationTaxChart } from "../../src/viz/workflow-charts";
import { q } from "../../src/units/quantity";
import { compiles, errorOf } from "./helpers";

const strategies = [
  { name: "ensemble", runTime: q(1, "week"), startAccuracy: 0.95 },
  { name: "edge model", runTime: 1, startAccuracy: 0.9, maxEffectiveIterations: 100 },
];
const dr = { sites: 500, itemsPerSitePerDay: 50, cloudPricePerItem: 0.01, cloudNetworkPerYear: 45_000, edgeDevicePrice: 500, edgeMaintenancePerYear: 25_000 };
type Row = Record<string, number | string>;
const rowsOf = (spec: unknown): Row[] => ((spec as { layer?: { data?: { values?: Row[] } }[] }).layer ?? []).flatMap((l) => l.data?.values ?? []);

describe("workflow charts (Ch. 3)", () => {
  it("iterationTaxChart: weekly points from the calculator, the ensemble ends at 97.6 %, a ceiling rule", () => {
    const spec = iterationTaxChart({ window: 26, gainPerIteration: 0.001, ceiling: 0.99, strategies });
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
    const last = rowsOf(spec).filter((r) => r.strategy === "ensemble").pop();
    expect(last?.accuracy).toBeCloseTo(97.6, 9);
    expect(JSON.stringify(spec)).toContain("ceiling 99 %");
    expect(errorOf(() => iterationTaxChart({ window: 0, gainPerIteration: 0.001, ceiling: 0.99, strategies })).message).toMatch(/window/);
    expect(errorOf(() => iterationTaxChart({ window: 26, gainPerIteration: 0.001, ceiling: 0.99, strategies: [] })).message).toMatch(/strategies must be a non-empty array/);
  });

  it("constraintPropagationChart: 1× to 32×", () => {
    const spec = constraintPropagationChart({});
    compiles(spec);
    const values = (spec as { data: { values: Row[] } }).data.values.map((r) => r.multiplier);
    expect(values).toEqual([1, 2, 4, 8, 16, 32]);
    expect(errorOf(() => constraintPropagationChart({ definedAtStage: 7 })).message).toMatch(/definedAtStage/);
  });

  it("cloudVsEdgeCumulativeChart: crossing at the 2.25-year payback", () => {
    const spec = cloudVsEdgeCumulativeChart(dr);
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
    expect(JSON.stringify(spec)).toContain("payback 2.25 years");
    expect(errorOf(() => cloudVsEdgeCumulativeChart({ ...dr, maxYears: 100 })).message).toMatch(/maxYears/);
  });
});
