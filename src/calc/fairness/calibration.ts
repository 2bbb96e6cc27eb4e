/**
 * Calibration of scores (book Chapter 15: COMPAS was calibrated by group yet violated
 * equalized odds, seed 004 L37948–L37961): does a score of 0.7 mean a 70 % chance of
 * the positive outcome, in every group? The expected calibration error summarises it.
 */
import { validatorFor } from "../../util/validate";
import { readBinary, readScores, type BinaryArray } from "./group-arrays";

/** Most bins {@link expectedCalibrationError} accepts. */
const MAX_BINS = 1000;

/** Input of {@link expectedCalibrationError}. */
export interface CalibrationInput {
  /** True outcome per row, 0/1 (or booleans). */
  readonly yTrue: BinaryArray;
  /** Predicted probability of the positive outcome per row, in [0, 1], same length. */
  readonly scores: ArrayLike<number>;
  /** Equal-width bins over [0, 1], an integer in [1, 1000]; default 10 (scikit-learn's `calibration_curve`). */
  readonly bins?: number;
}

/** One bin of {@link expectedCalibrationError}. */
export interface CalibrationBin {
  /** Lower and upper edge of the bin's scores (the first bin includes 0; every bin includes its upper edge). */
  readonly lower: number;
  readonly upper: number;
  /** Rows whose score falls in the bin. */
  readonly count: number;
  /** Mean score in the bin (the predicted rate); `null` for an empty bin. */
  readonly meanScore: number | null;
  /** Share of positives in the bin (the observed rate); `null` for an empty bin. */
  readonly fractionPositive: number | null;
}

/** Result of {@link expectedCalibrationError}. */
export interface CalibrationResult {
  /** ECE = Σ_k (n_k / n)·|fractionPositive_k − meanScore_k| over non-empty bins. */
  readonly ece: number;
  /** max_k |fractionPositive_k − meanScore_k| over non-empty bins (MCE). */
  readonly maximumCalibrationError: number;
  readonly bins: readonly CalibrationBin[];
}

/** Bin edges i/K as numpy's linspace(0, 1, K + 1) computes them. @internal */
export function binEdges(bins: number): Float64Array {
  const step = 1 / bins;
  return Float64Array.from({ length: bins + 1 }, (_, i) => (i === bins ? 1 : i * step));
}

/**
 * The bin of a score: the number of inner edges strictly below it, as scikit-learn's
 * `np.searchsorted(bins[1:-1], y_prob)` assigns it. @internal
 */
export function binOf(score: number, edges: Float64Array): number {
  const k = edges.length - 1;
  let b = Math.min(k - 1, Math.max(0, Math.ceil(score * k) - 1));
  while (b > 0 && !(edges[b] < score)) b--;
  while (b < k - 1 && edges[b + 1] < score) b++;
  return b;
}

/** Per-bin sums → ECE, MCE and bins. @internal */
export function calibrationFrom(edges: Float64Array, count: ArrayLike<number>, scoreSum: ArrayLike<number>, positives: ArrayLike<number>): CalibrationResult {
  const k = edges.length - 1;
  let n = 0;
  for (let b = 0; b < k; b++) n += count[b];
  let ece = 0;
  let mce = 0;
  const bins: CalibrationBin[] = [];
  for (let b = 0; b < k; b++) {
    const c = count[b];
    const meanScore = c === 0 ? null : scoreSum[b] / c;
    const fractionPositive = c === 0 ? null : positives[b] / c;
    if (c > 0) {
      const gap = Math.abs((fractionPositive as number) - (meanScore as number));
      ece += (c / n) * gap;
      mce = Math.max(mce, gap);
    }
    bins.push(Object.freeze({ lower: edges[b], upper: edges[b + 1], count: c, meanScore, fractionPositive }));
  }
  return Object.freeze({ ece, maximumCalibrationError: mce, bins: Object.freeze(bins) });
}

/**
 * Expected calibration error of probability scores: split [0, 1] into K equal-width
 * bins, compare each bin's mean score with its observed share of positives, and
 * weight the gaps by the bins' sizes. Binning follows scikit-learn's
 * `calibration_curve(strategy="uniform")`, so its `prob_true` and `prob_pred` are the
 * non-empty bins' `fractionPositive` and `meanScore`.
 *
 * Formula: ECE = Σ_k (n_k/n)·|ȳ_k − s̄_k|, with n_k rows in bin k, ȳ_k their share of
 * positives and s̄_k their mean score. 0 means perfectly calibrated on this data.
 *
 * @throws InvalidParameterError for arrays of different lengths, labels other than 0/1,
 *   scores outside [0, 1], or bins outside [1, 1000].
 * @example
 * ```ts
 * expectedCalibrationError({ yTrue: [0, 1, 1, 1], scores: [0.2, 0.8, 0.8, 0.6], bins: 5 }).ece
 * // 0.25  (bin [0, 0.2]: |0 − 0.2|, bin (0.4, 0.6]: |1 − 0.6|, bin (0.6, 0.8]: |1 − 0.8|, weighted ¼, ¼, ½)
 * ```
 */
export function expectedCalibrationError(input: CalibrationInput): CalibrationResult {
  const fn = "expectedCalibrationError";
  const check = validatorFor(fn);
  const { yTrue, scores, bins = 10 } = check.options("input", input, ["yTrue", "scores", "bins"]);
  const truth = readBinary(fn, "yTrue", yTrue);
  const s = readScores(fn, "scores", scores, truth.length);
  const k = check.integer("bins", bins, 1);
  if (k > MAX_BINS) check.fail("bins", k, `an integer in [1, ${MAX_BINS}]`);
  const edges = binEdges(k);
  const count = new Float64Array(k);
  const scoreSum = new Float64Array(k);
  const positives = new Float64Array(k);
  for (let i = 0; i < truth.length; i++) {
    const b = binOf(s[i], edges);
    count[b]++;
    scoreSum[b] += s[i];
    positives[b] += truth[i];
  }
  return calibrationFrom(edges, count, scoreSum, positives);
}
