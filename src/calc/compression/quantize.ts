/**
 * Integer quantization of a weight or activation tensor (book Chapter 10, Eqs.
 * 10.1–10.3 and the uniform-quantization listing): map floats to b-bit integers with a
 * scale (and, for the affine scheme, a zero-point), per tensor or per output channel,
 * and measure the error the rounding and clipping introduce.
 */
import { validatorFor } from "../../util/validate";
import { errorOf, type TensorError } from "./quantization-error";
import { roundHalfEven, shapeOf, weightsOf, type WeightArray } from "./tensor";

/** `"symmetric"`: x ≈ s·q, q ∈ [−2^(b−1), 2^(b−1) − 1], zero maps to 0. `"affine"`: x ≈ s·(q − z), q ∈ [0, 2^b − 1]. */
export type QuantizationScheme = "symmetric" | "affine";

/** `"tensor"`: one scale for all values; `"channel"`: one per row of a [rows, cols] matrix (an output channel). */
export type QuantizationGranularity = "tensor" | "channel";

/** How the clipping range is chosen: `"minmax"` (the full range) or `"percentile"` (ignore the tails). */
export type QuantizationCalibration = "minmax" | "percentile";

/** Input of {@link quantize}. */
export interface QuantizeInput {
  /** The tensor, row-major when `shape` is given. Finite; at most 50M values. */
  readonly values: WeightArray;
  /** Bits per integer code, an integer in [2, 16]. */
  readonly bits: number;
  /** Default `"symmetric"`. */
  readonly scheme?: QuantizationScheme;
  /** Default `"tensor"`; `"channel"` needs `shape`. */
  readonly granularity?: QuantizationGranularity;
  /** `[rows, cols]`, rows × cols = values.length. Required for `"channel"`. */
  readonly shape?: readonly [number, number];
  /** Default `"minmax"`. */
  readonly calibration?: QuantizationCalibration;
  /** Percentile of the clipping range for `"percentile"`, in (50, 100]. Default 99.9: symmetric clips at the 99.9th percentile of |x|; affine at the 0.1th and 99.9th of x. */
  readonly percentile?: number;
  /** A fixed scale instead of calibration (per-tensor only), > 0. */
  readonly scale?: number;
  /** A fixed zero-point with `scale` (affine only), an integer in [0, 2^b − 1]. Default: round(−min(x, 0) / scale). */
  readonly zeroPoint?: number;
}

/** Result of {@link quantize}. */
export interface QuantizeResult {
  /** The integer codes, one per value. */
  readonly codes: Int32Array;
  /** Dequantized values s·(q − z), as float32. */
  readonly dequantized: Float32Array;
  /** One scale per tensor or per row. */
  readonly scales: Float64Array;
  /** One zero-point per tensor or per row (all 0 for symmetric). */
  readonly zeroPoints: Int32Array;
  /** Smallest and largest code. */
  readonly qmin: number;
  readonly qmax: number;
  /** Values whose code was clamped to [qmin, qmax]. */
  readonly clipped: number;
  /** Error of `dequantized` against `values`. */
  readonly error: TensorError;
  /** Storage bits of the codes (values × bits) plus 32 bits per scale and per affine zero-point. */
  readonly storageBits: number;
}

