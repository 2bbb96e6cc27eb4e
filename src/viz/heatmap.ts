/**
 * Heatmaps: a value coloured over a grid of two categories, e.g. utilisation by
 * batch size and sequence length, or PSI by feature and week.
 */
import type { TopLevelSpec } from "vega-lite";
import { validatorFor } from "../util/validate";
import { fieldName, inlineRows, type ChartRow } from "./chart-data";
import { axisTitle, chartFrame, type ChartFrameOptions } from "./chart-frame";

/** Options of {@link heatmap}. */
export interface HeatmapOptions<R extends ChartRow = ChartRow> extends ChartFrameOptions {
  /** One row per cell, at most {@link MAX_CHART_ROWS}. */
  data: readonly R[];
  /** Field of the column category (strings or numbers, kept in order of first appearance). */
  x: Extract<keyof R, string>;
  /** Field of the row category. */
  y: Extract<keyof R, string>;
  /** Field with the cell value (finite numbers). */
  color: Extract<keyof R, string>;
  /** x-axis title, e.g. `"Batch size (samples)"`. */
  xTitle: string;
  /** y-axis title, e.g. `"Sequence length (tokens)"`. */
  yTitle: string;
  /** Legend title with units, e.g. `"Utilisation (%)"`. */
  colorTitle: string;
  /** Vega colour scheme name (default `"viridis"`, dark = low, yellow = high). */
  scheme?: string;
  /** Print each cell's value in the cell (default false). */
  showValues?: boolean;
  /** d3-format string for the legend and printed values (default `",.3~r"`: 3 significant digits). */
  valueFormat?: string;
}

/**
 * Builds a Vega-Lite heatmap: a `rect` per (`x`, `y`) cell coloured by `color`, with a
 * colour legend titled `colorTitle`. With `showValues`, the value is printed in each
 * cell in white on dark cells and black on light ones, which makes the spec a layered one.
 *
 * @returns a top-level Vega-Lite v5 spec (unit, or layered with `showValues`).
 * @throws InvalidParameterError for empty titles, missing or non-finite values (named
 *   `data[i].field`) or more than {@link MAX_CHART_ROWS} cells.
 * @example
 * ```ts
 * const spec = heatmap({
 *   data: [{ batch: 8, seq: 512, util: 41 }, { batch: 16, seq: 512, util: 58 }],
 *   x: "batch", y: "seq", color: "util",
 *   title: "Utilisation", xTitle: "Batch size (samples)", yTitle: "Sequence length (tokens)", colorTitle: "Utilisation (%)",
 * });
 * spec.encoding.color // { field: "util", type: "quantitative", title: "Utilisation (%)", scale: { scheme: "viridis" }, legend: { format: ",.3~r" } }
 * ```
 */
export function heatmap<R extends ChartRow>(options: HeatmapOptions<R>): TopLevelSpec {
  const fn = "heatmap";
  const check = validatorFor(fn);
  const frame = chartFrame(fn, options);
  const x = fieldName(fn, "x", options.x);
  const y = fieldName(fn, "y", options.y);
  const color = fieldName(fn, "color", options.color);
  const xTitle = axisTitle(fn, "xTitle", options.xTitle);
  const yTitle = axisTitle(fn, "yTitle", options.yTitle);
  const colorTitle = axisTitle(fn, "colorTitle", options.colorTitle);
  const scheme = options.scheme ?? "viridis";
  if (typeof scheme !== "string" || scheme === "") check.fail("scheme", scheme, "a Vega colour scheme name such as \"viridis\"");
  const format = options.valueFormat ?? ",.3~r";
  const values = inlineRows(fn, options.data, { [x]: "category", [y]: "category", [color]: "number" });

  const position = {
    x: { field: x, type: "ordinal" as const, title: xTitle, sort: null, axis: { labelAngle: 0 } },
    y: { field: y, type: "ordinal" as const, title: yTitle, sort: null },
  };
  const colorDef = { field: color, type: "quantitative" as const, title: colorTitle, scale: { scheme }, legend: { format } };
  const tooltip = [
    { field: x, type: "ordinal" as const, title: xTitle },
    { field: y, type: "ordinal" as const, title: yTitle },
    { field: color, type: "quantitative" as const, title: colorTitle, format },
  ];

  if (!options.showValues) {
    return { ...frame, data: { values }, mark: { type: "rect" }, encoding: { ...position, color: colorDef, tooltip } };
  }
  const numbers = values.map((row) => row[color] as number);
  const middle = (Math.min(...numbers) + Math.max(...numbers)) / 2;
  return {
    ...frame,
    data: { values },
    encoding: position,
    layer: [
      { mark: { type: "rect" }, encoding: { color: colorDef, tooltip } },
      {
        mark: { type: "text", fontSize: 11 },
        encoding: {
          text: { field: color, type: "quantitative", format },
          color: { condition: { test: `datum[${JSON.stringify(color)}] < ${middle}`, value: "white" }, value: "black" },
        },
      },
    ],
  };
}
