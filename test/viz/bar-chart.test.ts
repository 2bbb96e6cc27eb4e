import { describe, expect, test } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { barChart } from "../../src/viz/bar-chart";
import { compiles, errorOf } from "./helpers";

const costs = [
  { part: "compute", kind: "reserved", usd: 800 },
  { part: "compute", kind: "on-demand", usd: 1200 },
  { part: "storage", kind: "reserved", usd: 100 },
  { part: "storage", kind: "on-demand", usd: 300 },
];
const base = { data: costs, category: "part", value: "usd", title: "Monthly cost", categoryTitle: "Component", valueTitle: "Cost ($/month)" } as const;

describe("barChart", () => {
  test("single series, vertical: categories keep their order", () => {
    const spec = barChart({ ...base, data: [{ part: "storage", usd: 300 }, { part: "compute", usd: 1200 }], valueFormat: "$,.0f" }) as any;
    expect(spec.mark).toEqual({ type: "bar" });
    expect(spec.encoding.x).toMatchObject({ field: "part", type: "nominal", sort: null, title: "Component" });
    expect(spec.encoding.y).toEqual({ field: "usd", type: "quantitative", title: "Cost ($/month)", axis: { format: "$,.0f" } });
    expect(spec.transform).toBeUndefined();
    compiles(spec);
  });

  test("stacked: parts stack in the caller's series order", () => {
    const spec = barChart({ ...base, series: "kind" }) as any;
    expect(spec.encoding.color.scale.domain).toEqual(["reserved", "on-demand"]);
    expect(spec.transform).toEqual([{ calculate: 'indexof(["reserved","on-demand"], datum["kind"])', as: "__series_order" }]);
    expect(spec.encoding.order).toEqual({ field: "__series_order", type: "quantitative" });
    compiles(spec);
  });

  test("grouped and horizontal: offset channel by series", () => {
    const spec = barChart({ ...base, series: "kind", layout: "grouped", orientation: "horizontal", seriesTitle: "Pricing" }) as any;
    expect(spec.encoding.y.field).toBe("part");
    expect(spec.encoding.x.field).toBe("usd");
    expect(spec.encoding.yOffset).toEqual({ field: "kind", type: "nominal", sort: ["reserved", "on-demand"] });
    expect(spec.encoding.color.title).toBe("Pricing");
    compiles(spec);
    compiles(barChart({ ...base, series: "kind", layout: "grouped" }));
  });

  test("rejects bad values and options", () => {
    const error = errorOf(() => barChart({ ...base, data: [{ part: "x", usd: "12" }] }));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toBe('barChart: data[0].usd must be a finite number; got "12"');
    expect(errorOf(() => barChart({ ...base, data: [{ part: null, usd: 1 }] })).message).toBe(
      "barChart: data[0].part must be a string, boolean or finite number; got null",
    );
    expect(errorOf(() => barChart({ ...base, layout: "side" as any })).message).toBe('barChart: layout must be one of "stacked", "grouped"; got "side"');
    const many = Array.from({ length: 5001 }, (_, i) => ({ part: `p${i}`, usd: i }));
    expect(errorOf(() => barChart({ ...base, data: many })).message).toContain("barChart: data must be at most 5000 rows");
  });
});