/** Percentile of sorted data by linear interpolation (NumPy's default). */
function percentileOf(sorted: Float64Array, p: number): number {
  const position = (p / 100) * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Clipping range [lo, hi] of one slice. */
function rangeOf(x: WeightArray, start: number, end: number, scheme: QuantizationScheme, calibration: QuantizationCalibration, p: number): [number, number] {
  if (calibration === "percentile") {
    const slice = Float64Array.from(x.subarray(start, end), (v) => (scheme === "symmetric" ? Math.abs(v) : v)).sort();
    return scheme === "symmetric" ? [0, percentileOf(slice, p)] : [percentileOf(slice, 100 - p), percentileOf(slice, p)];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = start; k < end; k++) {
    const v = scheme === "symmetric" ? Math.abs(x[k]) : x[k];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return scheme === "symmetric" ? [0, hi] : [lo, hi];
}

/**
 * Quantizes a tensor to b-bit integers and dequantizes it back, reporting the error.
 *
 * Formulas (seed 004 L25406–L25452, Eqs. 10.1–10.3 L25514–L25520, fake quantization
 * L25778–L25817):
 * - symmetric: `s = max|x| / (2^(b−1) − 1)`, `q = clamp(round(x/s), −2^(b−1), 2^(b−1) − 1)`, `x̂ = s·q`;
 * - affine: range [α, β] widened to include 0, `s = (β − α) / (2^b − 1)`, `z = round(−α/s)`,
 *   `q = clamp(round(x/s + z), 0, 2^b − 1)`, `x̂ = s·(q − z)`.
 *
 * Rounding is half to even (as NumPy and PyTorch). Percentile calibration clips the
 * range at a percentile so that rare outliers do not stretch the step size. A slice whose
 * range is 0 gets scale 1 (every value is then exact). The book's listing quantizes
 * [0.127, −0.084, 0.392, −0.203] with s = 0.392/127 to [41, −27, 127, −66].
 *
 * @throws InvalidParameterError for values that are not a finite non-empty typed array
 *   (at most 50M), bits outside 2–16, an unknown scheme, granularity or calibration, a
 *   missing or wrong shape for per-channel, a percentile outside (50, 100], a fixed scale
 *   that is not > 0 or used per channel, a bad zero-point, a missing input or an unknown key.
 * @example
 * ```ts
 * const r = quantize({ values: Float32Array.from([0.127, -0.084, 0.392, -0.203]), bits: 8 });
 * r.codes           // Int32Array [ 41, -27, 127, -66 ]
 * r.scales[0]       // 0.0030866141…
 * r.error.meanAbsError // 0.000457…
 * ```
 */
export function quantize(input: QuantizeInput): QuantizeResult {
  const fn = "quantize";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "bits", "scheme", "granularity", "shape", "calibration", "percentile", "scale", "zeroPoint"]);
  const x = weightsOf(fn, "values", i.values);
  const bits = check.integer("bits", i.bits, 2);
  if (bits > 16) check.fail("bits", bits, "an integer in [2, 16]");
  const scheme = check.oneOf("scheme", i.scheme ?? "symmetric", ["symmetric", "affine"] as const);
  const granularity = check.oneOf("granularity", i.granularity ?? "tensor", ["tensor", "channel"] as const);
  const calibration = check.oneOf("calibration", i.calibration ?? "minmax", ["minmax", "percentile"] as const);
  const p = check.finite("percentile", i.percentile ?? 99.9);
  if (!(p > 50 && p <= 100)) check.fail("percentile", p, "a percentile in (50, 100]");
  const [rows, cols] = i.shape === undefined ? (granularity === "channel" ? check.fail("shape", i.shape, "a [rows, cols] pair for per-channel quantization") : [1, x.length]) : shapeOf(fn, i.shape, x.length);
  const slices = granularity === "channel" ? rows : 1;
  const width = granularity === "channel" ? cols : x.length;
  const fixedScale = i.scale === undefined ? null : check.positive("scale", i.scale);
  if (fixedScale !== null && granularity === "channel") check.fail("scale", fixedScale, "undefined for per-channel quantization (each row calibrates its own)");
  if (i.zeroPoint !== undefined && (fixedScale === null || scheme !== "affine")) check.fail("zeroPoint", i.zeroPoint, "given only with a fixed scale and the affine scheme");

  const qmin = scheme === "symmetric" ? -(2 ** (bits - 1)) : 0;
  const qmax = scheme === "symmetric" ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  const codes = new Int32Array(x.length);
  const dequantized = new Float32Array(x.length);
  const scales = new Float64Array(slices);
  const zeroPoints = new Int32Array(slices);
  let clipped = 0;
  for (let c = 0; c < slices; c++) {
    const start = c * width;
    const end = start + width;
    let s: number;
    let z = 0;
    if (fixedScale !== null) {
      s = fixedScale;
      if (scheme === "affine") {
        const [lo] = rangeOf(x, start, end, scheme, calibration, p);
        z = i.zeroPoint === undefined ? Math.min(qmax, Math.max(0, roundHalfEven(-Math.min(lo, 0) / s))) : check.integer("zeroPoint", i.zeroPoint, 0);
        if (z > qmax) check.fail("zeroPoint", z, `an integer in [0, ${qmax}]`);
      }
    } else {
      const [lo, hi] = rangeOf(x, start, end, scheme, calibration, p);
      if (scheme === "symmetric") s = hi > 0 ? hi / qmax : 1;
      else {
        const a = Math.min(lo, 0);
        const b = Math.max(hi, 0);
        s = b > a ? (b - a) / qmax : 1;
        z = roundHalfEven(-a / s);
      }
    }
    scales[c] = s;
    zeroPoints[c] = z;
    for (let k = start; k < end; k++) {
      let code = roundHalfEven(x[k] / s + z);
      if (code < qmin || code > qmax) {
        clipped++;
        code = code < qmin ? qmin : qmax;
      }
      codes[k] = code;
      dequantized[k] = s * (code - z);
    }
  }
  const metadataBits = slices * (scheme === "affine" ? 64 : 32);
  return Object.freeze({
    codes, dequantized, scales, zeroPoints, qmin, qmax, clipped,
    error: errorOf(x, dequantized),
    storageBits: x.length * bits + metadataBits,
  });
}

