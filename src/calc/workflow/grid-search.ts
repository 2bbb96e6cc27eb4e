/**
 * Grid-search size (book Chapter 3, Model Development): every combination of
 * hyperparameter values is a full training run, so the count multiplies.
 */
import type { Quantity } from "../../units/quantity";
import { q } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Most hyperparameters {@link gridSearchRuns} accepts in a list. */
export const MAX_GRID_DIMENSIONS = 10_000;

/** Input of {@link gridSearchRuns}. */
export interface GridSearchInput {
  /**
   * Values tried per hyperparameter: one count for every hyperparameter (with
   * `hyperparameters`), or one count per hyperparameter (at most
   * {@link MAX_GRID_DIMENSIONS}). Integers ≥ 1.
   */
  readonly values: number | readonly number[];
  /** Number of hyperparameters, an integer ≥ 0; required when `values` is one count, not allowed with a list. */
  readonly hyperparameters?: number;
  /** Time of one training run. Number in h, or a time quantity. ≥ 0. Optional. */
  readonly runTime?: Amount<"time">;
}

/** Result of {@link gridSearchRuns}. */
export interface GridSearchResult {
  /** The product of the value counts. */
  readonly runs: number;
  /** runs × runTime, when `runTime` is given. */
  readonly totalTime: Quantity<"time"> | null;
}

/**
 * Training runs of an exhaustive grid search: `values^hyperparameters`, or the product
 * of the per-hyperparameter counts. The same count sizes a neural-architecture search
 * space (`choices^layers`, Chapter 10).
 *
 * Source: seed 004 L4722 (five hyperparameters with four values each: 4^5 = 1,024 runs).
 *
 * @throws InvalidParameterError for counts that are not integers ≥ 1, a missing or
 *   superfluous `hyperparameters`, a list longer than {@link MAX_GRID_DIMENSIONS}, a
 *   product beyond 1e300, a negative run time, a missing input or an unknown key.
 * @example
 * ```ts
 * gridSearchRuns({ values: 4, hyperparameters: 5 }).runs                       // 1024
 * gridSearchRuns({ values: [3, 4, 5] }).runs                                  // 60
 * gridSearchRuns({ values: 4, hyperparameters: 5, runTime: 2 }).totalTime?.to("h") // 2048
 * ```
 */
export function gridSearchRuns(input: GridSearchInput): GridSearchResult {
  const fn = "gridSearchRuns";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "hyperparameters", "runTime"]);
  let counts: number[];
  if (Array.isArray(i.values)) {
    if (i.hyperparameters !== undefined) check.fail("hyperparameters", i.hyperparameters, "undefined when values is a list (its length is the count)");
    if (i.values.length > MAX_GRID_DIMENSIONS) check.fail("values", `an array of ${i.values.length}`, `at most ${MAX_GRID_DIMENSIONS} counts`);
    counts = i.values.map((v, k) => check.integer(`values[${k}]`, v, 1));
  } else {
    const v = check.integer("values", i.values as number, 1);
    if (i.hyperparameters === undefined) check.fail("hyperparameters", i.hyperparameters, "an integer ≥ 0 when values is one count");
    const n = check.integer("hyperparameters", i.hyperparameters as number, 0);
    counts = n * Math.log10(v) > 300 ? [Infinity] : [v ** n];
  }
  const runs = counts.reduce((a, b) => a * b, 1);
  if (!(runs <= 1e300)) check.fail("values", i.values, "counts whose product is at most 1e300 runs");
  const runTime = i.runTime === undefined ? null : readAmount(fn, "runTime", i.runTime, "h", "nonNegative");
  return Object.freeze({ runs, totalTime: runTime === null ? null : (q(runTime.to("s") * runs, "s") as Quantity<"time">) });
}
