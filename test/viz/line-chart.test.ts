import { describe, expect, test } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { lineChart } from "../../src/viz/line-chart";
import { MAX_CHART_ROWS, VEGA_LITE_SCHEMA } from "../../src/viz/schema";
import { compiles, errorOf, scalingRows } from "./helpers";

const base = {
  data: scalingRows,
  x: "gpus",
  y: "days",
  title: "Training time vs cluster size",
  xTitle: "GPUs (count)",
  yTitle: "Training time (days)",
} as const;

describe("lineChart", () => {
  test("emits a Vega-Lite v5 unit spec that compiles without warnings", () => {
    const spec = lineChart({ ...base, series: "model", points: true }) as any;
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(spec.width).toBe(560);
    expect(spec.height).toBe(320);
    expect(spec.mark).toEqual({ type: "line", point: true });
    expect(spec.encoding.x).toEqual({ field: "gpus", type: "quantitative", title: "GPUs (count)" });
    expect(spec.encoding.y.title).toBe("Training time (days)");
    expect(spec.encoding.color.scale.domain).toEqual(["GPT-3", "Small"]);
    const vega = compiles(spec);
    expect(vega.$schema).toBe("https://vega.github.io/schema/vega/v5.json");
  });

  test("inlines only the drawn fields", () => {
    const spec = lineChart({ ...base, data: [{ gpus: 8, days: 3, note: "dropped" }] }) as any;
    expect(spec.data.values).toEqual([{ gpus: 8, days: 3 }]);
  });

  test("log scales, domains, formats and ordinal x compile cleanly", () => {
    const log = lineChart({ ...base, xScale: "log", yScale: "log", yDomain: [1, 200], xFormat: "~s" }) as any;
    expect(log.encoding.x.scale).toEqual({ type: "log" });
    expect(log.encoding.y.scale).toEqual({ type: "log", domain: [1, 200], nice: false }); // an explicit domain stays exact
    expect(log.mark.clip).toBe(true);
    compiles(log);
    const ordinal = lineChart({
      data: [{ week: "w1", psi: 0.05 }, { week: "w2", psi: 0.31 }],
      x: "week", y: "psi", xType: "ordinal", title: "Drift", xTitle: "Week", yTitle: "PSI (unitless)", subtitle: "feature: age",
    }) as any;
    expect(ordinal.title).toEqual({ text: "Drift", subtitle: "feature: age" });
    expect(ordinal.encoding.x.sort).toBeNull();
    compiles(ordinal);
  });

  test("is deterministic and does not share the theme between specs", () => {
    const a = lineChart(base) as any;
    const b = lineChart(base) as any;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    a.config.axis.labelFontSize = 99;
    expect((lineChart(base) as any).config.axis.labelFontSize).toBe(12);
  });

  test(`rejects more than ${MAX_CHART_ROWS} rows`, () => {
    const rows = Array.from({ length: MAX_CHART_ROWS + 1 }, (_, i) => ({ gpus: i + 1, days: 1 }));
    const error = errorOf(() => lineChart({ ...base, data: rows }));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toBe(
      "lineChart: data must be at most 5000 rows (aggregate in TypeScript before charting); got array of length 5001",
    );
    expect(() => lineChart({ ...base, data: rows.slice(0, MAX_CHART_ROWS) })).not.toThrow();
  });

  test("names the row and field of a bad value", () => {
    const error = errorOf(() => lineChart({ ...base, data: [{ gpus: 8, days: 1 }, { gpus: 16, days: Number.NaN }] }));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toBe("lineChart: data[1].days must be a finite number; got NaN");
    const missing = errorOf(() => lineChart({ ...base, data: [{ gpus: 8 }] as any }));
    expect(missing.message).toBe("lineChart: data[0].days must be a finite number; got undefined");
  });

  test("rejects non-positive values on a log axis", () => {
    const error = errorOf(() => lineChart({ ...base, data: [{ gpus: 0, days: 1 }], xScale: "log" }));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toBe("lineChart: data[0].gpus must be a finite number > 0; got 0");
  });

  test("rejects empty data, titles without text, bad scales and domains", () => {
    expect(errorOf(() => lineChart({ ...base, data: [] })).message).toBe("lineChart: data must be a non-empty array of rows; got array of length 0");
    expect(errorOf(() => lineChart({ ...base, title: " " })).message).toBe('lineChart: title must be a non-empty string; got " "');
    expect(errorOf(() => lineChart({ ...base, yTitle: "" })).message).toContain("lineChart: yTitle must be a non-empty axis title with units");
    expect(errorOf(() => lineChart({ ...base, yScale: "sqrt" as any })).message).toBe('lineChart: yScale must be one of "linear", "log"; got "sqrt"');
    expect(errorOf(() => lineChart({ ...base, yDomain: [5, 1] })).message).toBe("lineChart: yDomain[1] must be greater than yDomain[0] = 5; got 1");
    expect(errorOf(() => lineChart({ ...base, width: 10.5 })).message).toBe("lineChart: width must be an integer ≥ 20; got 10.5");
  });
});
