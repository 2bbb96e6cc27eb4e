import { validatorFor } from "../util/validate";
import { Category } from "./categories";

/** Disagreement weights of {@link cohenKappa}: none (nominal labels), |i − j| or (i − j)². */
export type KappaWeights = "linear" | "quadratic";

/** Options of {@link cohenKappa}. */
export interface CohenKappaOptions {
  /**
   * Weighted kappa for ordinal labels (sklearn `weights`). Omit for plain
   * (unweighted) kappa, where every disagreement costs 1.
   */
  readonly weights?: KappaWeights;
  /**
   * The label order (sklearn `labels`), which matters only for weighted kappa: the
   * distance between labels i and j is their distance in this list. Default: the
   * labels seen in either rater, sorted (numbers ascending, then strings in UTF-16
   * code-unit order, then false < true), like `numpy.unique`. Items whose label is
   * not listed are ignored, as in sklearn.
   */
  readonly labels?: readonly Category[];
  /**
   * Value returned when kappa is undefined because chance agreement is 1 (both
   * raters used one and the same label for every item). Default: throw.
   * sklearn ≥ 1.6 calls this `replace_undefined_by` (and returns NaN by default).
   */
  readonly replaceUndefinedBy?: number;
}

const KIND_ORDER: Record<string, number> = { number: 0, string: 1, boolean: 2 };

function compareLabels(a: Category, b: Category): number {
  const ka = KIND_ORDER[typeof a];
  const kb = KIND_ORDER[typeof b];
  if (ka !== kb) return ka - kb;
  if (a === b) return 0;
  return (a as number | string) < (b as number | string) ? -1 : 1;
}

function asLabels(fn: string, parameter: string, input: ArrayLike<Category> | Iterable<Category>): ArrayLike<Category> {
  const check = validatorFor(fn);
  if (input === null || typeof input !== "object") check.fail(parameter, input, "an array or iterable of labels");
  const arr: ArrayLike<Category> =
    Array.isArray(input) || ArrayBuffer.isView(input) ? (input as ArrayLike<Category>) : Array.from(input as Iterable<Category>);
  for (let i = 0; i < arr.length; i++) {
    const c = arr[i];
    const ok = typeof c === "string" || typeof c === "boolean" || (typeof c === "number" && !Number.isNaN(c));
    if (!ok) check.fail(`${parameter}[${i}]`, c, "a string, number (not NaN) or boolean label");
  }
  return arr;
}

/**
 * Cohen's kappa: agreement between two raters (annotators, or a model and a
 * reference labeller) on the same items, corrected for the agreement expected by
 * chance. Equal to `sklearn.metrics.cohen_kappa_score(a, b, weights=…, labels=…)`.
 * The book uses it to monitor label quality drift: a baseline κ = 0.85 falling to
 * 0.72 after six months of new annotators (seed L6133), and κ < 0.4 as the signal
 * of unreliable labels that should go to expert review (seed L6127 footnote, L6572).
 *
 * Formula (Eq 4.2, seed L6129): κ = (p_o − p_e)/(1 − p_e), where p_o is the share
 * of items the raters agree on and p_e = Σ_c p_a(c)·p_b(c) is the agreement two
 * independent raters with the same label frequencies would reach. The weighted
 * form computed here, κ = 1 − Σ w_ij·O_ij / Σ w_ij·E_ij, reduces to Eq 4.2 for
 * w_ij = [i ≠ j]; O is the k×k confusion matrix of (a, b) label pairs and
 * E_ij = (row total i)(column total j)/N; w_ij = |i − j| ("linear") or
 * (i − j)² ("quadratic") over the label order.
 *
 * Bands (Landis & Koch): < 0 poor, 0–0.2 slight, 0.2–0.4 fair, 0.4–0.6 moderate,
 * 0.6–0.8 substantial, > 0.8 almost perfect. The book names 0.85 "substantial" and
 * 0.72 "moderate", one band lower than Landis & Koch.
 *
 * @param a - labels of rater A, one per item (strings, finite numbers or booleans)
 * @param b - labels of rater B for the same items, same length
 * @param options - `weights`, `labels`, `replaceUndefinedBy`
 * @returns κ, dimensionless, in [−1, 1] (1 = perfect agreement, 0 = chance level)
 * @throws InvalidParameterError for empty or unequal-length inputs, a NaN/null
 *   label (named with its index), an unknown `weights`, a `labels` list that is
 *   empty, repeats a label or matches no item, or when κ is undefined (p_e = 1) and
 *   no `replaceUndefinedBy` is given
 * @example
 * ```ts
 * cohenKappa(["negative", "positive", "negative", "neutral", "positive"],
 *            ["negative", "positive", "negative", "neutral", "negative"]);
 * // 0.6875
 * cohenKappa([0, 1, 2, 2], [0, 2, 2, 1], { weights: "quadratic" }); // 0.6363636363636364
 * ```
 */
export function cohenKappa(
  a: ArrayLike<Category> | Iterable<Category>,
  b: ArrayLike<Category> | Iterable<Category>,
  options: CohenKappaOptions = {},
): number {
  const fn = "cohenKappa";
  const check = validatorFor(fn);
  const weights = options.weights;
  if (weights !== undefined) check.oneOf("weights", weights, ["linear", "quadratic"] as const);
  const undefinedValue = options.replaceUndefinedBy;
  if (undefinedValue !== undefined) check.finite("replaceUndefinedBy", undefinedValue);
  const la = asLabels(fn, "a", a);
  const lb = asLabels(fn, "b", b);
  if (la.length === 0) check.fail("a", a, "a non-empty array of labels");
  if (lb.length !== la.length) check.fail("b", b, `an array of labels of the same length as a (${la.length})`);

  let labels: Category[];
  if (options.labels !== undefined) {
    labels = Array.from(asLabels(fn, "labels", options.labels));
    if (labels.length === 0) check.fail("labels", options.labels, "a non-empty list of labels");
    if (new Set(labels).size !== labels.length) check.fail("labels", options.labels, "a list of distinct labels");
  } else {
    const seen = new Set<Category>();
    for (let i = 0; i < la.length; i++) seen.add(la[i]);
    for (let i = 0; i < lb.length; i++) seen.add(lb[i]);
    labels = Array.from(seen).sort(compareLabels);
  }
  const k = labels.length;
  const index = new Map<Category, number>();
  labels.forEach((label, i) => index.set(label, i));

  const confusion = new Float64Array(k * k);
  const rowTotals = new Float64Array(k);
  const colTotals = new Float64Array(k);
  let total = 0;
  for (let t = 0; t < la.length; t++) {
    const i = index.get(la[t]);
    const j = index.get(lb[t]);
    if (i === undefined || j === undefined) continue;
    confusion[i * k + j] += 1;
    rowTotals[i] += 1;
    colTotals[j] += 1;
    total += 1;
  }
  if (total === 0) check.fail("labels", options.labels, "a list that contains the labels of at least one item in both a and b");

  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (i === j) continue;
      const d = Math.abs(i - j);
      const w = weights === undefined ? 1 : weights === "linear" ? d : d * d;
      observed += w * confusion[i * k + j];
      expected += (w * rowTotals[i] * colTotals[j]) / total;
    }
  }
  if (expected === 0) {
    if (undefinedValue !== undefined) return undefinedValue;
    return check.fail(
      "b",
      b,
      "labels that are not all one and the same label shared with a (kappa is undefined when chance agreement is 1; pass replaceUndefinedBy)",
    );
  }
  return 1 - observed / expected;
}
