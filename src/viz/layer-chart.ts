/**
 * Combining a base chart with annotation layers (rules, bands, highlighted points) into
 * one layered Vega-Lite spec whose layers share the base chart's scales and axes.
 */
import type { TopLevelSpec } from "vega-lite";
import { validatorFor } from "../util/validate";
import { BAND_LAYER_NAME, type ChartLayer } from "./chart-layer";

type Json = Record<string, unknown>;

/** Top-level properties that belong to the whole chart, not to one layer. */
const TOP_LEVEL_KEYS = ["$schema", "title", "width", "height", "config", "description", "padding", "autosize", "background", "usermeta", "datasets"];

const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);
const isLayered = (spec: Json): boolean => Array.isArray(spec.layer);
const isDrawable = (spec: unknown): spec is Json => isObject(spec) && (spec.mark !== undefined || isLayered(spec));

/** Scale type of `channel` ("x" or "y") in the first unit spec that encodes it. */
function scaleTypeOf(spec: Json, channel: "x" | "y"): string | undefined {
  const encoding = spec.encoding;
  if (isObject(encoding) && isObject(encoding[channel])) {
    const scale = (encoding[channel] as Json).scale;
    if (isObject(scale) && typeof scale.type === "string") return scale.type;
    if ((encoding[channel] as Json).field !== undefined) return undefined;
  }
  if (isLayered(spec)) {
    for (const child of spec.layer as unknown[]) {
      if (isObject(child)) {
        const found = scaleTypeOf(child, channel);
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
}

/** Throws when an annotation puts a value ≤ 0 on a log-scale axis (it would vanish silently). */
function checkLogPositions(spec: Json, inherited: unknown[] | undefined, logChannels: string[], where: string): void {
  const data = isObject(spec.data) && Array.isArray(spec.data.values) ? (spec.data.values as unknown[]) : inherited;
  const encoding = isObject(spec.encoding) ? spec.encoding : {};
  for (const channel of logChannels) {
    for (const key of [channel, `${channel}2`]) {
      const def = encoding[key];
      if (!isObject(def)) continue;
      const values = typeof def.datum === "number" ? [def.datum]
        : typeof def.field === "string" && data ? data.map((row) => (isObject(row) ? row[def.field as string] : undefined)) : [];
      const bad = values.find((v) => typeof v === "number" && !(v > 0));
      if (bad !== undefined) {
        validatorFor("layerChart").fail(where, bad, `a position > 0 on the log-scale ${channel} axis (${key})`);
      }
    }
  }
  if (isLayered(spec)) (spec.layer as Json[]).forEach((child) => checkLogPositions(child, data, logChannels, where));
}

/** Renames every named layer to `<kind>_<n>` so names are unique in the combined spec. */
function numberNames(specs: Json[]): void {
  const counts = new Map<string, number>();
  const visit = (spec: Json): void => {
    if (typeof spec.name === "string") {
      const kind = spec.name.replace(/_\d+$/, "");
      const n = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, n);
      spec.name = `${kind}_${n}`;
    }
    if (isLayered(spec)) (spec.layer as Json[]).forEach(visit);
  };
  specs.forEach(visit);
}

/**
 * Layers annotations over a base chart: `layerChart(lineChart(…), ruleLayer(…), pointLayer(…))`.
 *
 * The result is one top-level layered spec. Title, size, `$schema` and theme come from
 * the base; the base keeps its own data, encodings, tooltip and legend; annotations carry
 * their own data and position themselves in data units, so all layers share the base's
 * x and y scales (log scales included) and its axis titles. Band layers (named
 * {@link BAND_LAYER_NAME}) are drawn below the base, all others above it, in the order
 * given. A layered base (a heatmap with values, or an earlier `layerChart` result) can be
 * extended again.
 *
 * Deterministic: the inputs are copied, never mutated, and layer names are numbered
 * per kind (`band_1`, `rule_1`, `rule_2`, …).
 *
 * @param base - a top-level unit or layered Vega-Lite spec, e.g. from {@link lineChart}.
 * @param layers - annotation layers from {@link ruleLayer}, {@link bandLayer},
 *   {@link pointLayer}, or hand-written Vega-Lite layer objects.
 * @throws InvalidParameterError when `base` or a layer is not a unit or layer spec, or an
 *   annotation places a value ≤ 0 on a log-scale axis.
 * @example
 * ```ts
 * const chart = layerChart(
 *   lineChart({ data, x: "gpus", y: "days", title: "Training time", xTitle: "GPUs (count)", yTitle: "Training time (days)" }),
 *   ruleLayer({ y: 30, label: "30-day budget" }),
 *   pointLayer({ points: [{ x: 1024, y: 25.3, label: "book" }] }),
 * );
 * chart.layer.length // 3
 * ```
 */
export function layerChart(base: TopLevelSpec, ...layers: ChartLayer[]): TopLevelSpec & { layer: ChartLayer[] } {
  const check = validatorFor("layerChart");
  if (!isDrawable(base)) check.fail("base", base, "a Vega-Lite unit spec (with mark) or layer spec (with layer)");
  layers.forEach((layer, i) => {
    if (!isDrawable(layer)) check.fail(`layers[${i}]`, layer, "a Vega-Lite unit spec (with mark) or layer spec (with layer)");
  });
  const copy = JSON.parse(JSON.stringify(base)) as Json;
  const added = JSON.parse(JSON.stringify(layers)) as Json[];

  const top: Json = {};
  for (const key of TOP_LEVEL_KEYS) {
    if (copy[key] !== undefined) {
      top[key] = copy[key];
      delete copy[key];
    }
  }
  const logChannels = (["x", "y"] as const).filter((c) => scaleTypeOf(copy, c) === "log");
  added.forEach((layer, i) => checkLogPositions(layer, undefined, logChannels, `layers[${i}]`));

  // A layered base with nothing shared at its top level is flattened; otherwise nested whole.
  const baseLayers: Json[] = isLayered(copy) && Object.keys(copy).every((k) => k === "layer")
    ? (copy.layer as Json[])
    : [copy];
  const isBand = (spec: Json): boolean => typeof spec.name === "string" && spec.name.replace(/_\d+$/, "") === BAND_LAYER_NAME;
  const all = [...added.filter(isBand), ...baseLayers, ...added.filter((l) => !isBand(l))];
  numberNames(all);
  return { ...top, layer: all } as unknown as TopLevelSpec & { layer: ChartLayer[] };
}
