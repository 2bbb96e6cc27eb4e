/**
 * Charts for Chapter 6 (Network Architectures): the KV cache against context length and
 * concurrency with a device's memory as a line, attention against projection cost per
 * token with the crossover marked, attention score memory against sequence length, and
 * the savings of depthwise-separable convolutions. Every value comes from the calculators.
 */
import type { TopLevelSpec } from "vega-lite";
import type { HardwareSpec, ModelSpec, Precision } from "../constants/types";
import { hardwareRegistry } from "../constants/hardware";
import { modelRegistry } from "../constants/models";
import { readCounts } from "../calc/common/count-input";
import { memoryCapacityOf } from "../calc/device/hardware-rates";
import { attentionScoreMemory } from "../calc/memory/attention-memory";
import { kvCacheMemory } from "../calc/memory/kv-cache";
import { attentionCrossover } from "../calc/model/attention-crossover";
import { depthwiseSeparableCost } from "../calc/model/depthwise-separable";
import { parameterMemory } from "../calc/model/numeric-format";
import { transformerLayerCost } from "../calc/model/transformer-layer";
import { formatNumber } from "../units/format";
import { validatorFor } from "../util/validate";
import { layerChart } from "./layer-chart";
import { lineChart } from "./line-chart";
import { ruleLayer } from "./rule-layer";

/** Powers of two from `low` to `high` (both powers of two or not; the ends are included). */
function doublings(fn: string, name: string, range: readonly [number, number], max: number): number[] {
  const [low, high] = readCounts(fn, name, range, { minLength: 2, maxLength: 2, min: 1, max });
  if (!(high > low)) validatorFor(fn).fail(`${name}[1]`, high, `greater than ${name}[0] = ${low}`);
  const values: number[] = [];
  for (let n = low; n < high; n *= 2) values.push(n);
  values.push(high);
  return values;
}

/** Input of {@link kvCacheChart}. */
export interface KvCacheChartInput {
  /** A registered transformer id or record with layers, KV heads and head dimension. */
  readonly model: string | ModelSpec;
  readonly precision: Precision;
  /** `[min, max]` context in tokens (default [512, 131072]), stepped by doubling. */
  readonly contextRange?: readonly [number, number];
  /** Concurrent sequences, one line each (1 to 8 values; default 1, 8, 32). */
  readonly batches?: readonly number[];
  /** A device whose memory is drawn as a line (id or record with a capacity). */
  readonly device?: string | HardwareSpec;
  readonly title?: string;
}

/**
 * KV cache against context length (log–log), one line per batch, with the model's weight
 * memory and the device's capacity as horizontal rules (book E6.13, L11926): how much
 * context and concurrency fit next to the weights?
 *
 * @throws InvalidParameterError for a model without the shape fields, a bad range or
 *   batch list, a device without capacity, or an unknown key.
 * @example
 * ```ts
 * kvCacheChart({ model: "Llama-3-8B", precision: "bf16", device: "H100" }).title
 * // "KV cache of Llama 3 8B vs context length"
 * ```
 */
export function kvCacheChart(input: KvCacheChartInput): TopLevelSpec {
  const fn = "kvCacheChart";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["model", "precision", "contextRange", "batches", "device", "title"]);
  const model = modelRegistry.resolve(c.model, fn, "model");
  const contexts = doublings(fn, "contextRange", c.contextRange ?? [512, 131072], 1e9);
  const batches = readCounts(fn, "batches", c.batches ?? [1, 8, 32], { minLength: 1, maxLength: 8, min: 1, max: 1e9 });
  const data = batches.flatMap((batch) => contexts.map((context) => ({
    context, gb: kvCacheMemory({ model, sequenceLength: context, batch, precision: c.precision }).total.to("GB"), batch: `batch ${formatNumber(batch)}`,
  })));
  const weights = parameterMemory({ params: model.params, precision: c.precision }).to("GB");
  const rules = [ruleLayer({ y: weights, label: `weights ${formatNumber(weights)} GB (${c.precision.toUpperCase()})`, labelAt: "start" })];
  if (c.device !== undefined) {
    const device = hardwareRegistry.resolve(c.device, fn, "device");
    if (device.memoryCapacity === undefined) check.fail("device", device.id, "a device with a memoryCapacity");
    const capacity = memoryCapacityOf(device).to("GB");
    rules.push(ruleLayer({ y: capacity, label: `${device.id} memory ${formatNumber(capacity)} GB`, color: "#b2182b" }));
  }
  return layerChart(lineChart({
    data, x: "context", y: "gb", series: "batch", seriesTitle: "Batch", xScale: "log", yScale: "log", points: true,
    xDomain: [contexts[0], contexts[contexts.length - 1]],
    title: c.title ?? `KV cache of ${model.name} vs context length`, subtitle: `${c.precision.toUpperCase()} keys and values`,
    xTitle: "Context length (tokens, log scale)", yTitle: "KV cache (GB, log scale)",
  }), ...rules);
}

