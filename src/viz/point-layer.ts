/**
 * Highlighted points with labels: the book's stated value on a curve, a break-even
 * point, the operating point of a chosen configuration.
 */
import { validatorFor } from "../util/validate";
import type { AnnotationLayer, ChartLayer } from "./chart-layer";
import { ANNOTATION_COLOR, HIGHLIGHT_COLOR } from "./theme";
import { MAX_CHART_ROWS } from "./schema";

/** One highlighted point, in the base chart's units. */
export interface HighlightPoint {
  /** Position on the x axis. */
  x: number;
  /** Position on the y axis. */
  y: number;
  /** Text beside the point, e.g. `"book: 25.3 days"`. */
  label?: string;
}

/** Options of {@link pointLayer}. */
export interface PointLayerOptions {
  /** The points, 1 to {@link MAX_CHART_ROWS}. */
  points: readonly HighlightPoint[];
  /** Point colour (CSS colour; default {@link HIGHLIGHT_COLOR}). */
  color?: string;
  /** Point shape (default `"circle"`). */
  shape?: "circle" | "square" | "diamond" | "triangle-up" | "cross";
  /** Point area in square pixels (default 90). */
  size?: number;
  /** Which side of the point the label sits on (default `"right"`). */
  labelSide?: "left" | "right";
}

/**
 * Builds a layer of highlighted, labelled points positioned in data units. Points have
 * fields `x`, `y` and `label` in the layer's own data, so they do not disturb the base
 * chart's data or legend.
 *
 * @returns a Vega-Lite layer spec: a point mark and, when any point has a label, a text mark.
 * @throws InvalidParameterError for an empty or too long `points` array, a non-finite
 *   coordinate (named `points[i].x`), a size ≤ 0, or an unknown shape or side.
 * @example
 * ```ts
 * pointLayer({ points: [{ x: 1024, y: 25.3, label: "book: 25.3 days" }] }).data
 * // { values: [{ x: 1024, y: 25.3, label: "book: 25.3 days" }] }
 * ```
 */
export function pointLayer(options: PointLayerOptions): AnnotationLayer {
  const check = validatorFor("pointLayer");
  const points = options.points;
  if (!Array.isArray(points) || points.length === 0) check.fail("points", points, "a non-empty array of { x, y, label? }");
  if (points.length > MAX_CHART_ROWS) check.fail("points", points, `at most ${MAX_CHART_ROWS} points`);
  const values = points.map((p, i) => ({
    x: check.finite(`points[${i}].x`, p.x),
    y: check.finite(`points[${i}].y`, p.y),
    label: p.label === undefined ? "" : typeof p.label === "string" ? p.label : check.fail(`points[${i}].label`, p.label, "a string"),
  }));
  const shape = check.oneOf("shape", options.shape ?? "circle", ["circle", "square", "diamond", "triangle-up", "cross"] as const);
  const size = check.positive("size", options.size ?? 90);
  const side = check.oneOf("labelSide", options.labelSide ?? "right", ["left", "right"] as const);
  const color = options.color ?? HIGHLIGHT_COLOR;
  const position = {
    x: { field: "x", type: "quantitative" as const },
    y: { field: "y", type: "quantitative" as const },
  };
  const layers: ChartLayer[] = [
    {
      mark: { type: "point", shape, size, color, filled: true, stroke: "white", strokeWidth: 1 },
      encoding: { ...position, tooltip: { field: "label", type: "nominal" } },
    },
  ];
  if (values.some((v) => v.label !== "")) {
    layers.push({
      mark: {
        type: "text", color: ANNOTATION_COLOR, fontWeight: 600, baseline: "bottom", dy: -6,
        align: side === "right" ? "left" : "right", dx: side === "right" ? 6 : -6,
      },
      encoding: { ...position, text: { field: "label", type: "nominal" } },
    });
  }
  return { name: "points", data: { values }, layer: layers };
}
