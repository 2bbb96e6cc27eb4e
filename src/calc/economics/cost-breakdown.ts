/**
 * A total cost of ownership as a sum of line items (book Chapter 2, cloud vs edge TCO,
 * seed 004 L2938–L3037 and the TCO pitfall, L4008; Chapter 15, TCO of a recommender,
 * L39228–L39496): the total, each item's share, and the item that dominates.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { entryNames } from "../common/named-entries";
import { readAmount } from "../common/quantity-input";

/** Most line items of a breakdown. */
const MAX_ITEMS = 1000;

/** Input of {@link costBreakdown}. */
export interface CostBreakdownInput {
  /** Cost of each line item: a number in `unit`, or a quantity of the same dimension. ≥ 0. One to 1,000 items. */
  readonly items: Readonly<Record<string, number | Quantity<string>>>;
  /** Unit of plain numbers and of the total, e.g. `"USD"` (default) or `"USD/year"`. */
  readonly unit?: string;
}

/** Result of {@link costBreakdown}. */
export interface CostBreakdown {
  /** The sum of the items. */
  readonly total: Quantity<string>;
  /** Each item as a quantity in the breakdown's dimension. */
  readonly items: Readonly<Record<string, Quantity<string>>>;
  /** Each item's share of the total, in [0, 1] (0 for every item when the total is 0). */
  readonly shares: Readonly<Record<string, number>>;
  /** The largest item (the first on a tie). */
  readonly largest: string;
}

/**
 * Sums line items and gives each one's share of the total. Items may be one-off costs
 * (USD) or rates (USD/year, USD/month): every item must have the dimension of `unit`.
 *
 * Book: an edge server's year, $5,000 hardware + $315.36 power + $94.61 cooling + $1,200
 * network + $15,000 DevOps = $21,610, of which labour is 69 % (L2996–L3033).
 *
 * @throws InvalidParameterError for no items or more than 1,000, a negative or
 *   non-finite amount, an unknown unit.
 * @throws DimensionError for an item whose dimension differs from `unit`'s.
 * @example
 * ```ts
 * const edge = costBreakdown({ unit: "USD/year", items: { hardware: 5000, power: 315.36, cooling: 94.61, network: 1200, devops: 15000 } });
 * edge.total.format()    // "$21,610/year"
 * edge.largest           // "devops"
 * edge.shares.devops     // 0.6941…
 * ```
 */
export function costBreakdown(input: CostBreakdownInput): CostBreakdown {
  const fn = "costBreakdown";
  const check = validatorFor(fn);
  const { items, unit = "USD" } = check.options("input", input, ["items", "unit"]);
  const names = entryNames(fn, "items", items, 1, MAX_ITEMS, "costs");
  if (typeof unit !== "string") check.fail("unit", unit, "a unit such as \"USD\" or \"USD/year\"");
  const amounts: Record<string, Quantity<string>> = {};
  for (const name of names) amounts[name] = readAmount(fn, `items.${name}`, items[name], unit, "nonNegative");
  const total = names.slice(1).reduce((sum, name) => sum.plus(amounts[name]), amounts[names[0]]);
  const shares: Record<string, number> = {};
  let largest = names[0];
  for (const name of names) {
    shares[name] = total.baseValue === 0 ? 0 : amounts[name].ratio(total);
    if (amounts[name].baseValue > amounts[largest].baseValue) largest = name;
  }
  return Object.freeze({ total, items: Object.freeze(amounts), shares: Object.freeze(shares), largest });
}
