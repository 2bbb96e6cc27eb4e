/**
 * How much a compressed tensor differs from the original: the error metrics every
 * quantization and pruning result reports.
 */
import { validatorFor } from "../../util/validate";
import { weightsOf, type WeightArray } from "./tensor";

/** Error of an approximation x̂ of x, element by element. */
export interface TensorError {
  /** Mean squared error, mean((x − x̂)²). */
  readonly mse: number;
  /** √mse. */
  readonly rmse: number;
  /** Mean absolute error, mean|x − x̂|. */
  readonly meanAbsError: number;
  /** max|x − x̂|. */
  readonly maxAbsError: number;
  /** Signal-to-quantization-noise ratio 10·log10(Σx² / Σ(x − x̂)²) in dB; `null` when the error is exactly 0 (or the signal is 0). */
  readonly sqnrDb: number | null;
  /** ‖x − x̂‖ / ‖x‖ (Frobenius); `null` when x is all zeros. */
  readonly relativeError: number | null;
}

/** Input of {@link tensorError}. */
export interface TensorErrorInput {
  readonly original: WeightArray;
  /** Same length as `original`. */
  readonly approximation: WeightArray;
}

/** @internal The metrics, without input checks. */
export function errorOf(x: ArrayLike<number>, y: ArrayLike<number>): TensorError {
  let se = 0;
  let ae = 0;
  let max = 0;
  let signal = 0;
  for (let k = 0; k < x.length; k++) {
    const d = x[k] - y[k];
    se += d * d;
    ae += Math.abs(d);
    if (Math.abs(d) > max) max = Math.abs(d);
    signal += x[k] * x[k];
  }
  const n = x.length;
  return Object.freeze({
    mse: se / n,
    rmse: Math.sqrt(se / n),
    meanAbsError: ae / n,
    maxAbsError: max,
    sqnrDb: se === 0 || signal === 0 ? null : 10 * Math.log10(signal / se),
    relativeError: signal === 0 ? null : Math.sqrt(se / signal),
  });
}

/**
 * MSE, RMSE, mean and max absolute error, SQNR (dB) and relative error of an approximation.
 *
 * Formulas: `MSE = mean((x − x̂)²)`; `SQNR = 10 log10(Σx² / Σ(x − x̂)²)` dB (each extra bit
 * of a uniform quantizer adds about 6.02 dB). Source: seed 004, Chapter 10 (quantization
 * error, L25446–L25452 prints the mean absolute error of its listing).
 *
 * @throws InvalidParameterError for arrays that are not typed, empty, non-finite, of
 *   different lengths, a missing input or an unknown key.
 * @example
 * ```ts
 * tensorError({ original: Float32Array.from([1, 2]), approximation: Float32Array.from([1, 2.5]) }).mse // 0.125
 * ```
 */
export function tensorError(input: TensorErrorInput): TensorError {
  const fn = "tensorError";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["original", "approximation"]);
  const x = weightsOf(fn, "original", i.original);
  const y = weightsOf(fn, "approximation", i.approximation);
  if (y.length !== x.length) check.fail("approximation", `an array of ${y.length}`, `the length of original (${x.length})`);
  return errorOf(x, y);
}
