import { describe, expect, test } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { bandLayer } from "../../src/viz/band-layer";
import { layerChart } from "../../src/viz/layer-chart";
import { lineChart } from "../../src/viz/line-chart";
import { MAX_CHART_ROWS } from "../../src/viz/schema";
import { compiles, errorOf } from "./helpers";

const hours = Array.from({ length: 24 }, (_, h) => ({ hour: h, average: 400 + 10 * h, peak: 700 + 5 * h }));
const base = lineChart({ data: hours, x: "hour", y: "average", title: "Power", xTitle: "Hour of day (h)", yTitle: "Power (kW)" });

describe("bandLayer", () => {
  test("field band: an area from lower to upper along x, label above the last upper point", () => {
    const layer = bandLayer({ data: hours, x: "hour", lower: "average", upper: "peak", label: "average to peak" }) as any;
    expect(layer.name).toBe("band");
    expect(layer.data.values[0]).toEqual({ hour: 0, average: 400, peak: 700 });
    expect(layer.layer[0].mark).toEqual({ type: "area", color: "#0072B2", opacity: 0.18 });
    expect(layer.layer[0].encoding.y2).toEqual({ field: "peak" });
    expect(layer.layer[1].data.values).toEqual([{ x: 23, y: 815 }]);
    compiles(layerChart(base, layer));
  });

  test("value band on y (from > to is sorted) and on x", () => {
    const y = bandLayer({ axis: "y", from: 800, to: 600, label: "peak zone", opacity: 0.3, color: "#D55E00" }) as any;
    expect(y.layer[0].encoding).toEqual({ y: { datum: 600 }, y2: { datum: 800 }, x: { value: 0 }, x2: { value: "width" } });
    expect(y.layer[1].encoding.y).toEqual({ datum: 800 });
    const x = bandLayer({ axis: "x", from: 9, to: 17 }) as any;
    expect(x.layer).toHaveLength(1);
    expect(x.layer[0].encoding).toEqual({ x: { datum: 9 }, x2: { datum: 17 }, y: { value: 0 }, y2: { value: "height" } });
    compiles(layerChart(base, y, x));
  });

  test("rejects bad bounds, opacity and too many rows", () => {
    const same = errorOf(() => bandLayer({ axis: "y", from: 1, to: 1 }));
    expect(same).toBeInstanceOf(InvalidParameterError);
    expect(same.message).toBe("bandLayer: to must be different from from = 1; got 1");
    expect(errorOf(() => bandLayer({ axis: "z" as any, from: 1, to: 2 })).message).toBe('bandLayer: axis must be one of "x", "y"; got "z"');
    expect(errorOf(() => bandLayer({ axis: "y", from: 0, to: 1, opacity: 1.5 })).message).toBe(
      "bandLayer: opacity must be a finite number in (0, 1]; got 1.5",
    );
    expect(errorOf(() => bandLayer({ data: [{ h: 1, lo: 1, hi: null }], x: "h", lower: "lo", upper: "hi" })).message).toBe(
      "bandLayer: data[0].hi must be a finite number; got null",
    );
    const many = Array.from({ length: MAX_CHART_ROWS + 1 }, (_, i) => ({ h: i, lo: 0, hi: 1 }));
    expect(errorOf(() => bandLayer({ data: many, x: "h", lower: "lo", upper: "hi" })).message).toContain("bandLayer: data must be at most 5000 rows");
  });
});
