/**
 * Charts for Chapter 5 (Neural Computation): activation slopes, gradient decay through
 * depth, MLP training against inference memory across batch sizes, and where a model's
 * parameters, operations and activations sit layer by layer. Every value is computed by
 * the calculators in TypeScript; the specs only draw it.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Precision } from "../constants/types";
import { readCount, readCounts } from "../calc/common/count-input";
import { mlpMemory } from "../calc/memory/mlp-memory";
import type { Optimizer } from "../calc/memory/training-memory";
import type { ModelCost } from "../calc/model/model-cost";
import { activation, ACTIVATION_NAMES, type ActivationName } from "../calc/neural/activation";
import { gradientScale } from "../calc/neural/gradient-scale";
import { formatNumber } from "../units/format";
import { isQuantity } from "../units/quantity";
import { validatorFor } from "../util/validate";
import { barChart } from "./bar-chart";
import { layerChart } from "./layer-chart";
import { lineChart } from "./line-chart";
import { ruleLayer } from "./rule-layer";

/** Input of {@link activationChart}. */
export interface ActivationChartInput {
  /** Activations to draw (default all four: linear, ReLU, sigmoid, tanh). */
  readonly names?: readonly ActivationName[];
  /** `"value"` draws f(z), `"derivative"` (default) draws f′(z), the factor backpropagation multiplies by. */
  readonly quantity?: "value" | "derivative";
  /** z range `[min, max]` (default [−6, 6]). */
  readonly range?: readonly [number, number];
  readonly title?: string;
}

/**
 * Activation functions or their derivatives over z, with a rule at sigmoid's peak slope
 * 0.25 on the derivative chart (book L8239): which non-linearities pass a gradient through?
 *
 * @throws InvalidParameterError for an unknown name or quantity, a range that is not
 *   increasing, or an unknown key.
 * @example
 * ```ts
 * activationChart({}).title // "Activation slopes f′(z): how much gradient each layer passes back"
 * ```
 */
export function activationChart(input: ActivationChartInput = {}): TopLevelSpec {
  const fn = "activationChart";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["names", "quantity", "range", "title"], true);
  const names = c.names ?? ACTIVATION_NAMES;
  if (!Array.isArray(names) || names.length === 0 || names.length > ACTIVATION_NAMES.length) check.fail("names", names, "a non-empty array of activation names");
  names.forEach((name, i) => check.oneOf(`names[${i}]`, name, ACTIVATION_NAMES));
  const quantity = check.oneOf("quantity", c.quantity ?? "derivative", ["value", "derivative"] as const);
  const [low, high] = c.range ?? [-6, 6];
  check.finite("range[0]", low);
  check.finite("range[1]", high);
  if (!(high > low)) check.fail("range[1]", high, `greater than range[0] = ${low}`);
  const zs = Array.from({ length: 121 }, (_, i) => Number((low + ((high - low) * i) / 120).toFixed(10)));
  const data = names.flatMap((name) => {
    const r = activation({ name, x: zs });
    return zs.map((z, i) => ({ z, y: quantity === "value" ? r.values[i] : r.derivatives[i], activation: name }));
  });
  const slope = quantity === "derivative";
  const base = lineChart({
    data, x: "z", y: "y", series: "activation", seriesTitle: "Activation",
    title: c.title ?? (slope ? "Activation slopes f′(z): how much gradient each layer passes back" : "Activation functions f(z)"),
    xTitle: "Pre-activation z", yTitle: slope ? "Slope f′(z) (gradient factor per layer)" : "Output f(z)",
  });
  return slope && names.includes("sigmoid") ? layerChart(base, ruleLayer({ y: 0.25, label: "sigmoid's peak slope 0.25" })) : base;
}

