import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/display/svg";
import { compressionParetoChart, decodeSpeedChart, lowRankErrorChart, pruningErrorChart, quantizationErrorChart } from "../../src/viz/compression-charts";
import { quantize } from "../../src/calc/compression/quantize";
import { shape, weights } from "../calc/compression/fixture";
import { compiles, errorOf } from "./helpers";

type Row = Record<string, number | string>;
const baseRows = (spec: { layer: unknown[] }): Row[] => (spec.layer[0] as { data: { values: Row[] } }).data.values;

describe("compression charts (Ch. 10), on the NumPy fixture's weights", () => {
  it("quantizationErrorChart: SQNR from quantize, per tensor and per channel, FP16/BF16 rules", () => {
    const spec = quantizationErrorChart({ values: weights, shape });
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
    const int8 = baseRows(spec).find((r) => r.bits === 8 && r.config === "per tensor");
    expect(int8?.sqnr).toBeCloseTo(quantize({ values: weights, bits: 8 }).error.sqnrDb as number, 12);
    expect(JSON.stringify(spec)).toMatch(/FP16 rounding \d+/);
    expect(errorOf(() => quantizationErrorChart({ values: weights, bits: [1] })).message).toMatch(/bits/);
  });

  it("compressionParetoChart: the front excludes dominated configurations", () => {
    const spec = compressionParetoChart({ points: [{ name: "INT8", size: 8, error: 0.01 }, { name: "INT4", size: 4, error: 0.1 }, { name: "worse", size: 8, error: 0.2 }] });
    compiles(spec);
    expect(baseRows(spec).map((r) => r.size)).toEqual([4, 8]);
    expect(errorOf(() => compressionParetoChart({ points: [{ name: "x", size: 0, error: 1 }] })).message).toMatch(/points\[0\]\.size/);
  });

  it("pruningErrorChart: error grows with sparsity; 2:4 marked at 50 %", () => {
    const spec = pruningErrorChart({ values: weights, shape });
    compiles(spec);
    const magnitude = baseRows(spec).filter((r) => r.method === "magnitude").map((r) => r.error as number);
    magnitude.slice(1).forEach((e, k) => expect(e).toBeGreaterThanOrEqual(magnitude[k]));
    expect(JSON.stringify(spec)).toContain("2:4 (semi-structured)");
  });

  it("lowRankErrorChart and decodeSpeedChart compile", () => {
    const lr = lowRankErrorChart({ values: weights, shape });
    compiles(lr);
    const ds = decodeSpeedChart({ params: 7e9, memoryBandwidth: 50e9 });
    compiles(ds);
    const rows = (ds as { data: { values: Row[] } }).data.values;
    expect(rows.map((r) => Number((r.tokens as number).toFixed(3)))).toEqual([1.786, 3.571, 7.143, 14.286]);
    expect(errorOf(() => decodeSpeedChart({ params: 7e9, memoryBandwidth: 50e9, formats: ["fp64" as never] })).message).toMatch(/precision/);
  });
});
