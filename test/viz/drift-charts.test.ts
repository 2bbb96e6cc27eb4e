import { describe, expect, it } from "vitest";
import { driftReport } from "../../src/drift/drift-report";
import { rollingDriftReport } from "../../src/drift/drift-report-rolling";
import { featureDistributionChart, ksCdfGapChart, psiOverTimeChart } from "../../src/viz/drift-charts";
import { InvalidParameterError } from "../../src/util/errors";
import { compiles, errorOf } from "./helpers";

type Json = Record<string, any>;
const T0 = Date.parse("2024-03-01T00:00:00Z");
const ref = { x: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], g: ["a", "b", "a", "b", "a", "b", "a", "b", "a", "b"] };
const cur = { x: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17], g: ["a", "b", "b", "b", "a", "b", "b", "c", "b", "b"] };
const report = driftReport(ref, cur);

describe("featureDistributionChart", () => {
  it("numeric column: 20 bins × 2 samples, shares summing to 1 per sample; compiles with vega-lite 5", () => {
    const spec = featureDistributionChart({ column: report.columns[0] }) as Json;
    expect(spec.data.values).toHaveLength(40);
    const sum = (s: string) => spec.data.values.filter((v: Json) => v.sample === s).reduce((a: number, v: Json) => a + v.share, 0);
    expect(sum("reference")).toBeCloseTo(1, 10);
    expect(sum("current")).toBeCloseTo(1, 10);
    expect(spec.title).toEqual({ text: "x: reference vs current", subtitle: "numeric · ks · drifted (p = 0.012)" });
    compiles(spec as never);
  });

  it("categorical column: grouped bars per category; compiles", () => {
    const spec = featureDistributionChart({ column: report.columns[1] }) as Json;
    expect(spec.data.values.map((v: Json) => v.category)).toEqual(["a", "a", "b", "b", "c", "c"]);
    compiles(spec as never);
  });

  it("raw samples are aggregated through driftReport (same spec as from the report's column)", () => {
    const spec = featureDistributionChart({ feature: "x", reference: ref.x, current: cur.x });
    expect(spec).toEqual(featureDistributionChart({ column: report.columns[0] }));
  });

  it("rejects a missing feature name", () => {
    const e = errorOf(() => featureDistributionChart({ feature: "", reference: [1], current: [2] }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message).toMatch(/featureDistributionChart: feature must be a non-empty feature name; got ""/);
  });
});

describe("psiOverTimeChart", () => {
  const current = { ts: [T0, T0 + 1, T0 + 3.6e6, T0 + 3.6e6 + 1, T0 + 7.2e6, T0 + 7.2e6 + 1], x: [1, 2, 5, 6, 9, 10], g: ["a", "b", "a", "a", "c", "c"] };
  const rolling = rollingDriftReport({ x: [1, 2, 3, 4], g: ["a", "b", "a", "b"] }, current, { timestampColumn: "ts", window: "1h" });

  it("one line per feature over the 0.1–0.2 and > 0.2 bands with rules at 0.1 and 0.2; compiles", () => {
    const spec = psiOverTimeChart({ series: rolling }) as Json;
    compiles(spec as never);
    const json = JSON.stringify(spec);
    expect(json).toContain('"moderate"');
    expect(json).toContain('"PSI 0.2 alert"');
    const bands = spec.layer.filter((l: Json) => String(l.name).startsWith("band"));
    expect(bands.map((b: Json) => [b.layer[0].encoding.y.datum, b.layer[0].encoding.y2.datum])).toEqual([[0.1, 0.2], [0.2, bands[1].layer[0].encoding.y2.datum]]);
    const line = spec.layer.find((l: Json) => l.mark?.type === "line");
    expect(line.data.values).toHaveLength(6);
    expect(line.encoding.x.type).toBe("temporal");
  });

  it("accepts the series array and a column subset; rejects unknown columns", () => {
    const spec = psiOverTimeChart({ series: rolling.psiSeries, columns: ["x"] }) as Json;
    expect(spec.layer.find((l: Json) => l.mark?.type === "line").data.values).toHaveLength(3);
    expect(() => psiOverTimeChart({ series: rolling, columns: ["nope"] })).toThrow(/columns\[0\] must be a column of the series \(x, g\); got "nope"/);
    expect(() => psiOverTimeChart({ series: [] })).toThrow(InvalidParameterError);
  });
});

describe("ksCdfGapChart", () => {
  it("two step CDFs with the KS gap marked at ks2samp's location; compiles", () => {
    const spec = ksCdfGapChart({ feature: "x", reference: ref.x, current: cur.x }) as Json;
    compiles(spec as never);
    expect(spec.title.subtitle).toBe("KS D = 0.7 at x = 8 (p = 0.012)");
    const gap = spec.layer.find((l: Json) => Array.isArray(l.layer) && l.layer[0].mark.type === "rule");
    expect(gap.data.values[0]).toMatchObject({ x: 8, y: 0.1, y2: 0.8 }); // F_cur(8) = 0.1, F_ref(8) = 0.8 (SciPy's statistic_location = 8)
  });

  it("rejects NaN in a sample (via ks2samp) and a bad gridPoints", () => {
    expect(() => ksCdfGapChart({ feature: "x", reference: [1, NaN], current: [1] })).toThrow(/ks2samp: a\[1\] must be a finite number/);
    expect(() => ksCdfGapChart({ feature: "x", reference: [1], current: [1], gridPoints: 5 })).toThrow(/gridPoints must be an integer ≥ 10; got 5/);
  });
});