/** Input of {@link quantizationParams}. */
export interface QuantizationParamsInput {
  /** α, the smallest real value to represent. */
  readonly min: number;
  /** β, the largest, ≥ min. */
  readonly max: number;
  /** Bits, an integer in [2, 16]. */
  readonly bits: number;
  /** Default `"affine"`. */
  readonly scheme?: QuantizationScheme;
}

/** Result of {@link quantizationParams}. */
export interface QuantizationParams {
  readonly scale: number;
  /** The integer that represents real 0. */
  readonly zeroPoint: number;
  readonly qmin: number;
  readonly qmax: number;
  /** −α / s before rounding (the book's 63.75). */
  readonly zeroPointExact: number;
}

/**
 * Scale and zero-point for a real range [α, β] (Eqs. 10.1–10.2), without a tensor.
 *
 * Source: seed 004 L25514–L25538: α = −1, β = 3, b = 8 → s = 4/255 ≈ 0.0157, z = round(63.75) = 64.
 * Affine uses [α, β] as given (it must contain 0 for zero to be exact); symmetric uses max(|α|, |β|) / (2^(b−1) − 1).
 *
 * @throws InvalidParameterError for non-finite bounds, max < min, a zero range, bits
 *   outside 2–16, an unknown scheme, a missing input or an unknown key.
 * @example
 * ```ts
 * quantizationParams({ min: -1, max: 3, bits: 8 }) // { scale: 0.01568627…, zeroPoint: 64, qmin: 0, qmax: 255, zeroPointExact: 63.75 }
 * ```
 */
export function quantizationParams(input: QuantizationParamsInput): QuantizationParams {
  const check = validatorFor("quantizationParams");
  const i = check.options("input", input, ["min", "max", "bits", "scheme"]);
  const lo = check.finite("min", i.min);
  const hi = check.finite("max", i.max);
  if (!(hi > lo)) check.fail("max", hi, `a number > min = ${lo}`);
  const bits = check.integer("bits", i.bits, 2);
  if (bits > 16) check.fail("bits", bits, "an integer in [2, 16]");
  const scheme = check.oneOf("scheme", i.scheme ?? "affine", ["symmetric", "affine"] as const);
  if (scheme === "symmetric") {
    const qmax = 2 ** (bits - 1) - 1;
    return Object.freeze({ scale: Math.max(Math.abs(lo), Math.abs(hi)) / qmax, zeroPoint: 0, qmin: -qmax - 1, qmax, zeroPointExact: 0 });
  }
  const qmax = 2 ** bits - 1;
  const scale = (hi - lo) / qmax;
  const exact = -lo / scale;
  return Object.freeze({ scale, zeroPoint: roundHalfEven(exact), qmin: 0, qmax, zeroPointExact: exact });
}
