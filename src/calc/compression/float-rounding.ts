/**
 * Rounding to 16-bit floating-point formats (book Chapter 10, Table 10.8): FP16 keeps
 * 10 mantissa bits and a narrow range (±65,504), BF16 keeps FP32's range with only 7
 * mantissa bits. Both round to nearest, ties to even.
 */
import { validatorFor } from "../../util/validate";
import { errorOf, type TensorError } from "./quantization-error";
import { weightsOf, type WeightArray } from "./tensor";

/** The 16-bit formats {@link roundToFloatFormat} rounds to. */
export type Float16Format = "fp16" | "bf16";

/** Largest finite FP16 value, 65,504. */
export const FP16_MAX = 65504;

/** Largest finite BF16 value, (2 − 2^−7) · 2^127 ≈ 3.39e38. */
export const BF16_MAX = 3.3895313892515355e38;

/** Input of {@link roundToFloatFormat}. */
export interface RoundToFloatFormatInput {
  /** Values to round, finite, at most 50M. */
  readonly values: WeightArray;
  readonly format: Float16Format;
}

/** Result of {@link roundToFloatFormat}. */
export interface RoundToFloatFormatResult {
  /** The rounded values (exactly representable in the format), stored as float32. */
  readonly rounded: Float32Array;
  /** Values beyond the format's largest finite value, saturated to ±max instead of ±Infinity. */
  readonly saturated: number;
  /** Non-zero values that became 0 (below half the smallest subnormal). */
  readonly flushedToZero: number;
  readonly error: TensorError;
}

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

/** Round half to even of x to a multiple of 2^exponent (exact in doubles). */
function roundToQuantum(x: number, exponent: number): number {
  const q = 2 ** exponent;
  const scaled = x / q;
  let r = Math.round(scaled);
  if (Math.abs(scaled % 1) === 0.5 && r % 2 !== 0) r -= 1;
  return r * q;
}

function toFp16(x: number): number {
  const a = Math.abs(x);
  if (a === 0) return x;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e -= 1;
  else if (2 ** (e + 1) <= a) e += 1;
  // 10 mantissa bits for normals (e ≥ −14); subnormals share the quantum 2^−24.
  return roundToQuantum(x, Math.max(e, -14) - 10);
}

function toBf16(x: number): number {
  F32[0] = x;
  const bits = U32[0];
  U32[0] = ((bits + 0x7fff + ((bits >>> 16) & 1)) & 0xffff0000) >>> 0;
  return F32[0];
}

/**
 * Rounds every value to FP16 or BF16 (round to nearest, ties to even) and measures the error.
 *
 * FP16: 1 sign, 5 exponent, 10 mantissa bits; range ±65,504, subnormals down to 2^−24.
 * BF16: 1 sign, 8 exponent, 7 mantissa bits; FP32's range (values are read as float32
 * first, then the low 16 bits are rounded off). Source: seed 004 Table 10.8
 * (L25249–L25341) and L25353 (BF16 range ~1e−38 to 1e38, FP16 ~1e−5 to 1e5). Results
 * match NumPy's `astype(np.float16)` and a bit-level BF16 conversion (test fixtures).
 *
 * @throws InvalidParameterError for values that are not a finite non-empty typed array
 *   (at most 50M), an unknown format, a missing input or an unknown key.
 * @example
 * ```ts
 * roundToFloatFormat({ values: Float32Array.from([0.1, 70000]), format: "fp16" }).rounded // Float32Array [ 0.0999755859375, 65504 ]
 * roundToFloatFormat({ values: Float32Array.from([0.1]), format: "bf16" }).rounded        // Float32Array [ 0.10009765625 ]
 * ```
 */
export function roundToFloatFormat(input: RoundToFloatFormatInput): RoundToFloatFormatResult {
  const fn = "roundToFloatFormat";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "format"]);
  const x = weightsOf(fn, "values", i.values);
  const format = check.oneOf("format", i.format, ["fp16", "bf16"] as const);
  const max = format === "fp16" ? FP16_MAX : BF16_MAX;
  const rounded = new Float32Array(x.length);
  let saturated = 0;
  let flushed = 0;
  for (let k = 0; k < x.length; k++) {
    let r = format === "fp16" ? toFp16(x[k]) : toBf16(x[k]);
    if (!Number.isFinite(r) || Math.abs(r) > max) {
      saturated++;
      r = Math.sign(x[k]) * max;
    }
    if (r === 0 && x[k] !== 0) flushed++;
    rounded[k] = r;
  }
  return Object.freeze({ rounded, saturated, flushedToZero: flushed, error: errorOf(x, rounded) });
}