/** Input of {@link gradientScaleChart}. */
export interface GradientScaleChartInput {
  /** Per-layer factors, each labelled, e.g. `[{ factor: 0.25, label: "sigmoid (peak slope)" }]` (1 to 10). */
  readonly factors: readonly { readonly factor: number; readonly label: string }[];
  /** Deepest network drawn, an integer in [2, 1000] (default 50). */
  readonly maxDepth?: number;
  /** Smallest scale drawn on the log axis (default 1e−30); deeper points are left out. */
  readonly floor?: number;
  readonly title?: string;
}

/**
 * Gradient scale factor^depth against depth on a log axis, one line per factor (book
 * E5.17: 0.25^10 ≈ 1e−6): how quickly do gradients vanish?
 *
 * @throws InvalidParameterError for empty or too many factors, a factor outside (0, 1.5],
 *   a bad depth or floor, or an unknown key.
 * @example
 * ```ts
 * gradientScaleChart({ factors: [{ factor: 0.25, label: "sigmoid" }, { factor: 1, label: "ReLU (active)" }] }).title
 * // "Gradient reaching the first layer, by depth"
 * ```
 */
export function gradientScaleChart(input: GradientScaleChartInput): TopLevelSpec {
  const fn = "gradientScaleChart";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["factors", "maxDepth", "floor", "title"]);
  if (!Array.isArray(c.factors) || c.factors.length < 1 || c.factors.length > 10) check.fail("factors", c.factors, "an array of 1 to 10 { factor, label } entries");
  const maxDepth = readCount(fn, "maxDepth", c.maxDepth ?? 50, 2, 1000);
  const floor = check.positive("floor", c.floor ?? 1e-30);
  const data = c.factors.flatMap((f, i) => {
    if (f === null || typeof f !== "object") check.fail(`factors[${i}]`, f, "a { factor, label } entry");
    const factor = check.positive(`factors[${i}].factor`, f.factor);
    if (factor > 1.5) check.fail(`factors[${i}].factor`, factor, "at most 1.5");
    if (typeof f.label !== "string" || f.label === "") check.fail(`factors[${i}].label`, f.label, "a non-empty string");
    return Array.from({ length: maxDepth }, (_, d) => ({ depth: d + 1, scale: gradientScale({ factorPerLayer: factor, depth: d + 1 }), factor: f.label }))
      .filter((row) => row.scale >= floor);
  });
  return lineChart({
    data, x: "depth", y: "scale", series: "factor", seriesTitle: "Per-layer factor", yScale: "log", yFormat: ".0e",
    title: c.title ?? "Gradient reaching the first layer, by depth",
    xTitle: "Layers the gradient passes through", yTitle: "Gradient scale (factor^depth, log scale)",
  });
}

/** Input of {@link mlpMemoryByBatchChart}. */
export interface MlpMemoryByBatchChartInput {
  /** Layer widths, e.g. `[784, 128, 64, 10]`. */
  readonly widths: readonly number[];
  readonly precision: Precision;
  readonly optimizer: Optimizer;
  /** Batch sizes to draw (2 to 64 integers in [1, 1e9], increasing; default 1, 2, 4, … 4096). */
  readonly batches?: readonly number[];
  readonly title?: string;
}

/**
 * Training and inference memory of an MLP against batch size (log–log): the model state
 * (weights, gradients, optimizer) is flat, activations grow with the batch. A rule marks
 * the batch where activations overtake the model state (book WE-5.2).
 *
 * @throws InvalidParameterError for bad widths, batches, precision or optimizer, or an unknown key.
 * @example
 * ```ts
 * mlpMemoryByBatchChart({ widths: [784, 128, 64, 10], precision: "fp32", optimizer: "adam" }).title
 * // "Training vs inference memory by batch size"
 * ```
 */
