/**
 * When a fixed cost beats a pay-per-use one, and how long an investment takes to pay
 * for itself (book Chapter 2, Eq. 2.7 break-even utilisation, seed 004 L3033; Chapter 14,
 * "the compound cost of manual operations", L34346–L34372).
 */
import { isQuantity, q, type Quantity } from "../../units/quantity";
import { DimensionError } from "../../util/errors";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link breakEvenUtilization}. */
export interface BreakEvenUtilizationInput {
  /** Fixed cost of owning capacity per period (edge: hardware, power, labour): number in USD/year, or a money-rate quantity. ≥ 0. */
  readonly fixedCost: Amount<"moneyRate">;
  /** Pay-per-use cost of one unit of work (cloud: one inference): number in USD, or a money quantity. > 0. */
  readonly costPerUnit: Amount<"money">;
  /** Work the owned capacity can do per period: number per year, or a frequency quantity (`q(1e6, "1/day")`). > 0. */
  readonly capacity: Amount<"frequency">;
}

/** Result of {@link breakEvenUtilization}. */
export interface BreakEvenUtilizationResult {
  /** fixedCost / (costPerUnit × capacity): the utilisation above which owning is cheaper (may exceed 1: never). */
  readonly utilization: number;
  /** fixedCost / costPerUnit: the volume at which both cost the same. */
  readonly breakEvenVolume: Quantity<"frequency">;
  /** costPerUnit × capacity: the pay-per-use bill at full capacity. */
  readonly payPerUseAtCapacity: Quantity<"moneyRate">;
}

/**
 * Break-even utilisation (Eq. 2.7, L3033): BreakEvenUtil = F / (c · K), with F =
 * `fixedCost`, c = `costPerUnit`, K = `capacity`. Below it pay-per-use (cloud) is
 * cheaper, above it owned capacity (edge) is.
 *
 * Book: an edge server at $21,610/year against a cloud bill of $35,136/year for 1M
 * inferences a day breaks even at 61.5 % of that volume (L3033).
 *
 * @throws InvalidParameterError for a negative fixed cost, a cost per unit or capacity ≤ 0.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * const b = breakEvenUtilization({ fixedCost: 21610, costPerUnit: 35136 / 365e6, capacity: q(1e6, "1/day") });
 * b.utilization                    // 0.6150386…
 * b.breakEvenVolume.to("1/day")    // 615038.6…
 * ```
 */
export function breakEvenUtilization(input: BreakEvenUtilizationInput): BreakEvenUtilizationResult {
  const fn = "breakEvenUtilization";
  const i = validatorFor(fn).options("input", input, ["fixedCost", "costPerUnit", "capacity"]);
  const fixed = readAmount(fn, "fixedCost", i.fixedCost, "USD/year", "nonNegative");
  const perUnit = readAmount(fn, "costPerUnit", i.costPerUnit, "USD", "positive");
  const capacity = readAmount(fn, "capacity", i.capacity, "1/year", "positive");
  const payPerUseAtCapacity = perUnit.times(capacity) as Quantity<"moneyRate">;
  return Object.freeze({
    utilization: fixed.ratio(payPerUseAtCapacity),
    breakEvenVolume: fixed.div(perUnit) as Quantity<"frequency">,
    payPerUseAtCapacity,
  });
}

/** Input of {@link paybackPeriod}. */
export interface PaybackPeriodInput {
  /** What is invested once: a money quantity (or a number in USD), or engineering time (`q(80, "h")`). > 0. */
  readonly investment: Amount<"money"> | Quantity<"time">;
  /** What it saves per unit of time, in the investment's dimension per time: `q(500, "USD/month")`, `q(4, "h/week")`. > 0. */
  readonly savingsRate: Quantity<string> | number;
}

/**
 * Payback period: investment ÷ savings rate, the time after which an up-front cost is
 * recovered. Works for money (USD ÷ USD/month) and for effort (engineer-hours ÷
 * hours saved per week).
 *
 * Book (Chapter 14): an 80 engineer-hour pipeline that saves 4 hours of manual
 * retraining a week pays back in 20 weeks (L34346–L34372).
 *
 * @throws InvalidParameterError for an investment or savings rate ≤ 0 or non-finite.
 * @throws DimensionError when the ratio is not a time (the savings rate is not the investment per time).
 * @example
 * ```ts
 * paybackPeriod({ investment: q(80, "h"), savingsRate: q(4, "h/week") }).to("week") // 20
 * paybackPeriod({ investment: 15000, savingsRate: q(500, "USD/month") }).format()   // "2.47 years"
 * ```
 */
export function paybackPeriod(input: PaybackPeriodInput): Quantity<"time"> {
  const fn = "paybackPeriod";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["investment", "savingsRate"]);
  const investment = readAmount(fn, "investment", i.investment, isQuantity(i.investment) ? (i.investment.unitHint ?? "USD") : "USD", "positive");
  const rateUnit = `${investment.unitHint ?? "USD"}/year`;
  if (!isQuantity(i.savingsRate)) check.positive("savingsRate", i.savingsRate as number);
  const rate = isQuantity(i.savingsRate) ? i.savingsRate : q(i.savingsRate as number, rateUnit);
  if (!(rate.baseValue > 0 && Number.isFinite(rate.baseValue))) check.fail("savingsRate", rate.format(), "a quantity > 0");
  const time = investment.div(rate);
  if (time.dimensionName !== "time") {
    throw new DimensionError(fn, `investment ${investment.format()}`, `savingsRate ${rate.format()}`, "divide", `${fn}: savingsRate must be the investment's unit per time (e.g. ${rateUnit}); got ${rate.format()}`);
  }
  return time as Quantity<"time">;
}
