import { describe, expect, test } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { layerChart } from "../../src/viz/layer-chart";
import { lineChart } from "../../src/viz/line-chart";
import { ruleLayer } from "../../src/viz/rule-layer";
import { psiOverTimeChart } from "../../src/viz/drift-charts";
import { compiles, errorOf, scalingRows } from "./helpers";

const base = lineChart({
  data: scalingRows, x: "gpus", y: "days", series: "model",
  title: "T", xTitle: "GPUs (count)", yTitle: "Training time (days)",
});

describe("ruleLayer", () => {
  test("vertical rule with label sits at the datum on the x scale", () => {
    const layer = ruleLayer({ x: 1024, label: "η = 0.45" }) as any;
    expect(layer.data).toEqual({ values: [{}] });
    expect(layer.layer[0].encoding).toEqual({ x: { datum: 1024 } });
    expect(layer.layer[0].mark.strokeDash).toEqual([5, 4]);
    expect(layer.layer[1].encoding.text).toEqual({ value: "η = 0.45" });
    expect(layer.layer[1].encoding.y).toEqual({ value: 0 });
    compiles(layerChart(base, layer));
  });

  test("horizontal rule, label at the start, solid, no label", () => {
    const labelled = ruleLayer({ y: 30, label: "break-even 10.9/month", labelAt: "start", dashed: false }) as any;
    expect(labelled.layer[0].encoding).toEqual({ y: { datum: 30 } });
    expect(labelled.layer[0].mark.strokeDash).toBeUndefined();
    expect(labelled.layer[1].encoding.x).toEqual({ value: 0 });
    const bare = ruleLayer({ y: 0.2 }) as any;
    expect(bare.layer).toHaveLength(1);
    compiles(layerChart(base, labelled, bare, ruleLayer({ y: 10, label: "PSI 0.2" })));
  });

  test("requires exactly one of x and y, finite", () => {
    const neither = errorOf(() => ruleLayer({} as any));
    expect(neither).toBeInstanceOf(InvalidParameterError);
    expect(neither.message).toBe("ruleLayer: x must be given when y is not (exactly one of x and y); got undefined");
    expect(errorOf(() => ruleLayer({ x: 1, y: 2 } as any)).message).toContain("ruleLayer: x must be given when y is not");
    expect(errorOf(() => ruleLayer({ y: Infinity })).message).toBe("ruleLayer: y must be a finite number; got Infinity");
    expect(errorOf(() => ruleLayer({ y: 1, labelAt: "middle" as any })).message).toBe('ruleLayer: labelAt must be one of "start", "end"; got "middle"');
  });
});

describe("ruleLayer on a temporal x axis", () => {
  const t0 = Date.parse("2024-03-01T00:00:00Z");

  test("a Date position is a temporal datum, so the rule shares the time scale", () => {
    const layer = ruleLayer({ x: new Date(t0), label: "true change" }) as unknown as { layer: { encoding: Record<string, unknown> }[] };
    expect(layer.layer[0].encoding.x).toEqual({ datum: t0, type: "temporal" });
    expect(layer.layer[1].encoding.x).toEqual({ datum: t0, type: "temporal" });
    const chart = layerChart(
      psiOverTimeChart({ series: [
        { column: "x", start: t0 - 86_400_000, end: t0, psi: 0.01, band: "stable" },
        { column: "x", start: t0, end: t0 + 86_400_000, psi: 0.3, band: "significant" },
      ] }),
      ruleLayer({ x: new Date(t0), label: "change" }),
    );
    const scales = (compiles(chart) as { scales: { name: string }[] }).scales;
    // one x scale only: the rule did not start a second (numeric) one
    expect(scales.filter((s) => s.name === "x")).toHaveLength(1);
    expect(scales.some((s) => /^x\d|x_/.test(s.name))).toBe(false);
  });

  test("an invalid Date is rejected, naming x", () => {
    const e = errorOf(() => ruleLayer({ x: new Date("yesterday") }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message).toBe("ruleLayer: x must be a finite number; got NaN");
  });
});
