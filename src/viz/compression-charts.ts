/**
 * Charts for the model-compression chapter (book Ch. 10), computed on a real weight
 * tensor: quantization error against bit width, error against size with the Pareto
 * front, pruning error against sparsity, low-rank error against rank, and decode speed
 * by weight format.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Precision } from "../constants/types";
import type { Amount } from "../calc/common/quantity-input";
import { compressedModelCost } from "../calc/compression/compressed-model-cost";
import { roundToFloatFormat } from "../calc/compression/float-rounding";
import { lowRankErrorByRank } from "../calc/compression/low-rank";
import { magnitudePrune } from "../calc/compression/magnitude-prune";
import { paretoFront } from "../calc/compression/pareto-front";
import { quantize, type QuantizationCalibration, type QuantizationGranularity, type QuantizationScheme } from "../calc/compression/quantize";
import { nmPrune, structuredPrune } from "../calc/compression/structured-prune";
import type { WeightArray } from "../calc/compression/tensor";
import { formatNumber } from "../units/format";
import { validatorFor } from "../util/validate";
import { barChart } from "./bar-chart";
import { listOption } from "./chart-steps";
import { layerChart } from "./layer-chart";
import { lineChart } from "./line-chart";
import { pointLayer } from "./point-layer";
import { ruleLayer } from "./rule-layer";

/** A quantizer configuration for {@link quantizationErrorChart}. */
export interface QuantizerConfig {
  readonly name: string;
  readonly scheme?: QuantizationScheme;
  readonly granularity?: QuantizationGranularity;
  readonly calibration?: QuantizationCalibration;
  readonly percentile?: number;
}

/** Options of {@link quantizationErrorChart}. */
export interface QuantizationErrorChartInput {
  /** The weights (row-major with `shape` for per-channel configurations). */
  readonly values: WeightArray;
  readonly shape?: readonly [number, number];
  /** Bit widths, integers in 2–16 (at most 15). Default 2, 3, 4, 5, 6, 8, 10, 12, 16. */
  readonly bits?: readonly number[];
  /** Configurations, one line each (at most 6). Default: symmetric "per tensor", and "per channel" when a shape is given. */
  readonly configs?: readonly QuantizerConfig[];
  readonly title?: string;
}

/**
 * SQNR (dB) against bits per weight for integer quantizers on one tensor, with the
 * FP16 and BF16 roundings of the same tensor as reference rules: about 6 dB per bit.
 *
 * Data: {@link quantize} and {@link roundToFloatFormat}. Source: seed 004 Ch. 10 (Eqs.
 * 10.1–10.3; Figure 10.2's free lunch down to INT8 and the cliff at 3–4 bits).
 *
 * @throws InvalidParameterError for bad weights, bit widths or configurations.
 * @example
 * ```ts
 * quantizationErrorChart({ values: Float32Array.from([0.1, -0.5, 0.25, 0.9]) }).layer.length // 3 (lines + FP16 + BF16 rules)
 * ```
 */
export function quantizationErrorChart(input: QuantizationErrorChartInput): TopLevelSpec & { layer: unknown[] } {
  const fn = "quantizationErrorChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "shape", "bits", "configs", "title"]);
  const bits = listOption<number>(fn, "bits", i.bits ?? [2, 3, 4, 5, 6, 8, 10, 12, 16], 15);
  const configs = listOption<QuantizerConfig>(fn, "configs", i.configs ?? [
    { name: "per tensor" },
    ...(i.shape === undefined ? [] : [{ name: "per channel", granularity: "channel" as const }]),
  ], 6);
  const data = configs.flatMap((c, k) => {
    if (c === null || typeof c !== "object" || typeof c.name !== "string") check.fail(`configs[${k}]`, c, "a configuration { name, scheme?, granularity?, calibration? }");
    const { name, ...options } = c;
    // An exact quantization (no error) has no SQNR; it is left out of the line.
    return bits.flatMap((b) => {
      const sqnr = quantize({ values: i.values, bits: b, ...options, ...(i.shape === undefined ? {} : { shape: i.shape }) }).error.sqnrDb;
      return sqnr === null ? [] : [{ bits: b, sqnr, config: name }];
    });
  });
  const rules = (["fp16", "bf16"] as const).flatMap((format) => {
    const sqnr = roundToFloatFormat({ values: i.values, format }).error.sqnrDb;
    return sqnr === null ? [] : [ruleLayer({ y: sqnr, label: `${format.toUpperCase()} rounding ${formatNumber(sqnr)} dB`, labelAt: "start" })];
  });
  return layerChart(
    lineChart({
      data, x: "bits", y: "sqnr", series: "config", points: true,
      title: i.title ?? "Quantization error against bit width",
      subtitle: `SQNR = 10 log10(Σx² / Σ(x − x̂)²) on ${formatNumber(i.values.length)} weights; higher is better, ~6 dB per bit`,
      xTitle: "Bits per weight", yTitle: "SQNR (dB)", seriesTitle: "Quantizer",
    }),
    ...rules,
  );
}

