import { describe, expect, it } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { renderSvg } from "../../src/display/svg";
import { trainingDaysVsDevicesChart, trainingDaysVsEfficiencyChart } from "../../src/viz/training-time-charts";
import { compiles, errorOf } from "./helpers";

type Row = Record<string, unknown>;
const gpt3 = { operations: 3.14e23, peakFlopsPerDevice: 312e12 };

/** The rows of the first layer that carries `field`. */
function rowsWith(spec: unknown, field: string): Row[] {
  const layers = (spec as { layer?: unknown[] }).layer ?? [spec];
  for (const layer of layers as { data?: { values?: Row[] } }[]) {
    const values = layer.data?.values;
    if (values?.length && field in values[0]) return values;
  }
  const top = (spec as { data?: { values?: Row[] } }).data?.values;
  if (top?.length && field in top[0]) return top;
  throw new Error(`no rows with ${field}`);
}

describe("trainingDaysVsEfficiencyChart", () => {
  const spec = trainingDaysVsEfficiencyChart({ ...gpt3, deviceCounts: [512, 1024, 2048], markEfficiencies: [0.45, 0.6] });

  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });

  it("plots the calculator's days: N = 1,024 at η = 0.45 is 25.28 days (book L1337)", () => {
    const rows = rowsWith(spec, "efficiency").filter((r) => r.cluster === "N = 1,024");
    const at45 = rows.find((r) => r.efficiency === 0.45);
    expect(at45?.days as number).toBeCloseTo(25.2784, 3);
  });

  it("halving the cluster doubles the time at every η", () => {
    const rows = rowsWith(spec, "efficiency");
    for (const r of rows.filter((x) => x.cluster === "N = 512")) {
      const twin = rows.find((x) => x.cluster === "N = 1,024" && x.efficiency === r.efficiency);
      expect((r.days as number) / (twin?.days as number)).toBeCloseTo(2, 12);
    }
  });

  it("rejects bad options naming the parameter", () => {
    expect(errorOf(() => trainingDaysVsEfficiencyChart({ ...gpt3, deviceCounts: [] })).message).toMatch(/deviceCounts must be a non-empty array/);
    expect(errorOf(() => trainingDaysVsEfficiencyChart({ ...gpt3, deviceCounts: [1.5] })).message).toMatch(/deviceCounts\[0\] must be an integer ≥ 1; got 1.5/);
    expect(errorOf(() => trainingDaysVsEfficiencyChart({ ...gpt3, deviceCounts: [8], efficiencyRange: [0.5, 1.2] }))).toBeInstanceOf(InvalidParameterError);
    expect(errorOf(() => trainingDaysVsEfficiencyChart({ ...gpt3, deviceCounts: [8], efficiencyRange: [0.6, 0.4] })).message).toMatch(/efficiencyRange\[1\] must be greater than efficiencyRange\[0\] = 0.6/);
    expect(errorOf(() => trainingDaysVsEfficiencyChart({ ...gpt3, deviceCounts: [8], markEfficiencies: [0] })).message).toMatch(/markEfficiencies\[0\]/);
    expect(errorOf(() => trainingDaysVsEfficiencyChart({ operations: -1, peakFlopsPerDevice: 312e12, deviceCounts: [8] })).message).toMatch(/operations/);
  });
});

describe("trainingDaysVsDevicesChart", () => {
  const spec = trainingDaysVsDevicesChart({ ...gpt3, highlights: [{ x: 1024, y: 25.28, label: "book: ≈25 days" }] });

  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });

  it("steps N by powers of two across the range and follows 1/N", () => {
    const rows = rowsWith(spec, "devices").filter((r) => r.efficiency === "η = 45%");
    expect(rows.map((r) => r.devices)).toEqual([256, 512, 1024, 2048, 4096]);
    expect((rows[0].days as number) / (rows[4].days as number)).toBeCloseTo(16, 12);
  });

  it("rejects a reversed range", () => {
    expect(errorOf(() => trainingDaysVsDevicesChart({ ...gpt3, deviceRange: [4096, 256] })).message).toMatch(/deviceRange\[1\]/);
  });
});
