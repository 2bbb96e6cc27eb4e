import { describe, expect, test } from "vitest";
import { ChartSpecError } from "../../src/viz/chart-spec-error";
import { compileVegaLite } from "../../src/viz/compile-vega-lite";
import { VEGA_LITE_SCHEMA } from "../../src/viz/schema";
import { errorOf } from "./helpers";

describe("compileVegaLite", () => {
  test("returns a Vega v5 spec for a clean spec", () => {
    const vega = compileVegaLite({ $schema: VEGA_LITE_SCHEMA, data: { values: [{ a: 1 }] }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } } }) as any;
    expect(vega.$schema).toBe("https://vega.github.io/schema/vega/v5.json");
    expect(vega.marks.length).toBeGreaterThan(0);
  });

  test("turns a vega-lite warning into a ChartSpecError that lists it", () => {
    const spec = {
      $schema: VEGA_LITE_SCHEMA, data: { values: [{ a: 1, b: "x" }] }, mark: "bar",
      encoding: { x: { field: "a", type: "quantitative" }, shape: { field: "b", type: "nominal" } },
    } as any;
    const error = errorOf(() => compileVegaLite(spec));
    expect(error).toBeInstanceOf(ChartSpecError);
    expect(error.message).toBe('compileVegaLite: Vega-Lite reported 1 problem:\n  - warning: shape dropped as it is incompatible with "bar".');
    expect((error as unknown as ChartSpecError).messages).toHaveLength(1);
  });

  test("wraps an exception from vega-lite", () => {
    const error = errorOf(() => compileVegaLite({ $schema: VEGA_LITE_SCHEMA } as any));
    expect(error).toBeInstanceOf(ChartSpecError);
    expect(error.message).toContain("compileVegaLite: Vega-Lite reported");
    expect(error.message).toContain("error: ");
  });
});
