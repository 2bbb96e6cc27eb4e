import { validatorFor } from "../util/validate";
import type { Category } from "./categories";
import { binomialHalfCdf } from "./special/binomial-half";
import { chi2Sf } from "./special/chi2";

/** A 2×2 table of paired outcomes [[both correct, A only], [B only, both wrong]] (counts). */
export type McNemarTable = readonly [readonly [number, number], readonly [number, number]];

/** Per-item correctness of two models scored on the same items (true/1 = correct). */
export interface McNemarCorrectness {
  readonly correctA: ArrayLike<boolean | number>;
  readonly correctB: ArrayLike<boolean | number>;
}

/** Predictions of two models and the true labels for the same items. */
export interface McNemarPredictions {
  readonly predictionsA: ArrayLike<Category>;
  readonly predictionsB: ArrayLike<Category>;
  readonly labels: ArrayLike<Category>;
}

/** Options of {@link mcnemarTest}. */
export interface McNemarTestOptions {
  /** Exact binomial test on the discordant pairs (default true, as statsmodels). */
  readonly exact?: boolean;
  /** Continuity correction |b − c| − 1 for the chi-square version (default true). Ignored when exact. */
  readonly correction?: boolean;
}

/** Result of {@link mcnemarTest} (statsmodels' Bunch(statistic, pvalue) plus named extras). */
export interface McNemarTestResult {
  /** Exact: min(b, c). Chi-square: (|b − c| − corr)²/(b + c). */
  readonly statistic: number;
  /** Two-sided p-value in [0, 1]. */
  readonly pvalue: number;
  /** The 2×2 table used, rows = A correct/wrong, columns = B correct/wrong. */
  readonly table: McNemarTable;
  /** b = items only A got right (table[0][1]). */
  readonly onlyA: number;
  /** c = items only B got right (table[1][0]). */
  readonly onlyB: number;
  readonly exact: boolean;
}

function isTable(x: unknown): x is McNemarTable {
  return Array.isArray(x);
}

function tableFrom(fn: string, input: McNemarTable | McNemarCorrectness | McNemarPredictions): [[number, number], [number, number]] {
  const check = validatorFor(fn);
  if (isTable(input)) {
    if (input.length !== 2 || !Array.isArray(input[0]) || !Array.isArray(input[1]) || input[0].length !== 2 || input[1].length !== 2) {
      check.fail("table", input, "a 2×2 array of counts [[both correct, A only], [B only, both wrong]]");
    }
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) check.integer(`table[${i}][${j}]`, input[i][j], 0);
    return [
      [input[0][0], input[0][1]],
      [input[1][0], input[1][1]],
    ];
  }
  if (input === null || typeof input !== "object") {
    return check.fail("input", input, "a 2×2 table, { correctA, correctB } or { predictionsA, predictionsB, labels }");
  }
  const t: [[number, number], [number, number]] = [
    [0, 0],
    [0, 0],
  ];
  if ("correctA" in input) {
    const { correctA, correctB } = input;
    if (!correctA || typeof correctA.length !== "number" || correctA.length === 0) check.fail("correctA", correctA, "a non-empty array of booleans or 0/1");
    if (!correctB || correctB.length !== correctA.length) check.fail("correctB", correctB, `an array of booleans or 0/1 of the same length as correctA (${correctA.length})`);
    const bit = (name: string, arr: ArrayLike<boolean | number>, i: number): 0 | 1 => {
      const v = arr[i];
      if (v === true || v === 1) return 1;
      if (v === false || v === 0) return 0;
      return check.fail(`${name}[${i}]`, v, "a boolean or 0/1");
    };
    for (let i = 0; i < correctA.length; i++) t[1 - bit("correctA", correctA, i)][1 - bit("correctB", correctB, i)] += 1;
    return t;
  }
  if ("predictionsA" in input) {
    const { predictionsA, predictionsB, labels } = input;
    if (!predictionsA || typeof predictionsA.length !== "number" || predictionsA.length === 0) {
      check.fail("predictionsA", predictionsA, "a non-empty array of predicted labels");
    }
    const n = predictionsA.length;
    if (!predictionsB || predictionsB.length !== n) check.fail("predictionsB", predictionsB, `an array of predicted labels of length ${n}`);
    if (!labels || labels.length !== n) check.fail("labels", labels, `an array of true labels of length ${n}`);
    for (let i = 0; i < n; i++) {
      const y = labels[i];
      if (y === null || y === undefined || (typeof y === "number" && Number.isNaN(y))) check.fail(`labels[${i}]`, y, "a string, number (not NaN) or boolean label");
      t[predictionsA[i] === y ? 0 : 1][predictionsB[i] === y ? 0 : 1] += 1;
    }
    return t;
  }
  return check.fail("input", input, "a 2×2 table, { correctA, correctB } or { predictionsA, predictionsB, labels }");
}