/** Input of {@link attentionCrossoverChart}. */
export interface AttentionCrossoverChartInput {
  /** A registered transformer id or record with d_model, heads, head dimension and FFN width. */
  readonly model: string | ModelSpec;
  /** `[min, max]` sequence length in tokens (default [128, 131072]), stepped by doubling. */
  readonly sequenceRange?: readonly [number, number];
  readonly title?: string;
}

/**
 * MACs per token of one transformer block against sequence length (log–log): the
 * projections and FFN are flat, attention grows with N, and a rule marks the crossover
 * N* where attention equals projections + FFN (Table 6.7's O(n²·d + n·d²)).
 *
 * @throws InvalidParameterError for a model without the shape fields, a bad range, or an unknown key.
 * @example
 * ```ts
 * attentionCrossoverChart({ model: "GPT-2-Small" }).title
 * // "Attention vs projection cost per token: GPT-2 Small (117M)"
 * ```
 */
export function attentionCrossoverChart(input: AttentionCrossoverChartInput): TopLevelSpec {
  const fn = "attentionCrossoverChart";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["model", "sequenceRange", "title"]);
  const model = modelRegistry.resolve(c.model, fn, "model");
  const lengths = doublings(fn, "sequenceRange", c.sequenceRange ?? [128, 131072], 1e9);
  const data = lengths.flatMap((n) => {
    const block = transformerLayerCost({ model, sequenceLength: n });
    return [
      { n, macs: block.linearMacs / n, term: "projections + FFN" },
      { n, macs: block.attention.projectionMacs / n, term: "projections only" },
      { n, macs: block.quadraticMacs / n, term: "attention (N²)" },
    ];
  });
  const crossover = attentionCrossover({ model }).sequenceLength;
  const base = lineChart({
    data, x: "n", y: "macs", series: "term", seriesTitle: "Term", xScale: "log", yScale: "log",
    xDomain: [lengths[0], lengths[lengths.length - 1]],
    title: c.title ?? `Attention vs projection cost per token: ${model.name}`,
    subtitle: "one block; projections = Q, K, V, O; FFN = feed-forward; attention = scores and values",
    xTitle: "Sequence length N (tokens, log scale)", yTitle: "MACs per token (log scale)",
  });
  const inRange = crossover >= lengths[0] && crossover <= lengths[lengths.length - 1];
  return inRange ? layerChart(base, ruleLayer({ x: crossover, label: `attention = projections + FFN at N* = ${formatNumber(crossover)}`, labelAt: "start" })) : base;
}

/** Input of {@link attentionMemoryChart}. */
export interface AttentionMemoryChartInput {
  /** Head counts, one line each (1 to 8 values; default 12, 32, 64). */
  readonly heads?: readonly number[];
  readonly precision: Precision;
  /** `[min, max]` sequence length (default [1024, 1048576]), stepped by doubling. */
  readonly sequenceRange?: readonly [number, number];
  /** A device whose memory is drawn as a line. */
  readonly device?: string | HardwareSpec;
  readonly title?: string;
}

