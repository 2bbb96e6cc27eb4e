import { describe, expect, test } from "vitest";
import { toMimeBundle } from "../../src/display/mime-bundle";
import { VEGALITE_MIME_TYPE } from "../../src/display/mime-types";
import { isVegaLiteSpec, chartTitle } from "../../src/display/vega-lite-spec";
import { q } from "../../src/units/quantity";
import { InvalidParameterError } from "../../src/util/errors";
import { lineChart } from "../../src/viz/line-chart";
import { VEGA_LITE_SCHEMA } from "../../src/viz/schema";

const chart = lineChart({
  data: [{ n: 1, t: 10 }, { n: 2, t: 5 }], x: "n", y: "t",
  title: "Scaling", subtitle: "ideal", xTitle: "Nodes (count)", yTitle: "Time (h)",
});

describe("toMimeBundle", () => {
  test("a chart: Vega-Lite as a JSON object, SVG and a text title", () => {
    const bundle = toMimeBundle(chart);
    expect(Object.keys(bundle).sort()).toEqual([VEGALITE_MIME_TYPE, "image/svg+xml", "text/plain"].sort());
    expect(typeof bundle[VEGALITE_MIME_TYPE]).toBe("object");
    expect(bundle[VEGALITE_MIME_TYPE]).toEqual(chart);
    expect(bundle[VEGALITE_MIME_TYPE]).not.toBe(chart);
    expect(bundle["image/svg+xml"]).toMatch(/^<svg/);
    expect(bundle["text/plain"]).toBe("Scaling (Vega-Lite chart)");
    expect(toMimeBundle(chart, { svg: false })["image/svg+xml"]).toBeUndefined();
    expect(JSON.stringify(toMimeBundle(chart))).toBe(JSON.stringify(bundle));
  });

  test("recognises specs by a $schema containing vega-lite", () => {
    expect(isVegaLiteSpec(chart)).toBe(true);
    expect(isVegaLiteSpec({ mark: "line" })).toBe(false);
    expect(isVegaLiteSpec({ $schema: "https://vega.github.io/schema/vega/v5.json" })).toBe(false);
    expect(chartTitle({ $schema: VEGA_LITE_SCHEMA, title: ["Two", "lines"], mark: "bar" } as any)).toBe("Two lines");
    expect(toMimeBundle({ $schema: VEGA_LITE_SCHEMA, mark: "point", data: { values: [{}] } } as any, { svg: false })["text/plain"]).toBe(
      "Untitled (Vega-Lite chart)",
    );
  });

  test("a Quantity: markdown and text of .format()", () => {
    expect(toMimeBundle(q(2184000, "s"))).toEqual({ "text/markdown": "25.3 days", "text/plain": "25.3 days" });
  });

  test("a result record: name | value table with quantities, numbers, nested names", () => {
    const bundle = toMimeBundle({ gpus: 1024, time: q(2184000, "s"), ok: true, memory: { weights: q(350, "GB"), note: "fp16 | bf16" } });
    expect(bundle["text/markdown"]).toBe(
      [
        "| name | value |",
        "| --- | --- |",
        "| gpus | 1,024 |",
        "| time | 25.3 days |",
        "| ok | true |",
        "| memory › weights | 350 GB |",
        "| memory › note | fp16 \\| bf16 |",
      ].join("\n"),
    );
    expect(bundle["text/plain"]).toBe(
      [
        "name              value",
        "----------------  -----------",
        "gpus              1,024",
        "time              25.3 days",
        "ok                true",
        "memory › weights  350 GB",
        "memory › note     fp16 | bf16",
      ].join("\n"),
    );
  });

  test("an array of records: one column per key, numbers right-aligned, capped rows", () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ step: i, loss: 1 / (i + 1), tag: i % 2 ? "odd" : "even" }));
    const bundle = toMimeBundle(rows, { maxRows: 3, title: "Loss" });
    expect(bundle["text/markdown"]).toBe(
      [
        "**Loss**",
        "",
        "| step | loss | tag |",
        "| ---: | ---: | --- |",
        "| 0 | 1 | even |",
        "| 1 | 0.500 | odd |",
        "| 2 | 0.333 | even |",
        "",
        "… 2 more rows",
      ].join("\n"),
    );
    expect(bundle["text/plain"].split("\n")[0]).toBe("Loss");
    expect(bundle["text/plain"].endsWith("… 2 more rows")).toBe(true);
  });

  test("strings, numbers and anything else become text/plain", () => {
    expect(toMimeBundle("hello")).toEqual({ "text/plain": "hello" });
    expect(toMimeBundle(25.2797)).toEqual({ "text/plain": "25.3" });
    expect(toMimeBundle(false)).toEqual({ "text/plain": "false" });
    expect(toMimeBundle(new Map([["a", 1]]))).toEqual({ "text/plain": "Map(1) { 'a' => 1 }" });
    expect(toMimeBundle([])).toEqual({ "text/plain": "[]" });
  });

  test("rejects a bad maxRows", () => {
    expect(() => toMimeBundle([{ a: 1 }], { maxRows: 0 })).toThrow(InvalidParameterError);
    expect(() => toMimeBundle([{ a: 1 }], { maxRows: 0 })).toThrow("toMimeBundle: maxRows must be an integer ≥ 1; got 0");
  });
});
