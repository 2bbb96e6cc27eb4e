/**
 * Return on an annual investment (book Chapter 14, Eq. 14.15 monitoring ROI, seed 004
 * L36555, and Eq. 14.16 annual MLOps ROI, L37457): the benefits a year brings divided
 * by what the year costs.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { entryNames } from "../common/named-entries";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link annualRoi}. */
export interface AnnualRoiInput {
  /** Each benefit per year (incidents avoided × their cost, hours saved × rate): numbers in USD/year, or money-rate quantities. ≥ 0. */
  readonly benefits: Readonly<Record<string, Amount<"moneyRate">>>;
  /** What the investment costs per year: number in USD/year, or a money-rate quantity. > 0. */
  readonly annualCost: Amount<"moneyRate">;
}

/** Result of {@link annualRoi}. */
export interface AnnualRoiResult {
  /** Sum of the benefits. */
  readonly totalBenefit: Quantity<"moneyRate">;
  /** totalBenefit / annualCost (the book's "ROI = 5×"). */
  readonly ratio: number;
  /** totalBenefit − annualCost. */
  readonly netBenefit: Quantity<"moneyRate">;
}

/**
 * Annual ROI as the book writes it: ROI = Σ benefits / annual cost (Eq. 14.15 with one
 * benefit, incidents prevented × average incident cost; Eq. 14.16 with two, incidents
 * avoided × cost plus time saved × hourly cost). A ratio above 1 pays for itself.
 *
 * @throws InvalidParameterError for no benefits (or more than 100), a negative benefit, a cost ≤ 0.
 * @throws DimensionError for quantities that are not money per time.
 * @example
 * ```ts
 * // Eq. 14.16: 4 incidents × $25K + 20 h/month × $150/h × 12, against $30K/year
 * annualRoi({ benefits: { incidents: 100000, time: 36000 }, annualCost: 30000 }).ratio // 4.533333333333333
 * ```
 */
export function annualRoi(input: AnnualRoiInput): AnnualRoiResult {
  const fn = "annualRoi";
  const check = validatorFor(fn);
  const { benefits, annualCost } = check.options("input", input, ["benefits", "annualCost"]);
  const names = entryNames(fn, "benefits", benefits, 1, 100, "annual benefits");
  const amounts = names.map((name) => readAmount(fn, `benefits.${name}`, benefits[name], "USD/year", "nonNegative"));
  const cost = readAmount(fn, "annualCost", annualCost, "USD/year", "positive");
  const totalBenefit = amounts.slice(1).reduce((s, a) => s.plus(a), amounts[0]);
  return Object.freeze({ totalBenefit, ratio: totalBenefit.ratio(cost), netBenefit: totalBenefit.minus(cost) });
}
