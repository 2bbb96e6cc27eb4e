import { validatorFor } from "../util/validate";

/** A Walker alias table for K outcomes, built by {@link aliasTable}. */
export interface AliasTable {
  /** Number of outcomes K. */
  readonly size: number;
  /** The normalised probabilities p₀ … p_{K−1}. */
  readonly probabilities: Float64Array;
  /** Column i keeps outcome i when the fractional draw is below threshold[i]. */
  readonly threshold: Float64Array;
  /** Otherwise column i yields alias[i]. */
  readonly alias: Int32Array;
}

/** Largest |Σp − 1| accepted by {@link aliasTable}. */
export const PROBABILITY_SUM_TOLERANCE = 1e-9;

/**
 * Builds a Walker alias table by Vose's O(K) method ("A linear algorithm for
 * generating random numbers with a given distribution", IEEE TSE 17(9), 1991): scale
 * each pᵢ by K, pair every under-full column with an over-full one, and record the
 * split. Sampling is then O(1): pick column i uniformly, keep i with probability
 * threshold[i], else take alias[i].
 *
 * @param fn - name of the public function validating (for error messages)
 * @param probabilities - K ≥ 1 non-negative finite numbers summing to 1 (±1e-9)
 * @throws InvalidParameterError for an empty list, a negative/NaN entry or a bad sum
 * @example
 * ```ts
 * aliasTable([0.5, 0.3, 0.2]).alias; // Int32Array [ 0, 0, 0 ]
 * ```
 */
export function aliasTable(probabilities: ArrayLike<number>, fn = "aliasTable"): AliasTable {
  const check = validatorFor(fn);
  if (probabilities === null || typeof probabilities !== "object" || typeof probabilities.length !== "number" || probabilities.length === 0) {
    check.fail("probabilities", probabilities, "a non-empty array of probabilities");
  }
  const k = probabilities.length;
  let sum = 0;
  for (let i = 0; i < k; i++) {
    const p = probabilities[i];
    if (typeof p !== "number" || !Number.isFinite(p) || p < 0) check.fail(`probabilities[${i}]`, p, "a finite number ≥ 0");
    sum += p;
  }
  if (!(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) check.fail("probabilities", sum, `values summing to 1 (±${PROBABILITY_SUM_TOLERANCE}); their sum`);
  const probs = new Float64Array(k);
  const scaled = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    probs[i] = probabilities[i] / sum;
    scaled[i] = probs[i] * k;
  }
  const threshold = new Float64Array(k);
  const alias = new Int32Array(k);
  const small = new Int32Array(k);
  const large = new Int32Array(k);
  let ns = 0;
  let nl = 0;
  for (let i = 0; i < k; i++) {
    if (scaled[i] < 1) small[ns++] = i;
    else large[nl++] = i;
  }
  while (ns > 0 && nl > 0) {
    const s = small[--ns];
    const l = large[--nl];
    threshold[s] = scaled[s];
    alias[s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    if (scaled[l] < 1) small[ns++] = l;
    else large[nl++] = l;
  }
  // Leftovers are full columns up to rounding.
  while (nl > 0) {
    const l = large[--nl];
    threshold[l] = 1;
    alias[l] = l;
  }
  while (ns > 0) {
    const s = small[--ns];
    threshold[s] = 1;
    alias[s] = s;
  }
  return Object.freeze({ size: k, probabilities: probs, threshold, alias });
}
