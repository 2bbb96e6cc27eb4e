/**
 * Line charts: one or several series of y against x, e.g. training time against
 * cluster size, or PSI per week for each feature.
 */
import type { TopLevelSpec } from "vega-lite";
import { validatorFor } from "../util/validate";
import { inlineRows, distinctInOrder, fieldName, type ChartRow, type FieldKind } from "./chart-data";
import { axisTitle, chartFrame, type ChartFrameOptions } from "./chart-frame";

/** Scale of a quantitative axis. */
export type AxisScale = "linear" | "log";

/** Options of {@link lineChart}. Field names refer to keys of the rows in `data`. */
export interface LineChartOptions<R extends ChartRow = ChartRow> extends ChartFrameOptions {
  /** Rows to draw, at most {@link MAX_CHART_ROWS}; aggregate larger data first. */
  data: readonly R[];
  /** Field on the x axis (finite numbers; positive on a log scale; categories when `xType` is `"ordinal"`). */
  x: Extract<keyof R, string>;
  /** Field on the y axis (finite numbers; positive on a log scale). */
  y: Extract<keyof R, string>;
  /** Optional field naming the series; one coloured line per distinct value, in order of first appearance. */
  series?: Extract<keyof R, string>;
  /** x-axis title with units, e.g. `"GPUs (count)"`. */
  xTitle: string;
  /** y-axis title with units, e.g. `"Training time (days)"`. */
  yTitle: string;
  /** Legend title for `series` (default: the field name). */
  seriesTitle?: string;
  /** `"linear"` (default) or `"log"`. */
  xScale?: AxisScale;
  /** `"linear"` (default) or `"log"`. */
  yScale?: AxisScale;
  /** `"quantitative"` (default) or `"ordinal"` for labelled steps such as weeks or model names. */
  xType?: "quantitative" | "ordinal";
  /** Fixed x range `[min, max]`; marks outside are clipped. */
  xDomain?: readonly [number, number];
  /** Fixed y range `[min, max]`; marks outside are clipped. */
  yDomain?: readonly [number, number];
  /** Draw a dot at every data point (default false). */
  points?: boolean;
  /** d3-format string for x-axis labels, e.g. `"~s"` or `",.0f"`. */
  xFormat?: string;
  /** d3-format string for y-axis labels, e.g. `"$,.0f"` or `".0%"`. */
  yFormat?: string;
}

function checkDomain(functionName: string, parameter: string, domain: readonly [number, number] | undefined, scale: AxisScale): [number, number] | undefined {
  if (domain === undefined) return undefined;
  const check = validatorFor(functionName);
  if (!Array.isArray(domain) || domain.length !== 2) check.fail(parameter, domain, "a [min, max] pair");
  const low = scale === "log" ? check.positive(`${parameter}[0]`, domain[0]) : check.finite(`${parameter}[0]`, domain[0]);
  const high = check.finite(`${parameter}[1]`, domain[1]);
  if (!(high > low)) check.fail(`${parameter}[1]`, high, `greater than ${parameter}[0] = ${low}`);
  return [low, high];
}

/**
 * Builds a Vega-Lite line chart: `y` against `x`, one line per value of `series`.
 *
 * Why: most of the book's "how does X scale with Y" questions (training time vs
 * devices, cost vs utilisation, drift statistic vs time) are line charts; this builder
 * fixes units in axis titles, log scales, legend order and the shared theme so notebook
 * charts look alike. Combine with {@link ruleLayer}, {@link bandLayer} and
 * {@link pointLayer} through {@link layerChart}.
 *
 * The spec inlines the rows (only the drawn fields) as `data.values`, carries a tooltip
 * with both titles, and keeps series in order of first appearance.
 *
 * @returns a top-level Vega-Lite v5 unit spec (plain JSON).
 * @throws InvalidParameterError for an empty title or axis title, missing or
 *   non-numeric values (named `data[i].field`), non-positive values on a log axis,
 *   more than {@link MAX_CHART_ROWS} rows, or a bad domain or size.
 * @example
 * ```ts
 * const spec = lineChart({
 *   data: [{ gpus: 256, days: 101 }, { gpus: 1024, days: 25.3 }, { gpus: 4096, days: 6.3 }],
 *   x: "gpus", y: "days", xScale: "log", yScale: "log",
 *   title: "GPT-3 training time", xTitle: "GPUs (count)", yTitle: "Training time (days)",
 * });
 * spec.mark        // { type: "line", point: false }
 * spec.encoding.x  // { field: "gpus", type: "quantitative", title: "GPUs (count)", scale: { type: "log" } }
 * ```
 */
