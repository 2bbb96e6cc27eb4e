/**
 * The type of the annotation layers that {@link layerChart} combines with a base chart.
 */
import type { Field } from "vega-lite/build/src/channeldef";
import type { LayerSpec, UnitSpec } from "vega-lite/build/src/spec";

/**
 * One layer of a layered Vega-Lite spec: a unit spec (one mark) or a nested layer spec.
 * {@link ruleLayer}, {@link bandLayer} and {@link pointLayer} return these; a
 * hand-written Vega-Lite layer object is accepted too.
 */
export type ChartLayer = LayerSpec<Field> | UnitSpec<Field>;

/** A layer spec with its own data, as the annotation builders return it. */
export type AnnotationLayer = LayerSpec<Field>;

/**
 * The `name` prefix of a band layer. {@link layerChart} draws layers with this name
 * below the base chart so shading never hides the data; every other layer goes on top.
 *
 * @example
 * ```ts
 * BAND_LAYER_NAME // "band"
 * ```
 */
export const BAND_LAYER_NAME = "band";