/** A configuration of {@link compressionParetoChart}. */
export interface CompressionPoint {
  readonly name: string;
  /** Size (bits per weight, MB, …), > 0. */
  readonly size: number;
  /** Error (relative error, accuracy loss, …), > 0. */
  readonly error: number;
}

/**
 * Error against size for compression configurations (log y), with the Pareto front
 * drawn as a line and labelled (labels alternate sides along the front); dominated
 * configurations are grey points.
 *
 * Data: the points as given; the front from {@link paretoFront}. Source: seed 004 L24183–L24194.
 *
 * @throws InvalidParameterError for an empty or long list (at most 200), non-positive sizes or errors.
 * @example
 * ```ts
 * compressionParetoChart({ points: [{ name: "INT8", size: 8, error: 0.01 }, { name: "INT4", size: 4, error: 0.1 }, { name: "bad", size: 8, error: 0.2 }] }).layer.length // 4
 * ```
 */
export function compressionParetoChart(input: { readonly points: readonly CompressionPoint[]; readonly sizeTitle?: string; readonly errorTitle?: string; readonly title?: string }): TopLevelSpec & { layer: unknown[] } {
  const fn = "compressionParetoChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["points", "sizeTitle", "errorTitle", "title"]);
  const points = listOption<CompressionPoint>(fn, "points", i.points, 200).map((p, k) => {
    if (p === null || typeof p !== "object" || typeof p.name !== "string") check.fail(`points[${k}]`, p, "a point { name, size, error }");
    return { name: p.name, size: check.positive(`points[${k}].size`, p.size), error: check.positive(`points[${k}].error`, p.error) };
  });
  const front = paretoFront(points.map((p) => ({ cost: p.size, error: p.error })));
  const onFront = new Set(front);
  const rows = front.map((k) => ({ size: points[k].size, error: points[k].error, series: "Pareto front" }));
  const dominated = points.filter((_, k) => !onFront.has(k));
  return layerChart(
    lineChart({
      data: rows, x: "size", y: "error", series: "series", yScale: "log",
      title: i.title ?? "Size against error: the Pareto front of compression",
      subtitle: `${front.length} of ${points.length} configurations are not beaten on both size and error`,
      xTitle: i.sizeTitle ?? "Bits per weight", yTitle: i.errorTitle ?? "Relative error (log scale)", seriesTitle: "Configurations",
    }),
    ...(dominated.length > 0 ? [pointLayer({ points: dominated.map((p) => ({ x: p.size, y: p.error })), color: "#9e9e9e", size: 50 })] : []),
    // Neighbours on the front often share a size; alternating label sides keeps their labels apart.
    ...(["right", "left"] as const).flatMap((side, parity) => {
      const half = front.filter((_, j) => j % 2 === parity);
      return half.length === 0 ? [] : [pointLayer({ points: half.map((k) => ({ x: points[k].size, y: points[k].error, label: points[k].name })), labelSide: side })];
    }),
  );
}

/** Options of {@link pruningErrorChart}. */
export interface PruningErrorChartInput {
  readonly values: WeightArray;
  readonly shape: readonly [number, number];
  /** Sparsities in [0, 1) (at most 50). Default 0, 0.1, …, 0.9, 0.95. */
  readonly sparsities?: readonly number[];
  readonly title?: string;
}

/**
 * Relative error of the pruned tensor against sparsity: unstructured magnitude pruning
 * keeps far more of the weights' energy than removing whole rows, and 2:4 sits between.
 *
 * Data: {@link magnitudePrune}, {@link structuredPrune}, {@link nmPrune}. Source: seed 004
 * L24436–L24444, L26248–L26259.
 *
 * @throws InvalidParameterError for bad weights, shape or sparsities.
 * @example
 * ```ts
 * pruningErrorChart({ values: new Float32Array(64).map((_, k) => k - 32), shape: [8, 8] }).layer.length // 2
 * ```
 */
