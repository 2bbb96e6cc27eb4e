/**
 * Return on investment of a data-selection technique (book Chapter 9, Section on ROI):
 * what it saves against what it costs, once or amortized over many training runs.
 */
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link techniqueRoi}. */
export interface TechniqueRoiInput {
  /** Cost without the technique. Number in USD, or a money quantity. ≥ 0. Book: $50,000 (random labelling). */
  readonly baselineCost: Amount<"money">;
  /** Cost with it (including its own running cost). Number in USD, or a money quantity. ≥ 0. Book: $20,500. */
  readonly techniqueCost: Amount<"money">;
  /** One-time implementation cost. Number in USD, or a money quantity. ≥ 0. Default 0. */
  readonly implementationCost?: Amount<"money">;
}

/**
 * ROI = (Baseline − (Technique + Implementation)) / (Technique + Implementation), a fraction.
 *
 * Formula (seed 004 L22639, L23060; example L23125–L23146): active learning at $20,500
 * against $50,000 of random labels: (50,000 − 20,500) / 20,500 = 144 %.
 *
 * @returns the ROI as a fraction (1.44 is 144 %).
 * @throws InvalidParameterError for negative costs, a zero investment, a missing input or an unknown key.
 * @throws DimensionError for a quantity that is not money.
 * @example
 * ```ts
 * techniqueRoi({ baselineCost: 50_000, techniqueCost: 20_500 }) // 1.4390243902439024
 * ```
 */
export function techniqueRoi(input: TechniqueRoiInput): number {
  const fn = "techniqueRoi";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["baselineCost", "techniqueCost", "implementationCost"]);
  const baseline = readAmount(fn, "baselineCost", i.baselineCost, "USD", "nonNegative").to("USD");
  const technique = readAmount(fn, "techniqueCost", i.techniqueCost, "USD", "nonNegative").to("USD");
  const implementation = readAmount(fn, "implementationCost", i.implementationCost ?? 0, "USD", "nonNegative").to("USD");
  const invested = technique + implementation;
  if (invested === 0) check.fail("techniqueCost", technique, "a cost > 0 (with implementationCost), to divide by");
  return (baseline - invested) / invested;
}

/** Input of {@link amortizedRoi}. */
export interface AmortizedRoiInput {
  /** Training runs that reuse the investment, ≥ 0. */
  readonly runs: number;
  /** Saving per run. Number in USD, or a money quantity. ≥ 0. Book: $10,000 (20 % less data). */
  readonly savingsPerRun: Amount<"money">;
  /** One-time investment. Number in USD, or a money quantity. > 0. Book: $50,000 + $5,000. */
  readonly oneTimeInvestment: Amount<"money">;
}

/** Result of {@link amortizedRoi}. */
export interface AmortizedRoiResult {
  /** (runs · savingsPerRun − investment) / investment, a fraction. */
  readonly roi: number;
  /** investment / savingsPerRun, the runs to break even (`null` when nothing is saved per run). */
  readonly breakEvenRuns: number | null;
}

/**
 * Amortized ROI of a one-time investment that saves money on every run.
 *
 * Formula (seed 004 L23154; Tables 9.16–9.17, L23161–L23236): dedup costs $55,000 once and
 * saves $10,000 a run: 1 run −82 %, 5 runs −9 %, 10 runs +82 %, 50 runs +809 %; break-even 5.5 runs.
 *
 * @throws InvalidParameterError for negative runs or savings, a non-positive investment,
 *   a missing input or an unknown key.
 * @throws DimensionError for a quantity that is not money.
 * @example
 * ```ts
 * amortizedRoi({ runs: 10, savingsPerRun: 10_000, oneTimeInvestment: 55_000 }) // { roi: 0.8181818181818182, breakEvenRuns: 5.5 }
 * ```
 */
export function amortizedRoi(input: AmortizedRoiInput): AmortizedRoiResult {
  const fn = "amortizedRoi";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["runs", "savingsPerRun", "oneTimeInvestment"]);
  const runs = check.nonNegative("runs", i.runs);
  const saving = readAmount(fn, "savingsPerRun", i.savingsPerRun, "USD", "nonNegative").to("USD");
  const investment = readAmount(fn, "oneTimeInvestment", i.oneTimeInvestment, "USD", "positive").to("USD");
  return Object.freeze({ roi: (runs * saving - investment) / investment, breakEvenRuns: saving === 0 ? null : investment / saving });
}