/**
 * McNemar's test: did two models (or a model before and after compression) make
 * different numbers of errors on the same test items? Only the discordant items
 * count: b = items only A got right, c = items only B got right; under H₀ each
 * discordant item is equally likely to go either way. Equal to
 * `statsmodels.stats.contingency_tables.mcnemar(table, exact, correction)`; the
 * exact p-value equals `scipy.stats.binomtest(b, b + c, 0.5)` except when b = c.
 * This is the right test for the book's W12.3 question (95 % vs 94 % on the same
 * 1,000 images, seed L27523–L27543), which the book answers with a binomial
 * interval instead; paired items need far fewer samples than two independent sets.
 *
 * Formulas: exact: statistic = min(b, c), p = min(1, 2·P(X ≤ min(b, c))),
 * X ~ Binomial(b + c, ½). Chi-square: statistic = (|b − c| − k)²/(b + c) with
 * k = 1 (correction) or 0, p = P(χ²₁ ≥ statistic).
 * Edge case (never NaN): b + c = 0 (no discordant pairs) gives statistic 0,
 * p = 1 (statsmodels returns NaN for the chi-square version).
 *
 * @param input - a 2×2 table [[both correct, only A correct], [only B correct, both wrong]]
 *   of counts; or `{ correctA, correctB }` (booleans or 0/1 per item); or
 *   `{ predictionsA, predictionsB, labels }`
 * @param options - `exact` (default true), `correction` (default true)
 * @returns frozen {@link McNemarTestResult}
 * @throws InvalidParameterError for a malformed table or count, arrays of
 *   different lengths, or a non-boolean correctness value (named with its index)
 * @example
 * ```ts
 * mcnemarTest([[59, 6], [16, 80]]);
 * // { statistic: 6, pvalue: 0.052478790283203236, table: [[59, 6], [16, 80]],
 * //   onlyA: 6, onlyB: 16, exact: true }
 * mcnemarTest([[59, 6], [16, 80]], { exact: false }).pvalue; // 0.055008833629265716
 * ```
 */
export function mcnemarTest(
  input: McNemarTable | McNemarCorrectness | McNemarPredictions,
  options: McNemarTestOptions = {},
): McNemarTestResult {
  const fn = "mcnemarTest";
  const check = validatorFor(fn);
  const exact = options.exact ?? true;
  if (typeof exact !== "boolean") check.fail("exact", exact, "true or false");
  const correction = options.correction ?? true;
  if (typeof correction !== "boolean") check.fail("correction", correction, "true or false");
  const table = tableFrom(fn, input);
  const b = table[0][1];
  const c = table[1][0];
  const n = b + c;
  let statistic: number;
  let pvalue: number;
  if (n === 0) {
    statistic = 0;
    pvalue = 1;
  } else if (exact) {
    statistic = Math.min(b, c);
    pvalue = Math.min(1, 2 * binomialHalfCdf(statistic, n));
  } else {
    const d = Math.abs(b - c) - (correction ? 1 : 0);
    statistic = (d * d) / n;
    pvalue = statistic === 0 ? 1 : chi2Sf(statistic, 1);
  }
  const frozen = Object.freeze([Object.freeze(table[0]), Object.freeze(table[1])]) as unknown as McNemarTable;
  return Object.freeze({ statistic, pvalue, table: frozen, onlyA: b, onlyB: c, exact });
}