export function pruningErrorChart(input: PruningErrorChartInput): TopLevelSpec & { layer: unknown[] } {
  const fn = "pruningErrorChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "shape", "sparsities", "title"]);
  const sparsities = listOption<number>(fn, "sparsities", i.sparsities ?? [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95], 50);
  const data = sparsities.flatMap((sparsity) => [
    { sparsity: 100 * sparsity, error: magnitudePrune({ values: i.values, sparsity }).error.relativeError ?? 0, method: "magnitude" },
    { sparsity: 100 * sparsity, error: structuredPrune({ values: i.values, shape: i.shape, sparsity }).error.relativeError ?? 0, method: "whole rows" },
  ]);
  const nm = nmPrune({ values: i.values, shape: i.shape });
  return layerChart(
    lineChart({
      data, x: "sparsity", y: "error", series: "method", points: true,
      title: i.title ?? "What pruning removes: error against sparsity",
      subtitle: "relative Frobenius error ‖W − M⊙W‖ / ‖W‖; magnitude = unstructured, whole rows = structured (L1 norm)",
      xTitle: "Weights removed (%)", yTitle: "Relative error", seriesTitle: "Pruning",
    }),
    pointLayer({ points: [{ x: 100 * nm.sparsity, y: nm.error.relativeError ?? 0, label: "2:4 (semi-structured)" }], shape: "diamond", labelSide: "left" }),
  );
}

/** Options of {@link lowRankErrorChart}. */
export interface LowRankErrorChartInput {
  readonly values: WeightArray;
  readonly shape: readonly [number, number];
  /** Ranks to evaluate (at most 200). Default: 12 ranks spread over [1, min(m, n)]. */
  readonly ranks?: readonly number[];
  readonly title?: string;
}

/**
 * Best rank-k reconstruction error against the compression it buys (log x): the curve a
 * low-rank factorisation moves along.
 *
 * Data: {@link lowRankErrorByRank} (one SVD). Source: seed 004 L24776–L24797.
 *
 * @throws InvalidParameterError for a bad matrix, shape or ranks.
 * @example
 * ```ts
 * lowRankErrorChart({ values: Float64Array.from([3, 0, 0, 4]), shape: [2, 2], ranks: [1, 2] }).encoding.x.title // "Compression (dense ÷ factored parameters, log scale)"
 * ```
 */
export function lowRankErrorChart(input: LowRankErrorChartInput): TopLevelSpec {
  const fn = "lowRankErrorChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "shape", "ranks", "title"]);
  const [rows, cols] = Array.isArray(i.shape) ? i.shape : [0, 0];
  const full = Math.min(rows, cols);
  const ranks = i.ranks ?? [...new Set(Array.from({ length: 12 }, (_, k) => Math.max(1, Math.round(full ** (k / 11)))))];
  const points = lowRankErrorByRank({ values: i.values, shape: i.shape, ranks: listOption<number>(fn, "ranks", ranks, 200) });
  return lineChart({
    data: points.map((p) => ({ compression: p.compression, error: p.relativeError })), x: "compression", y: "error", points: true, xScale: "log",
    title: i.title ?? "Low-rank factorisation: error against compression",
    subtitle: `${rows} × ${cols} matrix, ranks ${points.map((p) => p.rank).join(", ")}; compression = mn / (k(m + n))`,
    xTitle: "Compression (dense ÷ factored parameters, log scale)", yTitle: "Relative reconstruction error",
  });
}

/** Options of {@link decodeSpeedChart}. */
export interface DecodeSpeedChartInput {
  /** Parameters. A count or a param quantity. */
  readonly params: Amount<"param">;
  /** Memory bandwidth. Number in B/s or a data-rate quantity. */
  readonly memoryBandwidth: Amount<"dataRate">;
  /** Formats, one bar each (at most 7). Default fp32, fp16, int8, int4. */
  readonly formats?: readonly Precision[];
  readonly title?: string;
}

/**
 * Bandwidth-bound decode speed (tokens/s) by weight format: every byte saved is time saved.
 *
 * Data: {@link compressedModelCost}. Source: seed 004 L23957–L23983.
 *
 * @throws InvalidParameterError for bad amounts or formats.
 * @example
 * ```ts
 * JSON.stringify(decodeSpeedChart({ params: 7e9, memoryBandwidth: 50e9 })).includes("int4") // true
 * ```
 */
export function decodeSpeedChart(input: DecodeSpeedChartInput): TopLevelSpec {
  const fn = "decodeSpeedChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["params", "memoryBandwidth", "formats", "title"]);
  const formats = listOption<Precision>(fn, "formats", i.formats ?? ["fp32", "fp16", "int8", "int4"], 7);
  const rows = formats.map((precision) => {
    const r = compressedModelCost({ params: i.params, precision, memoryBandwidth: i.memoryBandwidth });
    return { format: `${precision} (${r.weightBytes.format()})`, tokens: r.tokensPerSecond ?? 0 };
  });
  const base = compressedModelCost({ params: i.params, precision: formats[0], memoryBandwidth: i.memoryBandwidth });
  return barChart({
    data: rows, category: "format", value: "tokens",
    title: i.title ?? "Decode speed by weight format (bandwidth-bound)",
    subtitle: `every token streams all weights: tokens/s = bandwidth / bytes; ${formats[0]} gives ${formatNumber(base.tokensPerSecond ?? 0)} tokens/s`,
    categoryTitle: "Weight format (model size)", valueTitle: "Tokens per second",
  });
}