export function lineChart<R extends ChartRow>(options: LineChartOptions<R>): TopLevelSpec {
  const fn = "lineChart";
  const check = validatorFor(fn);
  const frame = chartFrame(fn, options);
  const x = fieldName(fn, "x", options.x);
  const y = fieldName(fn, "y", options.y);
  const series = options.series === undefined ? undefined : fieldName(fn, "series", options.series);
  const xTitle = axisTitle(fn, "xTitle", options.xTitle);
  const yTitle = axisTitle(fn, "yTitle", options.yTitle);
  const xScale = check.oneOf("xScale", options.xScale ?? "linear", ["linear", "log"] as const);
  const yScale = check.oneOf("yScale", options.yScale ?? "linear", ["linear", "log"] as const);
  const xType = check.oneOf("xType", options.xType ?? "quantitative", ["quantitative", "ordinal"] as const);
  if (xType === "ordinal" && xScale === "log") check.fail("xScale", xScale, "\"linear\" when xType is \"ordinal\"");
  const xDomain = xType === "ordinal" ? undefined : checkDomain(fn, "xDomain", options.xDomain, xScale);
  const yDomain = checkDomain(fn, "yDomain", options.yDomain, yScale);

  const kinds: Record<string, FieldKind> = {
    [x]: xType === "ordinal" ? "category" : xScale === "log" ? "positive" : "number",
    [y]: yScale === "log" ? "positive" : "number",
  };
  if (series !== undefined) kinds[series] = "category";
  const values = inlineRows(fn, options.data, kinds);

  // An explicit domain stays exact: without nice: false, Vega-Lite rounds a layered
  // chart's merged scale outwards (e.g. $25–$2,000 became $10–$10,000).
  const xScaleDef = { ...(xScale === "log" ? { type: "log" as const } : {}), ...(xDomain ? { domain: xDomain, nice: false } : {}) };
  const yScaleDef = {
    ...(yScale === "log" ? { type: "log" as const } : { zero: yDomain === undefined }),
    ...(yDomain ? { domain: yDomain, nice: false } : {}),
  };
  const seriesTitle = options.seriesTitle ?? series;

  const spec: TopLevelSpec = {
    ...frame,
    data: { values },
    mark: { type: "line", point: options.points === true, ...(xDomain || yDomain ? { clip: true } : {}) },
    encoding: {
      x: {
        field: x,
        type: xType,
        title: xTitle,
        ...(xType === "ordinal" ? { sort: null } : {}),
        ...(Object.keys(xScaleDef).length > 0 ? { scale: xScaleDef } : {}),
        ...(options.xFormat ? { axis: { format: options.xFormat } } : {}),
      },
      y: {
        field: y,
        type: "quantitative",
        title: yTitle,
        scale: yScaleDef,
        ...(options.yFormat ? { axis: { format: options.yFormat } } : {}),
      },
      ...(series !== undefined
        ? { color: { field: series, type: "nominal", title: seriesTitle, scale: { domain: distinctInOrder(values, series) as string[] } } }
        : {}),
      tooltip: [
        { field: x, type: xType, title: xTitle, ...(xType === "quantitative" ? { format: ",.4~g" } : {}) },
        { field: y, type: "quantitative", title: yTitle, format: ",.4~g" },
        ...(series !== undefined ? [{ field: series, type: "nominal" as const, title: seriesTitle }] : []),
      ],
    },
  };
  return spec;
}
