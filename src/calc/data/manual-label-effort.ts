/**
 * Manual labelling effort (book Chapter 4, the Multilingual Spoken Words Corpus):
 * person-hours and person-years to label a corpus by hand.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link manualLabelEffort}. */
export interface ManualLabelEffortInput {
  /** Items to label, ≥ 0. Book: 23.4 million one-second clips. */
  readonly items: number;
  /** Human time per label. Number in s, or a time quantity. ≥ 0. Book: 10 s. */
  readonly timePerLabel: Amount<"time">;
  /** Labels per item (independent annotators), ≥ 0. Default 1. */
  readonly labelsPerItem?: number;
  /** Working hours in a person-year, > 0. Default 2,000 (the catalogue's convention). */
  readonly hoursPerPersonYear?: number;
  /** Loaded cost of one person-hour. Number in USD/h, or a money-rate quantity. ≥ 0. Optional. */
  readonly hourlyRate?: Amount<"moneyRate">;
}

/** Result of {@link manualLabelEffort}. */
export interface ManualLabelEffortResult {
  /** items · labelsPerItem · timePerLabel. */
  readonly effort: Quantity<"time">;
  /** effort in h / hoursPerPersonYear. */
  readonly personYears: number;
  /** effort × hourlyRate, or `null` without a rate. */
  readonly cost: Quantity<"money"> | null;
}

/**
 * Human effort of labelling a dataset by hand.
 *
 * Formula (seed 004 L6631–L6633): `effort = items · labels · t`; person-years = hours / 2,000.
 * The book: 23.4M examples at 10 s each take 65,000 person-hours, about 32.5 person-years.
 *
 * @throws InvalidParameterError for negative counts or times, non-positive hours per
 *   year, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = manualLabelEffort({ items: 23.4e6, timePerLabel: 10 });
 * r.effort.to("h")   // 65000
 * r.personYears      // 32.5
 * ```
 */
export function manualLabelEffort(input: ManualLabelEffortInput): ManualLabelEffortResult {
  const fn = "manualLabelEffort";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["items", "timePerLabel", "labelsPerItem", "hoursPerPersonYear", "hourlyRate"]);
  const items = check.nonNegative("items", i.items);
  const perLabel = readAmount(fn, "timePerLabel", i.timePerLabel, "s", "nonNegative").to("s");
  const labels = check.nonNegative("labelsPerItem", i.labelsPerItem ?? 1);
  const hoursPerYear = check.positive("hoursPerPersonYear", i.hoursPerPersonYear ?? 2000);
  const rate = i.hourlyRate === undefined ? null : readAmount(fn, "hourlyRate", i.hourlyRate, "USD/h", "nonNegative").to("USD/h");
  const hours = (items * labels * perLabel) / 3600;
  return Object.freeze({
    effort: q(hours, "h"),
    personYears: hours / hoursPerYear,
    cost: rate === null ? null : q(hours * rate, "USD"),
  });
}
