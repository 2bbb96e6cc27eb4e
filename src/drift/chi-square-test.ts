import { validatorFor } from "../util/validate";
import { Category, countCategories } from "./categories";
import { chi2Sf } from "./special/chi2";

/** Options of {@link chiSquareTest}. */
export interface ChiSquareTestOptions {
  /**
   * Categories seen in `current` but never in `reference` have expected count 0.
   * "infinite" (default, SciPy's result): statistic = Infinity, pvalue = 0, and the
   * categories are listed in `unseenCategories`. "error": throw instead.
   */
  readonly unseen?: "infinite" | "error";
}

/** Result of {@link chiSquareTest} (scipy's Power_divergenceResult plus named extras). */
export interface ChiSquareTestResult {
  /** Pearson's X² = Σ (Oᵢ − Eᵢ)²/Eᵢ (dimensionless, ≥ 0, may be Infinity; see `unseen`). */
  readonly statistic: number;
  /** P(χ²_df ≥ X²), in [0, 1]. */
  readonly pvalue: number;
  /** Degrees of freedom k − 1 for k categories. */
  readonly df: number;
  /** The union of categories, in first-appearance order (reference first). */
  readonly categories: readonly Category[];
  /** Oᵢ: counts in `current`. */
  readonly observed: readonly number[];
  /** Eᵢ = (reference share of category i) × n_current. */
  readonly expected: readonly number[];
  /** Categories present in `current` only (expected 0). */
  readonly unseenCategories: readonly Category[];
}

/**
 * Pearson chi-square test of whether the category mix of `current` (serving)
 * matches that of `reference` (training), equal to
 * `scipy.stats.chisquare(f_obs = current counts, f_exp = reference proportions × n_current)`
 * over the union of both samples' categories, which is what Evidently and
 * alibi-detect run for categorical drift. The book names chi-squared for
 * categorical drift (seed L5982) without formula or threshold; p < 0.05 is the
 * usual alarm.
 *
 * Formula: X² = Σᵢ (Oᵢ − Eᵢ)²/Eᵢ, Eᵢ = n_cur·rᵢ/n_ref; p = {@link chi2Sf}(X², k − 1).
 * Edge cases (never NaN): a single category overall gives X² = 0, df = 0,
 * p = 1 (SciPy returns NaN there); unseen categories, see `options.unseen`.
 * Expected counts below 5 make the χ² approximation rough (not flagged).
 *
 * @param reference - category labels of the reference sample (strings, numbers, booleans)
 * @param current - category labels of the current sample
 * @param options - `unseen` policy
 * @returns frozen {@link ChiSquareTestResult}
 * @throws InvalidParameterError for an empty sample, a null/undefined/NaN label
 *   (named with its index), an unknown option, or an unseen category under
 *   `unseen: "error"`
 * @example
 * ```ts
 * chiSquareTest(["a", "a", "b", "b"], ["a", "b", "b", "b"]);
 * // { statistic: 1, pvalue: 0.31731050786291315, df: 1, categories: ["a", "b"],
 * //   observed: [1, 3], expected: [2, 2], unseenCategories: [] }
 * ```
 */
export function chiSquareTest(
  reference: ArrayLike<Category> | Iterable<Category>,
  current: ArrayLike<Category> | Iterable<Category>,
  options: ChiSquareTestOptions = {},
): ChiSquareTestResult {
  const fn = "chiSquareTest";
  const check = validatorFor(fn);
  const unseenPolicy = check.oneOf("unseen", options.unseen ?? "infinite", ["infinite", "error"] as const);
  const counts = new Map<Category, [number, number]>();
  const nRef = countCategories(fn, "reference", reference, counts, 0);
  const nCur = countCategories(fn, "current", current, counts, 1);
  const categories: Category[] = [];
  const observed: number[] = [];
  const expected: number[] = [];
  const unseen: Category[] = [];
  let statistic = 0;
  for (const [cat, [r, c]] of counts) {
    const e = (r / nRef) * nCur;
    categories.push(cat);
    observed.push(c);
    expected.push(e);
    if (e === 0) {
      unseen.push(cat);
      continue;
    }
    statistic += ((c - e) * (c - e)) / e;
  }
  if (unseen.length > 0) {
    if (unseenPolicy === "error") {
      check.fail("current", unseen[0], "a category that also occurs in reference (or pass { unseen: \"infinite\" })");
    }
    statistic = Infinity;
  }
  const df = categories.length - 1;
  const pvalue = statistic === Infinity ? 0 : df === 0 ? 1 : chi2Sf(statistic, df);
  return Object.freeze({
    statistic,
    pvalue,
    df,
    categories: Object.freeze(categories),
    observed: Object.freeze(observed),
    expected: Object.freeze(expected),
    unseenCategories: Object.freeze(unseen),
  });
}
