/**
 * A labelling budget (book Chapter 4, the KWS design-space scenario): the share of a
 * project budget that goes to labels, and how many labels it buys once every label
 * also pays for its review.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Most budget shares {@link labelingBudget} accepts. */
export const MAX_BUDGET_SHARES = 100;

/** Input of {@link labelingBudget}. */
export interface LabelingBudgetInput {
  /** The whole budget. Number in USD, or a money quantity. ≥ 0. Book: $150,000. */
  readonly budget: Amount<"money">;
  /** Shares of the budget by item, fractions summing to at most 1, with a `labeling` share. Book: labeling 0.6, storage 0.25, governance 0.15. */
  readonly shares: Readonly<Record<string, number>>;
  /** Price of one label. Number in USD, or a money quantity. > 0. Book: $0.10. */
  readonly pricePerLabel: Amount<"money">;
  /** Review cost as a fraction of the label price, ≥ 0. Default 0. Book: 0.2 (20 %). */
  readonly reviewOverhead?: number;
}

/** Result of {@link labelingBudget}. */
export interface LabelingBudgetResult {
  /** budget × share, by item. */
  readonly amounts: Readonly<Record<string, Quantity<"money">>>;
  /** pricePerLabel × (1 + reviewOverhead). */
  readonly costPerLabel: Quantity<"money">;
  /** ⌊amounts.labeling / costPerLabel⌋. */
  readonly labels: number;
}

/**
 * Splits a budget and counts the labels its labelling share buys.
 *
 * Formula (seed 004 L5587–L5717, L5627): `labels = budget · share / (price · (1 + overhead))`.
 * The book: 60 % of $150K is $90K; at $0.10 a label plus 20 % review, 750K labels.
 *
 * @throws InvalidParameterError for a negative budget or overhead, a non-positive label
 *   price, shares that are not fractions, sum above 1 or lack `labeling`, more than
 *   {@link MAX_BUDGET_SHARES} shares, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = labelingBudget({ budget: 150_000, shares: { labeling: 0.6, storage: 0.25, governance: 0.15 }, pricePerLabel: 0.1, reviewOverhead: 0.2 });
 * r.amounts.labeling.format()   // "$90,000"
 * r.labels                      // 750000
 * ```
 */
export function labelingBudget(input: LabelingBudgetInput): LabelingBudgetResult {
  const fn = "labelingBudget";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["budget", "shares", "pricePerLabel", "reviewOverhead"]);
  const budget = readAmount(fn, "budget", i.budget, "USD", "nonNegative").to("USD");
  const shares = check.options("shares", i.shares, Object.keys(i.shares ?? {}));
  const names = Object.keys(shares);
  if (names.length > MAX_BUDGET_SHARES) check.fail("shares", `an object with ${names.length} keys`, `at most ${MAX_BUDGET_SHARES} shares`);
  if (!names.includes("labeling")) check.fail("shares", shares, "an object with a \"labeling\" share");
  const sum = names.reduce((total, name) => total + check.probability(`shares.${name}`, shares[name]), 0);
  if (sum > 1 + 1e-9) check.fail("shares", shares, `fractions summing to at most 1 (they sum to ${sum})`);
  const price = readAmount(fn, "pricePerLabel", i.pricePerLabel, "USD", "positive").to("USD");
  const overhead = check.nonNegative("reviewOverhead", i.reviewOverhead ?? 0);
  const amounts = Object.freeze(Object.fromEntries(names.map((name) => [name, q(budget * shares[name], "USD")])));
  const costPerLabel = price * (1 + overhead);
  return Object.freeze({
    amounts,
    costPerLabel: q(costPerLabel, "USD"),
    labels: Math.floor(Number(((budget * shares.labeling) / costPerLabel).toPrecision(12))),
  });
}
