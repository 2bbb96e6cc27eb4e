/**
 * Data debt compounds (book Chapter 4, Eq. 4.8): undocumented schemas, unmeasured
 * label errors and stale baselines grow by a rate per period, like interest.
 */
import { validatorFor } from "../../util/validate";

/** Most periods {@link dataDebtGrowth} accepts. */
export const MAX_DEBT_PERIODS = 10_000;

/** Input of {@link dataDebtGrowth}. */
export interface DataDebtGrowthInput {
  /** Debt₀, the debt today in any unit (hours of remediation, open issues), ≥ 0. */
  readonly initialDebt: number;
  /** r, growth per period, ≥ 0. The book: typically 0.1–0.3 for undocumented systems. */
  readonly ratePerPeriod: number;
  /** n, periods left unaddressed, an integer in [0, {@link MAX_DEBT_PERIODS}]. */
  readonly periods: number;
}

/** Result of {@link dataDebtGrowth}. */
export interface DataDebtGrowthResult {
  /** Debt_n = Debt₀ · (1 + r)^n. */
  readonly debt: number;
  /** (1 + r)^n. */
  readonly multiplier: number;
  /** Debt after each period 0…n, `periods + 1` values. */
  readonly trajectory: readonly number[];
  /** Periods for the debt to double, ln 2 / ln(1 + r); `null` when r = 0. */
  readonly doublingPeriods: number | null;
}

/**
 * Compound growth of data debt.
 *
 * Formula (Eq. 4.8, seed 004 L7334–L7338): `Debt_n ≈ Debt₀ × (1 + r)^n`, r typically
 * 10–30 % per period; at 20 % a quarter, debt doubles in under four quarters.
 *
 * @throws InvalidParameterError for a negative debt or rate, periods that are not an
 *   integer in [0, {@link MAX_DEBT_PERIODS}], a result beyond 1e300, a missing input or an unknown key.
 * @example
 * ```ts
 * const r = dataDebtGrowth({ initialDebt: 100, ratePerPeriod: 0.2, periods: 4 });
 * r.debt              // 207.35999999999999 (100 × 1.2⁴)
 * r.doublingPeriods   // 3.8017840169239303
 * ```
 */
export function dataDebtGrowth(input: DataDebtGrowthInput): DataDebtGrowthResult {
  const check = validatorFor("dataDebtGrowth");
  const i = check.options("input", input, ["initialDebt", "ratePerPeriod", "periods"]);
  const debt0 = check.nonNegative("initialDebt", i.initialDebt);
  const rate = check.nonNegative("ratePerPeriod", i.ratePerPeriod);
  const periods = check.integer("periods", i.periods, 0);
  if (periods > MAX_DEBT_PERIODS) check.fail("periods", periods, `an integer in [0, ${MAX_DEBT_PERIODS}]`);
  const multiplier = (1 + rate) ** periods;
  if (!(debt0 * multiplier <= 1e300) || !(multiplier <= 1e300)) check.fail("periods", periods, "few enough periods that the debt stays below 1e300");
  const trajectory = Object.freeze(Array.from({ length: periods + 1 }, (_, n) => debt0 * (1 + rate) ** n));
  return Object.freeze({
    debt: debt0 * multiplier,
    multiplier,
    trajectory,
    doublingPeriods: rate === 0 ? null : Math.LN2 / Math.log1p(rate),
  });
}