/**
 * Bytes of one layer's materialised attention scores against sequence length (log–log),
 * one line per head count, with a device's memory as a rule (book WE-6.10): where does
 * the quadratic wall start?
 *
 * @throws InvalidParameterError for bad heads or range, a device without capacity, or an unknown key.
 * @example
 * ```ts
 * attentionMemoryChart({ precision: "fp16", device: "H100" }).title
 * // "Attention score memory per layer vs sequence length"
 * ```
 */
export function attentionMemoryChart(input: AttentionMemoryChartInput): TopLevelSpec {
  const fn = "attentionMemoryChart";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["heads", "precision", "sequenceRange", "device", "title"]);
  const heads = readCounts(fn, "heads", c.heads ?? [12, 32, 64], { minLength: 1, maxLength: 8, min: 1, max: 1e6 });
  const lengths = doublings(fn, "sequenceRange", c.sequenceRange ?? [1024, 1048576], 1e9);
  const data = heads.flatMap((h) => lengths.map((n) => ({
    n, gb: attentionScoreMemory({ sequenceLength: n, heads: h, precision: c.precision }).perLayer.to("GB"), heads: `${h} heads`,
  })));
  const base = lineChart({
    data, x: "n", y: "gb", series: "heads", seriesTitle: "Heads", xScale: "log", yScale: "log", points: true,
    xDomain: [lengths[0], lengths[lengths.length - 1]],
    title: c.title ?? "Attention score memory per layer vs sequence length", subtitle: `${c.precision.toUpperCase()} scores, one sequence`,
    xTitle: "Sequence length N (tokens, log scale)", yTitle: "Score matrices per layer (GB, log scale)",
  });
  if (c.device === undefined) return base;
  const device = hardwareRegistry.resolve(c.device, fn, "device");
  if (device.memoryCapacity === undefined) check.fail("device", device.id, "a device with a memoryCapacity");
  const capacity = memoryCapacityOf(device).to("GB");
  return layerChart(base, ruleLayer({ y: capacity, label: `${device.id} memory ${formatNumber(capacity)} GB`, labelAt: "start" }));
}

/** Input of {@link depthwiseSavingsChart}. */
export interface DepthwiseSavingsChartInput {
  /** Kernel sides, one line each (1 to 6 odd integers; default 3, 5, 7). */
  readonly kernels?: readonly number[];
  /** `[min, max]` output channels (default [8, 1024]), stepped by doubling. */
  readonly outChannelRange?: readonly [number, number];
  readonly title?: string;
}

/**
 * How many times fewer MACs a depthwise-separable convolution needs than a standard one,
 * against output channels, one line per kernel size; each approaches K² (book L11347).
 *
 * @throws InvalidParameterError for bad kernels or range, or an unknown key.
 * @example
 * ```ts
 * depthwiseSavingsChart({}).title // "Depthwise-separable savings vs output channels"
 * ```
 */
export function depthwiseSavingsChart(input: DepthwiseSavingsChartInput = {}): TopLevelSpec {
  const fn = "depthwiseSavingsChart";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["kernels", "outChannelRange", "title"], true);
  const kernels = readCounts(fn, "kernels", c.kernels ?? [3, 5, 7], { minLength: 1, maxLength: 6, min: 1, max: 31 });
  const channels = doublings(fn, "outChannelRange", c.outChannelRange ?? [8, 1024], 1e5);
  const data = kernels.flatMap((k) => channels.map((outChannels) => ({
    outChannels,
    savings: depthwiseSeparableCost({ height: 32, width: 32, inChannels: 64, outChannels, kernel: k, padding: "same" }).macSavings,
    kernel: `${k}×${k} (limit ${k * k}×)`,
  })));
  return lineChart({
    data, x: "outChannels", y: "savings", series: "kernel", seriesTitle: "Kernel", xScale: "log", points: true,
    xDomain: [channels[0], channels[channels.length - 1]],
    title: c.title ?? "Depthwise-separable savings vs output channels", subtitle: "standard MACs ÷ (depthwise + pointwise) MACs",
    xTitle: "Output channels C_out (log scale)", yTitle: "MACs saved (× fewer)",
  });
}
