/**
 * What compression buys a deployed model (book Chapter 10, the 7B-on-16 GB problem and
 * AWQ): fewer bits per weight shrink the weights, and when decoding is bound by memory
 * bandwidth every byte saved is time saved per token.
 */
import type { Precision } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";
import { bytesPerElement } from "../model/numeric-format";

/** Input of {@link compressedModelCost}. Give the weight format as `precision` or `bitsPerWeight`. */
export interface CompressedModelCostInput {
  /** Parameters. A count, or a param quantity (`q(7, "Bparam")`). ≥ 0. */
  readonly params: Amount<"param">;
  /** Storage format of the weights (`"fp16"`, `"int4"`, …). */
  readonly precision?: Precision;
  /** Average bits per weight instead, in (0, 64] (e.g. 4.25 for INT4 with group scales). */
  readonly bitsPerWeight?: number;
  /** Fraction of weights kept in higher precision (AWQ's salient ~1 %), in [0, 1). Default 0. */
  readonly outlierFraction?: number;
  /** Bits of those weights, in (0, 64]. Default 16. */
  readonly outlierBits?: number;
  /** Other memory the model needs (KV cache, activations). Number in B, or a data quantity. ≥ 0. Default 0. */
  readonly extraMemory?: Amount<"data">;
  /** Memory bandwidth the weights stream over. Number in B/s, or a data-rate quantity. > 0. Optional. */
  readonly memoryBandwidth?: Amount<"dataRate">;
  /** Energy to move one byte from memory. Number in J/B, or an energy-per-byte quantity (`q(160, "pJ/B")`). ≥ 0. Optional. */
  readonly energyPerByte?: Amount<"energyPerData">;
}

/** Result of {@link compressedModelCost}. */
export interface CompressedModelCostResult {
  /** Average bits per weight, outliers included. */
  readonly bitsPerWeight: number;
  /** params · bits / 8. */
  readonly weightBytes: Quantity<"data">;
  /** weightBytes + extraMemory. */
  readonly totalBytes: Quantity<"data">;
  /** weightBytes / memoryBandwidth: one decode step reads every weight once (`null` without bandwidth). */
  readonly timePerToken: Quantity<"time"> | null;
  /** 1 / timePerToken, in tokens per second (`null` without bandwidth, or for a model of 0 bytes). */
  readonly tokensPerSecond: number | null;
  /** weightBytes · energyPerByte per token (`null` without an energy per byte). */
  readonly energyPerToken: Quantity<"energy"> | null;
}

/**
 * Weight memory, bandwidth-bound decode speed and data-movement energy of a model at a
 * given weight precision.
 *
 * Formulas (seed 004 L23957–L23983; AWQ L25583): `bytes = P · bits / 8`, bits =
 * (1 − f)·b + f·b_outlier; `t_token = bytes / BW`; `E_token = bytes · e_byte`. The book: 7B
 * in FP16 is 14 GB (+ ~1 GB KV cache = 15 GB of 16 GB); at 50 GB/s that is 280 ms per
 * token, 3.6 tokens/s; INT4 is 3.5 GB, 70 ms, 14 tokens/s. AWQ keeps ~1 % of weights in
 * FP16 and quantizes the rest to 4 bits: ~3.5 GB (3.6 GB with the 1 % counted).
 *
 * @throws InvalidParameterError unless exactly one of `precision` / `bitsPerWeight` is
 *   given, for a negative count or memory, bits outside (0, 64], an outlier fraction
 *   outside [0, 1), a non-positive bandwidth, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const fp16 = compressedModelCost({ params: 7e9, precision: "fp16", memoryBandwidth: q(50, "GB/s") });
 * fp16.weightBytes.format()   // "14 GB"
 * fp16.tokensPerSecond        // 3.571428571428571
 * compressedModelCost({ params: 7e9, precision: "int4", memoryBandwidth: q(50, "GB/s") }).timePerToken?.to("ms") // 70
 * ```
 */
export function compressedModelCost(input: CompressedModelCostInput): CompressedModelCostResult {
  const fn = "compressedModelCost";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["params", "precision", "bitsPerWeight", "outlierFraction", "outlierBits", "extraMemory", "memoryBandwidth", "energyPerByte"]);
  const params = readAmount(fn, "params", i.params, "param", "nonNegative").to("param");
  if ((i.precision === undefined) === (i.bitsPerWeight === undefined)) check.fail("precision", i.precision, "given alone, or left out when bitsPerWeight is given");
  const bitsIn = (name: string, value: number): number => {
    check.positive(name, value);
    return value > 64 ? check.fail(name, value, "a number of bits in (0, 64]") : value;
  };
  const base = i.precision !== undefined ? 8 * bytesPerElement(i.precision) : bitsIn("bitsPerWeight", i.bitsPerWeight as number);
  const f = check.probability("outlierFraction", i.outlierFraction ?? 0);
  if (f >= 1) check.fail("outlierFraction", f, "a fraction in [0, 1)");
  const outlierBits = bitsIn("outlierBits", i.outlierBits ?? 16);
  const bits = (1 - f) * base + f * outlierBits;
  const extra = readAmount(fn, "extraMemory", i.extraMemory ?? 0, "B", "nonNegative").to("B");
  const bandwidth = i.memoryBandwidth === undefined ? null : readAmount(fn, "memoryBandwidth", i.memoryBandwidth, "B/s", "positive").to("B/s");
  const energy = i.energyPerByte === undefined ? null : readAmount(fn, "energyPerByte", i.energyPerByte, "J/B", "nonNegative").to("J/B");
  const bytes = (params * bits) / 8;
  const seconds = bandwidth === null ? null : bytes / bandwidth;
  return Object.freeze({
    bitsPerWeight: bits,
    weightBytes: q(bytes, "B"),
    totalBytes: q(bytes + extra, "B"),
    timePerToken: seconds === null ? null : q(seconds, "s"),
    tokensPerSecond: seconds === null || seconds === 0 ? null : 1 / seconds,
    energyPerToken: energy === null ? null : q(bytes * energy, "J"),
  });
}
