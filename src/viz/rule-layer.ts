/**
 * Reference lines: a vertical or horizontal rule with a text label, e.g. the book's
 * efficiency "η = 0.45", a "break-even 10.9/month" point or the "PSI 0.2" alert level.
 */
import { validatorFor } from "../util/validate";
import type { AnnotationLayer, ChartLayer } from "./chart-layer";
import { ANNOTATION_COLOR } from "./theme";

/** Options shared by both orientations of {@link ruleLayer}. */
interface RuleLabelOptions {
  /** Text drawn beside the line, e.g. `"PSI 0.2"`; omit for a bare line. */
  label?: string;
  /** Where along the line the label sits: `"end"` (default: top of a vertical rule, right end of a horizontal one) or `"start"`. */
  labelAt?: "start" | "end";
  /** Line and label colour (CSS colour; default {@link ANNOTATION_COLOR}). */
  color?: string;
  /** Dashed line (default true). */
  dashed?: boolean;
}

/** A vertical rule at `x` (in the base chart's x units). */
export interface VerticalRuleOptions extends RuleLabelOptions {
  /**
   * Position on the x axis, in the same units as the chart's x field; a `Date` places
   * the rule on a temporal x axis (e.g. a change point on a PSI-over-time chart).
   */
  x: number | Date;
  y?: never;
}

/** A horizontal rule at `y` (in the base chart's y units). */
export interface HorizontalRuleOptions extends RuleLabelOptions {
  /** Position on the y axis, in the same units as the chart's y field. */
  y: number;
  x?: never;
}

/** Options of {@link ruleLayer}: exactly one of `x` (vertical line) or `y` (horizontal line). */
export type RuleLayerOptions = VerticalRuleOptions | HorizontalRuleOptions;

/**
 * Builds an annotation layer holding one reference line and its label, positioned in
 * data units (`datum` encodings), so it shares the base chart's scales and moves with
 * them, log scales included. Add it to a chart with {@link layerChart}.
 *
 * @returns a Vega-Lite layer spec with its own one-row data, so it never repeats per data row.
 * @throws InvalidParameterError when neither or both of `x` and `y` are given, the
 *   position is not finite, or `labelAt` is not `"start"`/`"end"`.
 * @example
 * ```ts
 * ruleLayer({ y: 0.2, label: "PSI 0.2" }).layer.length   // 2 (rule + text)
 * ruleLayer({ x: 10.9, label: "break-even 10.9/month" }).layer[0].encoding // { x: { datum: 10.9 } }
 * ruleLayer({ x: new Date("2024-03-01T00:00:00Z") }).layer[0].encoding
 * // { x: { datum: 1709251200000, type: "temporal" } }
 * ```
 */
export function ruleLayer(options: RuleLayerOptions): AnnotationLayer {
  const check = validatorFor("ruleLayer");
  const hasX = options.x !== undefined;
  const hasY = options.y !== undefined;
  if (hasX === hasY) check.fail("x", options.x, "given when y is not (exactly one of x and y)");
  const vertical = hasX;
  const temporal = options.x instanceof Date;
  const position = vertical
    ? check.finite("x", temporal ? (options.x as Date).getTime() : (options.x as number))
    : check.finite("y", options.y as number);
  // A temporal datum must say so, or Vega-Lite starts a second, numeric x scale.
  const datum = temporal ? { datum: position, type: "temporal" as const } : { datum: position };
  const labelAt = check.oneOf("labelAt", options.labelAt ?? "end", ["start", "end"] as const);
  const color = options.color ?? ANNOTATION_COLOR;
  if (options.label !== undefined && typeof options.label !== "string") check.fail("label", options.label, "a string");

  const channel = vertical ? "x" : "y";
  const rule: ChartLayer = {
    mark: { type: "rule", color, strokeWidth: 1.5, ...(options.dashed === false ? {} : { strokeDash: [5, 4] }) },
    encoding: { [channel]: vertical ? datum : { datum: position } },
  };
  const layers: ChartLayer[] = [rule];
  if (options.label) {
    const text: ChartLayer = vertical
      ? {
          mark: {
            type: "text", color, align: "left", dx: 4,
            baseline: labelAt === "end" ? "top" : "bottom",
            dy: labelAt === "end" ? 2 : -2,
          },
          encoding: { x: datum, y: { value: labelAt === "end" ? 0 : "height" }, text: { value: options.label } },
        }
      : {
          mark: {
            type: "text", color, baseline: "bottom", dy: -3,
            align: labelAt === "end" ? "right" : "left",
            dx: labelAt === "end" ? -2 : 2,
          },
          encoding: { y: { datum: position }, x: { value: labelAt === "end" ? "width" : 0 }, text: { value: options.label } },
        };
    layers.push(text);
  }
  return { name: "rule", data: { values: [{}] }, layer: layers };
}
