/**
 * Exponential trends (book Chapter 1, historical efficiency trends, seed 004
 * L1489–L1510; Chapter 2, the Memory Wall, Eq. 2.3, L2198–L2200): what a doubling time,
 * a halving time or an annual factor compounds to over a span of years.
 */
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link exponentialGrowth}: the span and exactly one of the three rates. */
export interface ExponentialGrowthInput {
  /** The span: number in years, or a time quantity. ≥ 0. */
  readonly duration: Amount<"time">;
  /** Time for the quantity to double: number in years, or a time quantity (`q(3.4, "month")`). > 0. */
  readonly doublingTime?: Amount<"time">;
  /** Time for the quantity to halve (e.g. compute needed for a fixed accuracy). > 0. */
  readonly halvingTime?: Amount<"time">;
  /** Growth factor per year, > 0 (1.6 for "1.6× per year"). */
  readonly factorPerYear?: number;
}

/** Result of {@link exponentialGrowth}. */
export interface ExponentialGrowthResult {
  /** Multiplier over the span (< 1 for halving): 2^(t/T₂), 2^(−t/T½) or g^t. */
  readonly factor: number;
  /** log₂ of the factor: doublings (negative for halvings). */
  readonly doublings: number;
  /** log₁₀ of the factor: orders of magnitude. */
  readonly ordersOfMagnitude: number;
  /** The equivalent factor per year. */
  readonly factorPerYear: number;
}

/**
 * Compounding: factor = 2^(t/T_double) = 2^(−t/T_halve) = g^t (t in years).
 *
 * Book: training compute doubling every 3.4 months for 6 years grows 10^6.46×, not the
 * "five orders of magnitude" printed; algorithmic efficiency halving every 16 months for
 * 84 months (7 years of 12 months; the library's year is 365 days and its month 30) is a 38× saving, against the printed 44.5× (L1489–L1510).
 *
 * @throws InvalidParameterError for a negative duration, no rate or more than one, or a rate ≤ 0.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * exponentialGrowth({ duration: 6, doublingTime: q(3.4, "month") }).ordersOfMagnitude // 6.463…
 * exponentialGrowth({ duration: q(84, "month"), halvingTime: q(16, "month") }).factor // 0.02628… (a 38× saving)
 * exponentialGrowth({ duration: 1, factorPerYear: 1.6 }).factor                       // 1.6
 * ```
 */
export function exponentialGrowth(input: ExponentialGrowthInput): ExponentialGrowthResult {
  const fn = "exponentialGrowth";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["duration", "doublingTime", "halvingTime", "factorPerYear"]);
  const years = readAmount(fn, "duration", i.duration, "year", "nonNegative").to("year");
  const given = [i.doublingTime, i.halvingTime, i.factorPerYear].filter((x) => x !== undefined).length;
  if (given !== 1) check.fail("doublingTime / halvingTime / factorPerYear", `${given} given`, "exactly one of doublingTime, halvingTime and factorPerYear");
  let log2PerYear: number;
  if (i.doublingTime !== undefined) log2PerYear = 1 / readAmount(fn, "doublingTime", i.doublingTime, "year", "positive").to("year");
  else if (i.halvingTime !== undefined) log2PerYear = -1 / readAmount(fn, "halvingTime", i.halvingTime, "year", "positive").to("year");
  else log2PerYear = Math.log2(check.positive("factorPerYear", i.factorPerYear as number));
  const doublings = log2PerYear * years;
  if (!Number.isFinite(2 ** doublings) || Math.abs(doublings) > 1000) check.fail("duration", years, "a span short enough that the factor stays finite (at most 1,000 doublings)");
  return Object.freeze({ factor: 2 ** doublings, doublings, ordersOfMagnitude: doublings * Math.LOG10E * Math.LN2, factorPerYear: 2 ** log2PerYear });
}
