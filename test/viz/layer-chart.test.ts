import { describe, expect, test } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { bandLayer } from "../../src/viz/band-layer";
import { heatmap } from "../../src/viz/heatmap";
import { layerChart } from "../../src/viz/layer-chart";
import { lineChart } from "../../src/viz/line-chart";
import { pointLayer } from "../../src/viz/point-layer";
import { ruleLayer } from "../../src/viz/rule-layer";
import { VEGA_LITE_SCHEMA } from "../../src/viz/schema";
import { compiles, errorOf, scalingRows } from "./helpers";

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

const options = {
  data: scalingRows, x: "gpus", y: "days", series: "model",
  title: "Training time vs cluster size", xTitle: "GPUs (count)", yTitle: "Training time (days)",
} as const;

describe("layerChart", () => {
  test("hoists title, size, schema and theme; bands go below the base, others above", () => {
    const base = deepFreeze(lineChart(options));
    const rule = deepFreeze(ruleLayer({ y: 30, label: "30-day budget" }));
    const band = deepFreeze(bandLayer({ axis: "y", from: 5, to: 20 }));
    const point = deepFreeze(pointLayer({ points: [{ x: 1024, y: 25.3, label: "book" }] }));
    const chart = layerChart(base, rule, band, point) as any;
    expect(chart.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(chart.title).toBe("Training time vs cluster size");
    expect([chart.width, chart.height]).toEqual([560, 320]);
    expect(chart.config).toEqual((base as any).config);
    expect(chart.layer.map((l: any) => l.name ?? l.mark.type)).toEqual(["band_1", "line", "rule_1", "points_1"]);
    const baseLayer = chart.layer[1];
    expect(baseLayer.$schema).toBeUndefined();
    expect(baseLayer.data).toEqual((base as any).data);
    const vega = compiles(chart) as any;
    // Shared scales: one x and one y axis carrying the base chart's unit-bearing titles.
    const titled = vega.axes.filter((a: any) => a.title);
    expect(titled.map((a: any) => a.title)).toEqual(["GPUs (count)", "Training time (days)"]);
  });

  test("extends an earlier layered chart and keeps layer names unique", () => {
    const once = layerChart(lineChart(options), ruleLayer({ y: 30 }), bandLayer({ axis: "y", from: 1, to: 2 }));
    const twice = layerChart(once, ruleLayer({ y: 40 }), bandLayer({ axis: "y", from: 3, to: 4 })) as any;
    expect(twice.layer.map((l: any) => l.name ?? l.mark.type)).toEqual(["band_1", "band_2", "line", "rule_1", "rule_2"]);
    compiles(twice);
  });

  test("nests a layered base with shared data (heatmap with values)", () => {
    const grid = heatmap({
      data: [{ a: "x", b: "p", v: 1 }, { a: "y", b: "p", v: 2 }], x: "a", y: "b", color: "v", showValues: true,
      title: "H", xTitle: "A (kind)", yTitle: "B (kind)", colorTitle: "V (count)",
    });
    const chart = layerChart(grid, pointLayer({ points: [{ x: 1, y: 1 }] })) as any;
    expect(chart.layer).toHaveLength(2);
    expect(chart.layer[0].layer).toHaveLength(2);
    expect(chart.layer[0].data.values).toHaveLength(2);
  });

  test("refuses annotations at values ≤ 0 on a log axis", () => {
    const logBase = lineChart({ ...options, yScale: "log" });
    const error = errorOf(() => layerChart(logBase, ruleLayer({ y: 30 }), ruleLayer({ y: 0 })));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toBe("layerChart: layers[1] must be a position > 0 on the log-scale y axis (y); got 0");
    const pointError = errorOf(() => layerChart(logBase, pointLayer({ points: [{ x: 1, y: -1 }] })));
    expect(pointError.message).toBe("layerChart: layers[0] must be a position > 0 on the log-scale y axis (y); got -1");
    // The linear x axis accepts 0.
    compiles(layerChart(logBase, ruleLayer({ x: 0 })));
  });

  test("rejects a base or layer that is not a spec", () => {
    const error = errorOf(() => layerChart({ $schema: VEGA_LITE_SCHEMA } as any));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toBe("layerChart: base must be a Vega-Lite unit spec (with mark) or layer spec (with layer); got an object");
    expect(errorOf(() => layerChart(lineChart(options), 42 as any)).message).toContain("layerChart: layers[0] must be a Vega-Lite unit spec");
  });
});
