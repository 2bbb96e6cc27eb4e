import { describe, expect, test } from "vitest";
import { renderSvg } from "../../src/display/svg";
import { bandLayer } from "../../src/viz/band-layer";
import { barChart } from "../../src/viz/bar-chart";
import { ChartSpecError } from "../../src/viz/chart-spec-error";
import { compileVegaLite } from "../../src/viz/compile-vega-lite";
import { layerChart } from "../../src/viz/layer-chart";
import { lineChart } from "../../src/viz/line-chart";
import { pointLayer } from "../../src/viz/point-layer";
import { ruleLayer } from "../../src/viz/rule-layer";
import { VEGA_LITE_SCHEMA } from "../../src/viz/schema";

const rows = [1, 2, 4, 8].map((n) => ({ n, t: 100 / n }));
// yDomain makes the marks clip, so the SVG contains a clip path with a generated id.
const clipped = lineChart({ data: rows, x: "n", y: "t", yDomain: [0, 60], title: "Clipped", xTitle: "Nodes (count)", yTitle: "Time (h)" });
const annotated = layerChart(
  lineChart({ data: rows, x: "n", y: "t", title: "Annotated", xTitle: "Nodes (count)", yTitle: "Time (h)" }),
  bandLayer({ axis: "y", from: 20, to: 40, label: "target" }),
  ruleLayer({ x: 4, label: "η = 0.45" }),
  pointLayer({ points: [{ x: 2, y: 50, label: "book" }] }),
);

describe("renderSvg", () => {
  test("returns a non-empty SVG document with marks and the labels", () => {
    const svg = renderSvg(annotated);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("<path");
    expect(svg).toContain("η = 0.45");
    expect(svg).toContain("Time (h)");
    expect(svg.length).toBeGreaterThan(2000);
  });

  test("is byte-identical across calls, even with clip ids and other charts in between", () => {
    const first = renderSvg(clipped);
    expect(first).toMatch(/clip-path="url\(#clip1\)"/);
    renderSvg(annotated);
    renderSvg(barChart({ data: [{ c: "a", v: 1 }], category: "c", value: "v", title: "B", categoryTitle: "C", valueTitle: "V ($)" }));
    expect(renderSvg(clipped)).toBe(first);
  });

  test("matches vega's own asynchronous view.toSVG()", async () => {
    const vega = require("vega");
    const expected = async (spec: any): Promise<string> => {
      vega.resetSVGDefIds();
      return new vega.View(vega.parse(compileVegaLite(spec)), { renderer: "none" }).toSVG();
    };
    expect(renderSvg(annotated)).toBe(await expected(annotated));
    expect(renderSvg(clipped)).toBe(await expected(clipped));
  });

  test("leaves the spec untouched (vega tags the rows it ingests; a frozen spec must work)", () => {
    const spec = JSON.parse(JSON.stringify(clipped));
    const freeze = (v: any): void => {
      if (v && typeof v === "object") {
        Object.values(v).forEach(freeze);
        Object.freeze(v);
      }
    };
    freeze(spec);
    renderSvg(spec);
    expect(Object.getOwnPropertySymbols(spec.data.values[0])).toEqual([]);
  });

  test("throws ChartSpecError for a spec vega-lite warns about", () => {
    const spec = {
      $schema: VEGA_LITE_SCHEMA, data: { values: [{ a: 1, b: "x" }] }, mark: "bar",
      encoding: { x: { field: "a", type: "quantitative" }, shape: { field: "b", type: "nominal" } },
    } as any;
    expect(() => renderSvg(spec)).toThrow(ChartSpecError);
  });
});
