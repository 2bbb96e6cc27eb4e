/**
 * Uncertainty sampling (book Chapter 9, active learning): label the items the current
 * model is least sure about: lowest top probability, smallest margin between the top
 * two classes, or highest entropy.
 */
import { validatorFor } from "../../util/validate";
import { budgetOf, indexListOf, rowsOf, widthOf, type PointArray } from "./point-set";

/** How uncertainty is scored from a probability row. */
export type UncertaintyMeasure = "leastConfidence" | "margin" | "entropy";

/** Input of {@link uncertaintySampling}. */
export interface UncertaintySamplingInput {
  /** Predicted class probabilities, row-major (items × classes), each row in [0, 1]. */
  readonly probabilities: PointArray;
  /** Classes per row, an integer ≥ 2. */
  readonly classes: number;
  /** Items to choose, an integer in [0, items − excluded]. */
  readonly budget: number;
  /** The score. Default `"margin"`. */
  readonly measure?: UncertaintyMeasure;
  /** Items already labelled, never chosen. Optional. */
  readonly exclude?: readonly number[] | Int32Array;
}

/** Result of {@link uncertaintySampling}. */
export interface UncertaintySamplingResult {
  /** Chosen rows, most uncertain first (ties: lower index first). */
  readonly indices: Int32Array;
  /** Uncertainty score of every row (higher is more uncertain): 1 − p_max, 1 − (p₁ − p₂), or −Σ p ln p (nats). */
  readonly scores: Float64Array;
}

/**
 * Chooses the `budget` most uncertain items under a probability model.
 *
 * Scores (seed 004, Chapter 9 active learning and Table 9.3; "uncertainty sampling (p near
 * 0.5)"): least confidence `1 − max p`; margin `1 − (p₁ − p₂)`; entropy `−Σ p ln p`. For
 * two classes all three rank items the same way.
 *
 * @throws InvalidParameterError for a non-typed or empty probability array, a length
 *   that is not a multiple of `classes`, probabilities outside [0, 1], a budget out of
 *   range, an unknown measure, bad excluded indices, a missing input or an unknown key.
 * @example
 * ```ts
 * const p = Float64Array.from([0.9, 0.1,  0.55, 0.45,  0.7, 0.3]);
 * uncertaintySampling({ probabilities: p, classes: 2, budget: 2 }).indices // Int32Array [ 1, 2 ]
 * ```
 */
export function uncertaintySampling(input: UncertaintySamplingInput): UncertaintySamplingResult {
  const fn = "uncertaintySampling";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["probabilities", "classes", "budget", "measure", "exclude"]);
  const classes = widthOf(fn, "classes", i.classes);
  if (classes < 2) check.fail("classes", classes, "an integer ≥ 2");
  const rows = rowsOf(fn, "probabilities", i.probabilities, classes);
  const p = i.probabilities;
  for (let k = 0; k < p.length; k++) if (!(p[k] >= 0 && p[k] <= 1)) check.fail(`probabilities[${k}]`, p[k], "a probability in [0, 1]");
  const measure = check.oneOf("measure", i.measure ?? "margin", ["leastConfidence", "margin", "entropy"] as const);
  const excluded = indexListOf(fn, "exclude", i.exclude, rows);
  const budget = budgetOf(fn, i.budget, rows - excluded.length);
  const scores = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let first = -1;
    let second = -1;
    let entropy = 0;
    for (let c = 0; c < classes; c++) {
      const v = p[r * classes + c];
      if (v > first) [first, second] = [v, first];
      else if (v > second) second = v;
      if (v > 0) entropy -= v * Math.log(v);
    }
    scores[r] = measure === "leastConfidence" ? 1 - first : measure === "margin" ? 1 - (first - second) : entropy;
  }
  const skip = new Uint8Array(rows);
  for (const e of excluded) skip[e] = 1;
  const order: number[] = [];
  for (let r = 0; r < rows; r++) if (!skip[r]) order.push(r);
  order.sort((a, b) => scores[b] - scores[a] || a - b);
  return Object.freeze({ indices: Int32Array.from(order.slice(0, budget)), scores });
}
