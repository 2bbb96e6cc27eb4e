import { describe, expect, it } from "vitest";
import { mlpLayers, modelCost } from "../../src/calc/model/model-cost";
import { renderSvg } from "../../src/display/svg";
import { activationChart, gradientScaleChart, layerBreakdownChart, mlpMemoryByBatchChart } from "../../src/viz/neural-computation-charts";
import { compiles, errorOf } from "./helpers";

type Row = Record<string, unknown>;
/** The rows of the first layer (or the spec itself) whose data carries `field`. */
function rowsWith(spec: unknown, field: string): Row[] {
  const candidates = [spec, ...(((spec as { layer?: unknown[] }).layer) ?? [])] as { data?: { values?: Row[] } }[];
  for (const s of candidates) if (s.data?.values?.length && field in s.data.values[0]) return s.data.values;
  throw new Error(`no rows with ${field}`);
}

describe("activationChart", () => {
  const spec = activationChart({});
  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });
  it("draws the sigmoid's slope, 0.25 at z = 0, and ReLU's step", () => {
    const rows = rowsWith(spec, "z");
    expect(rows.find((r) => r.activation === "sigmoid" && r.z === 0)?.y).toBe(0.25);
    expect(rows.find((r) => r.activation === "relu" && r.z === 3)?.y).toBe(1);
  });
  it("rejects a reversed range and unknown names", () => {
    expect(errorOf(() => activationChart({ range: [1, -1] })).message).toMatch(/range\[1\] must be greater than range\[0\] = 1/);
    expect(errorOf(() => activationChart({ names: ["gelu" as never] })).message).toMatch(/names\[0\]/);
  });
});

describe("gradientScaleChart", () => {
  const spec = gradientScaleChart({ factors: [{ factor: 0.25, label: "sigmoid" }, { factor: 0.9, label: "0.9" }], maxDepth: 60 });
  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });
  it("plots 0.25^10 and drops points below the floor", () => {
    const rows = rowsWith(spec, "depth");
    expect(rows.find((r) => r.factor === "sigmoid" && r.depth === 10)?.scale).toBeCloseTo(9.54e-7, 9);
    expect(rows.filter((r) => r.factor === "sigmoid").length).toBe(49); // 0.25^50 < 1e-30
  });
  it("rejects a factor above 1.5", () => {
    expect(errorOf(() => gradientScaleChart({ factors: [{ factor: 2, label: "x" }] })).message).toMatch(/factors\[0\]\.factor/);
  });
});

describe("mlpMemoryByBatchChart", () => {
  const spec = mlpMemoryByBatchChart({ widths: [784, 128, 64, 10], precision: "fp32", optimizer: "adam" });
  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });
  it("plots WE-5.2's 1,832.4 KiB training total at batch 32", () => {
    const row = rowsWith(spec, "batch").find((r) => r.batch === 32 && r.part === "training total");
    expect(row?.memory as number).toBeCloseTo(1832.41, 2);
  });
  it("marks the batch where activations reach the model state: 1,709.2 KiB / 3.85 KiB = 444", () => {
    expect(JSON.stringify(spec)).toMatch(/activations = model state at batch 444/);
  });
  it("rejects decreasing batches", () => {
    expect(errorOf(() => mlpMemoryByBatchChart({ widths: [4, 2], precision: "fp32", optimizer: "sgd", batches: [4, 2] })).message).toMatch(/batches\[1\]/);
  });
});

describe("layerBreakdownChart", () => {
  const spec = layerBreakdownChart({ cost: modelCost(mlpLayers({ widths: [784, 128, 64, 10] })) });
  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });
  it("layer 1 holds 92 % of the parameters, and each metric sums to 100 %", () => {
    const rows = rowsWith(spec, "metric");
    expect(rows.find((r) => r.metric === "parameters")?.share as number).toBeCloseTo(91.86, 2);
    for (const metric of ["parameters", "operations", "activations"]) {
      expect(rows.filter((r) => r.metric === metric).reduce((a, r) => a + (r.share as number), 0)).toBeCloseTo(100, 10);
    }
  });
  it("rejects a missing cost", () => {
    expect(errorOf(() => layerBreakdownChart({ cost: undefined as never })).message).toMatch(/layerBreakdownChart: cost/);
  });
});
