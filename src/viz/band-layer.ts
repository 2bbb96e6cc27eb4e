/**
 * Shaded bands: the area between two y fields across x (an average-to-peak band, a
 * confidence interval) or between two fixed values on one axis (a target range, a
 * "warning" zone of a drift statistic).
 */
import { validatorFor } from "../util/validate";
import { fieldName, inlineRows, type ChartRow } from "./chart-data";
import { BAND_LAYER_NAME, type AnnotationLayer, type ChartLayer } from "./chart-layer";
import { ANNOTATION_COLOR, CATEGORY_COLORS } from "./theme";

/** Style options shared by both kinds of band. */
interface BandStyleOptions {
  /** Text drawn at the band's edge, e.g. `"average to peak"`. */
  label?: string;
  /** Fill colour (CSS colour; default the first category colour). */
  color?: string;
  /** Fill opacity in (0, 1] (default 0.18). */
  opacity?: number;
}

/** A band between two y fields of `data`, drawn as an area along x. */
export interface FieldBandOptions<R extends ChartRow = ChartRow> extends BandStyleOptions {
  /** Rows holding x and both bounds; at most {@link MAX_CHART_ROWS}. */
  data: readonly R[];
  /** Field on the x axis, usually the base chart's x field (finite numbers). */
  x: Extract<keyof R, string>;
  /** Field of the lower bound (finite numbers, same units as the chart's y). */
  lower: Extract<keyof R, string>;
  /** Field of the upper bound (finite numbers). */
  upper: Extract<keyof R, string>;
  axis?: never;
}

/** A band between two fixed values on one axis, spanning the whole plot across the other. */
export interface ValueBandOptions extends BandStyleOptions {
  /** The axis the two values are on: `"y"` for a horizontal stripe, `"x"` for a vertical one. */
  axis: "x" | "y";
  /** One edge, in the chart's units on `axis`. */
  from: number;
  /** The other edge (larger or smaller than `from`). */
  to: number;
  data?: never;
}

/** Options of {@link bandLayer}: either a field band (`data`, `x`, `lower`, `upper`) or a value band (`axis`, `from`, `to`). */
export type BandLayerOptions<R extends ChartRow = ChartRow> = FieldBandOptions<R> | ValueBandOptions;

/**
 * Builds a shaded band annotation. {@link layerChart} draws bands below the base chart.
 *
 * - Field band: an `area` from `lower` to `upper` at each `x`, e.g. the gap between
 *   average and peak power over a day.
 * - Value band: a `rect` from `from` to `to` on `axis`, across the whole plot, e.g. PSI
 *   between 0.1 and 0.25 ("investigate").
 *
 * The label sits inside the band's top-left corner (value band) or above the last point
 * of the upper edge (field band).
 *
 * @returns a Vega-Lite layer spec named {@link BAND_LAYER_NAME} with its own data.
 * @throws InvalidParameterError for missing or non-finite bounds (named `data[i].field`
 *   or `from`/`to`), more than {@link MAX_CHART_ROWS} rows, an opacity outside (0, 1],
 *   or an `axis` other than `"x"`/`"y"`.
 * @example
 * ```ts
 * bandLayer({ axis: "y", from: 0.1, to: 0.25, label: "investigate" }).layer[0].mark
 * // { type: "rect", color: "#0072B2", opacity: 0.18 }
 * ```
 */
export function bandLayer<R extends ChartRow>(options: BandLayerOptions<R>): AnnotationLayer {
  const fn = "bandLayer";
  const check = validatorFor(fn);
  const color = options.color ?? CATEGORY_COLORS[0];
  const opacity = check.fraction("opacity", options.opacity ?? 0.18);
  if (options.label !== undefined && typeof options.label !== "string") check.fail("label", options.label, "a string");
  const textMark = { type: "text" as const, color: ANNOTATION_COLOR, fontSize: 12 };

  if (options.data !== undefined) {
    const band = options as FieldBandOptions<R>;
    const x = fieldName(fn, "x", band.x);
    const lower = fieldName(fn, "lower", band.lower);
    const upper = fieldName(fn, "upper", band.upper);
    const values = inlineRows(fn, band.data, { [x]: "number", [lower]: "number", [upper]: "number" });
    const layers: ChartLayer[] = [
      {
        mark: { type: "area", color, opacity },
        encoding: {
          x: { field: x, type: "quantitative" },
          y: { field: lower, type: "quantitative" },
          y2: { field: upper },
        },
      },
    ];
    if (band.label) {
      const last = values.reduce((a, b) => ((b[x] as number) > (a[x] as number) ? b : a));
      layers.push({
        data: { values: [{ x: last[x], y: Math.max(last[lower] as number, last[upper] as number) }] },
        mark: { ...textMark, align: "right", baseline: "bottom", dy: -4 },
        encoding: {
          x: { field: "x", type: "quantitative" },
          y: { field: "y", type: "quantitative" },
          text: { value: band.label },
        },
      });
    }
    return { name: BAND_LAYER_NAME, data: { values }, layer: layers };
  }

  const band = options as ValueBandOptions;
  const axis = check.oneOf("axis", band.axis, ["x", "y"] as const);
  const from = check.finite("from", band.from);
  const to = check.finite("to", band.to);
  if (from === to) check.fail("to", to, `different from from = ${from}`);
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  const other = axis === "x" ? "y" : "x";
  const layers: ChartLayer[] = [
    {
      mark: { type: "rect", color, opacity },
      encoding: {
        [axis]: { datum: low },
        [`${axis}2`]: { datum: high },
        [other]: { value: 0 },
        [`${other}2`]: { value: other === "x" ? "width" : "height" },
      },
    },
  ];
  if (band.label) {
    layers.push(
      axis === "y"
        ? {
            mark: { ...textMark, align: "left", baseline: "top", dx: 4, dy: 3 },
            encoding: { y: { datum: high }, x: { value: 0 }, text: { value: band.label } },
          }
        : {
            mark: { ...textMark, align: "left", baseline: "top", dx: 4, dy: 3 },
            encoding: { x: { datum: low }, y: { value: 0 }, text: { value: band.label } },
          },
    );
  }
  return { name: BAND_LAYER_NAME, data: { values: [{}] }, layer: layers };
}