export function mlpMemoryByBatchChart(input: MlpMemoryByBatchChartInput): TopLevelSpec {
  const fn = "mlpMemoryByBatchChart";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["widths", "precision", "optimizer", "batches", "title"]);
  const batches = readCounts(fn, "batches", c.batches ?? Array.from({ length: 13 }, (_, i) => 2 ** i), { minLength: 2, maxLength: 64, min: 1, max: 1e9 });
  batches.forEach((b, i) => { if (i > 0 && !(b > batches[i - 1])) check.fail(`batches[${i}]`, b, `greater than batches[${i - 1}] = ${batches[i - 1]}`); });
  const at = (batch: number) => mlpMemory({ widths: c.widths, batch, precision: c.precision, optimizer: c.optimizer });
  const data = batches.flatMap((batch) => {
    const m = at(batch);
    const kib = (bytes: number) => bytes / 1024;
    return [
      { batch, memory: kib(m.training.total.to("B")), part: "training total" },
      { batch, memory: kib(m.inference.total.to("B")), part: "inference total" },
      { batch, memory: kib(m.training.modelState.to("B")), part: "model state" },
      { batch, memory: kib(m.training.activations.to("B")), part: "activations" },
    ];
  });
  const one = at(1);
  const crossover = one.training.modelState.to("B") / one.training.activations.to("B");
  const base = lineChart({
    data, x: "batch", y: "memory", series: "part", seriesTitle: "Memory", xScale: "log", yScale: "log", points: true,
    xDomain: [batches[0], batches[batches.length - 1]],
    title: c.title ?? "Training vs inference memory by batch size",
    subtitle: `${c.widths.join("→")}, ${c.precision.toUpperCase()}, ${c.optimizer}; model state = weights + gradients + optimizer; inference at the same batch`,
    xTitle: "Batch size (samples, log scale)", yTitle: "Memory (KiB, log scale)",
  });
  const inRange = crossover >= batches[0] && crossover <= batches[batches.length - 1];
  return inRange ? layerChart(base, ruleLayer({ x: crossover, label: `activations = model state at batch ${formatNumber(crossover)}`, labelAt: "start" })) : base;
}

/** Input of {@link layerBreakdownChart}. */
export interface LayerBreakdownChartInput {
  /** A result of `modelCost`. */
  readonly cost: ModelCost;
  readonly title?: string;
}

/**
 * Each layer's share of a model's parameters, operations and stored activations, as
 * stacked 100 % bars: where do the weights live, and where does the work happen?
 *
 * @throws InvalidParameterError for a missing cost or an unknown key.
 * @example
 * ```ts
 * layerBreakdownChart({ cost: modelCost(mlpLayers({ widths: [784, 128, 64, 10] })) }).title
 * // "Where parameters, operations and activations sit, layer by layer"
 * ```
 */
export function layerBreakdownChart(input: LayerBreakdownChartInput): TopLevelSpec {
  const fn = "layerBreakdownChart";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["cost", "title"]);
  const cost = c.cost;
  const wellFormed = cost !== null && typeof cost === "object" && Array.isArray(cost.layers) && cost.layers.length > 0 && isQuantity(cost.operations, "flop") &&
    typeof cost.params === "number" && typeof cost.activationElements === "number" &&
    cost.layers.every((l) => l !== null && typeof l === "object" && [l.params, l.flops, l.elementwiseOps, l.outputElements].every(Number.isFinite) && typeof l.name === "string");
  if (!wellFormed) check.fail("cost", cost, "a modelCost result");
  const total = { params: c.cost.params, ops: c.cost.operations.to("FLOP"), acts: c.cost.activationElements };
  const share = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);
  const data = c.cost.layers.flatMap((l) => [
    { metric: "parameters", share: share(l.params, total.params), layer: l.name },
    { metric: "operations", share: share(l.flops + l.elementwiseOps, total.ops), layer: l.name },
    { metric: "activations", share: share(l.outputElements, total.acts), layer: l.name },
  ]);
  return barChart({
    data, category: "metric", value: "share", series: "layer", seriesTitle: "Layer", orientation: "horizontal",
    title: c.title ?? "Where parameters, operations and activations sit, layer by layer",
    categoryTitle: "Quantity", valueTitle: "Share of the model total (%)",
  });
}
