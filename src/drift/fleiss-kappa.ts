import { validatorFor } from "../util/validate";

/** Options of {@link fleissKappa}. */
export interface FleissKappaOptions {
  /**
   * How chance agreement p_e is estimated (statsmodels `method`):
   * "fleiss" (default) from the pooled category shares, p_e = Σ_j p_j²;
   * "randolph" (free-marginal kappa) assumes uniform categories, p_e = 1/k.
   */
  readonly method?: "fleiss" | "randolph";
  /** Value returned when κ is undefined (p_e = 1: every rating in one category). Default: throw. */
  readonly replaceUndefinedBy?: number;
}

/**
 * Fleiss' kappa: chance-corrected agreement among a fixed number of raters per
 * item, the generalisation of Cohen's kappa the book names for consensus labelling
 * with 3–5 labels per example, routing items with κ below 0.4 to expert review
 * (seed L6572–L6574). Equal to
 * `statsmodels.stats.inter_rater.fleiss_kappa(table, method=…)`.
 *
 * Input is the items × categories count table (statsmodels layout; build it from
 * raw labels with `statsmodels.stats.inter_rater.aggregate_raters` in Python):
 * n_ij = number of raters who put item i in category j, with the same number of
 * raters n = Σ_j n_ij on every row.
 *
 * Formula: P_i = (Σ_j n_ij² − n)/(n(n − 1)) (agreement on item i), P̄ = mean of
 * P_i over the N items, p_j = Σ_i n_ij/(N·n), p_e = Σ_j p_j² ("fleiss") or 1/k
 * ("randolph"), κ = (P̄ − p_e)/(1 − p_e).
 *
 * @param counts - N × k table of non-negative integer counts (N ≥ 1 items,
 *   k ≥ 2 categories), every row summing to the same n ≥ 2
 * @param options - `method`, `replaceUndefinedBy`
 * @returns κ, dimensionless, ≤ 1
 * @throws InvalidParameterError for an empty table, ragged rows, fewer than 2
 *   categories, a negative or non-integer count (named by [row][column]), rows
 *   with different totals or fewer than 2 raters, an unknown method, or an
 *   undefined κ without `replaceUndefinedBy`
 * @example
 * ```ts
 * // 3 raters, binary labels, 4 items
 * fleissKappa([[3, 0], [2, 1], [0, 3], [3, 0]]); // 0.6249999999999998
 * ```
 */
export function fleissKappa(counts: readonly (ArrayLike<number>)[], options: FleissKappaOptions = {}): number {
  const fn = "fleissKappa";
  const check = validatorFor(fn);
  const method = check.oneOf("method", options.method ?? "fleiss", ["fleiss", "randolph"] as const);
  const undefinedValue = options.replaceUndefinedBy;
  if (undefinedValue !== undefined) check.finite("replaceUndefinedBy", undefinedValue);
  if (!Array.isArray(counts) || counts.length === 0) check.fail("counts", counts, "a non-empty items × categories table of counts");
  const nItems = counts.length;
  const first = counts[0];
  const k = first && typeof first === "object" ? first.length : 0;
  if (!(k >= 2)) check.fail("counts[0]", first, "a row with one count per category (at least 2 categories)");
  const categoryTotals = new Float64Array(k);
  let raters = -1;
  let agreementSum = 0;
  for (let i = 0; i < nItems; i++) {
    const row = counts[i];
    if (!row || typeof row !== "object" || row.length !== k) check.fail(`counts[${i}]`, row, `a row of ${k} counts (like counts[0])`);
    let rowTotal = 0;
    let squares = 0;
    for (let j = 0; j < k; j++) {
      const c = row[j];
      if (!(typeof c === "number" && Number.isInteger(c) && c >= 0)) check.fail(`counts[${i}][${j}]`, c, "an integer ≥ 0");
      rowTotal += c;
      squares += c * c;
      categoryTotals[j] += c;
    }
    if (raters < 0) {
      if (rowTotal < 2) check.fail("counts[0]", row, "a row whose counts sum to the number of raters, at least 2");
      raters = rowTotal;
    } else if (rowTotal !== raters) {
      check.fail(`counts[${i}]`, row, `a row whose counts sum to ${raters}, the number of raters on counts[0]`);
    }
    agreementSum += (squares - raters) / (raters * (raters - 1));
  }
  const meanAgreement = agreementSum / nItems;
  let chance: number;
  if (method === "randolph") {
    chance = 1 / k;
  } else {
    chance = 0;
    const all = nItems * raters;
    for (let j = 0; j < k; j++) {
      const p = categoryTotals[j] / all;
      chance += p * p;
    }
  }
  if (chance >= 1) {
    if (undefinedValue !== undefined) return undefinedValue;
    return check.fail("counts", counts, "a table with ratings in more than one category (kappa is undefined when chance agreement is 1; pass replaceUndefinedBy)");
  }
  return (meanAgreement - chance) / (1 - chance);
}
