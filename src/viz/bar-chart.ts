/**
 * Bar charts for breakdowns: cost by component, time by pipeline stage, memory by
 * tensor kind; grouped (side by side) or stacked (parts of a total).
 */
import type { TopLevelSpec } from "vega-lite";
import { validatorFor } from "../util/validate";
import { distinctInOrder, fieldName, inlineRows, type ChartRow, type FieldKind } from "./chart-data";
import { axisTitle, chartFrame, type ChartFrameOptions } from "./chart-frame";

/** Name of the computed field that keeps stacked parts in the caller's series order. */
const STACK_ORDER_FIELD = "__series_order";

/** Options of {@link barChart}. */
export interface BarChartOptions<R extends ChartRow = ChartRow> extends ChartFrameOptions {
  /** Rows, at most {@link MAX_CHART_ROWS}. */
  data: readonly R[];
  /** Field naming the bar's category (strings or numbers); categories keep their order of first appearance. */
  category: Extract<keyof R, string>;
  /** Field with the bar's length (finite numbers; negative values extend the other way). */
  value: Extract<keyof R, string>;
  /** Optional field splitting each bar into coloured parts (stacked) or neighbours (grouped). */
  series?: Extract<keyof R, string>;
  /** `"stacked"` (default) or `"grouped"`; matters only with `series`. */
  layout?: "stacked" | "grouped";
  /** `"vertical"` bars (default) or `"horizontal"` bars for long category names. */
  orientation?: "vertical" | "horizontal";
  /** Axis title of the categories, e.g. `"Component"`. */
  categoryTitle: string;
  /** Axis title of the values with units, e.g. `"Cost ($/month)"`. */
  valueTitle: string;
  /** Legend title of `series` (default: the field name). */
  seriesTitle?: string;
  /** d3-format string for value-axis labels, e.g. `"$,.0f"`. */
  valueFormat?: string;
}

/**
 * Builds a Vega-Lite bar chart: one bar per `category`, split by `series` into stacked
 * parts or grouped neighbours (`xOffset`/`yOffset`).
 *
 * Why: the book's cost, time and memory breakdowns read best as bars whose parts add
 * up to the total; the builder keeps categories and series in the caller's order (no
 * alphabetical reshuffle) and puts units in the value axis title.
 *
 * @returns a top-level Vega-Lite v5 unit spec (plain JSON).
 * @throws InvalidParameterError for empty titles, missing or non-finite values (named
 *   `data[i].field`), more than {@link MAX_CHART_ROWS} rows, or an unknown `layout` or
 *   `orientation`.
 * @example
 * ```ts
 * const spec = barChart({
 *   data: [{ part: "compute", usd: 1200 }, { part: "storage", usd: 300 }],
 *   category: "part", value: "usd",
 *   title: "Monthly cost", categoryTitle: "Component", valueTitle: "Cost ($/month)",
 * });
 * spec.encoding.y // { field: "usd", type: "quantitative", title: "Cost ($/month)" }
 * ```
 */
export function barChart<R extends ChartRow>(options: BarChartOptions<R>): TopLevelSpec {
  const fn = "barChart";
  const check = validatorFor(fn);
  const frame = chartFrame(fn, options);
  const category = fieldName(fn, "category", options.category);
  const value = fieldName(fn, "value", options.value);
  const series = options.series === undefined ? undefined : fieldName(fn, "series", options.series);
  const categoryTitle = axisTitle(fn, "categoryTitle", options.categoryTitle);
  const valueTitle = axisTitle(fn, "valueTitle", options.valueTitle);
  const layout = check.oneOf("layout", options.layout ?? "stacked", ["stacked", "grouped"] as const);
  const orientation = check.oneOf("orientation", options.orientation ?? "vertical", ["vertical", "horizontal"] as const);

  const kinds: Record<string, FieldKind> = { [category]: "category", [value]: "number" };
  if (series !== undefined) kinds[series] = "category";
  const values = inlineRows(fn, options.data, kinds);
  const seriesTitle = options.seriesTitle ?? series;

  const categoryDef = { field: category, type: "nominal" as const, title: categoryTitle, sort: null, axis: { labelAngle: 0 } };
  const valueDef = {
    field: value,
    type: "quantitative" as const,
    title: valueTitle,
    ...(options.valueFormat ? { axis: { format: options.valueFormat } } : {}),
  };
  const [categoryChannel, valueChannel, offsetChannel] = orientation === "vertical" ? (["x", "y", "xOffset"] as const) : (["y", "x", "yOffset"] as const);

  const seriesOrder = series === undefined ? [] : distinctInOrder(values, series);
  const stackOrder = series !== undefined && layout === "stacked"
    ? [{ calculate: `indexof(${JSON.stringify(seriesOrder)}, datum[${JSON.stringify(series)}])`, as: STACK_ORDER_FIELD }]
    : [];

  const spec: TopLevelSpec = {
    ...frame,
    data: { values },
    ...(stackOrder.length > 0 ? { transform: stackOrder } : {}),
    mark: { type: "bar" },
    encoding: {
      [categoryChannel]: orientation === "vertical" ? categoryDef : { ...categoryDef, axis: {} },
      [valueChannel]: valueDef,
      ...(series !== undefined
        ? {
            color: { field: series, type: "nominal", title: seriesTitle, scale: { domain: seriesOrder as string[] } },
            ...(layout === "grouped"
              ? { [offsetChannel]: { field: series, type: "nominal", sort: seriesOrder as string[] } }
              : { order: { field: STACK_ORDER_FIELD, type: "quantitative" } }),
          }
        : {}),
      tooltip: [
        { field: category, type: "nominal", title: categoryTitle },
        ...(series !== undefined ? [{ field: series, type: "nominal" as const, title: seriesTitle }] : []),
        { field: value, type: "quantitative", title: valueTitle, format: ",.4~g" },
      ],
    },
  };
  return spec;
}
