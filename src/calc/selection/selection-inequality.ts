/**
 * The Selection Inequality (book Chapter 9, Eq. 9.2): selecting a subset pays only
 * when scoring the pool plus training on the subset costs less than training on all
 * of it; and selection should stay under about 10 % of the subset's training time.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link selectionInequality}. */
export interface SelectionInequalityInput {
  /** Samples in the full dataset, ≥ 0. Book: 1M. */
  readonly poolSize: number;
  /** Samples kept, in [0, poolSize]. Book: 100k. */
  readonly subsetSize: number;
  /** Time to score one sample (one forward pass of the scoring model). Number in s, or a time quantity. ≥ 0. Book: 0.01 s (ResNet-50), 0.002 s (ResNet-18 proxy). */
  readonly scoringTimePerSample?: Amount<"time">;
  /** Selection time as a lump sum instead. Number in s, or a time quantity. ≥ 0. Book's trap: 50 h. */
  readonly selectionTime?: Amount<"time">;
  /** Training time per sample per epoch. Number in s, or a time quantity. ≥ 0. Book: 0.01 s. */
  readonly trainingTimePerSample: Amount<"time">;
  /** Training epochs, ≥ 0. Book: 100. */
  readonly epochs: number;
  /** The rule-of-thumb cap on selection time as a share of subset training time, in (0, 1]. Default 0.1. */
  readonly overheadLimit?: number;
}

/** Result of {@link selectionInequality}. */
export interface SelectionInequalityResult {
  /** poolSize · epochs · trainingTimePerSample. */
  readonly baselineTime: Quantity<"time">;
  /** poolSize · scoringTimePerSample (or the lump sum). */
  readonly selectionTime: Quantity<"time">;
  /** subsetSize · epochs · trainingTimePerSample. */
  readonly subsetTrainingTime: Quantity<"time">;
  /** selectionTime + subsetTrainingTime. */
  readonly totalTime: Quantity<"time">;
  /** baselineTime − totalTime. */
  readonly timeSaved: Quantity<"time">;
  /** timeSaved / baselineTime (`null` when the baseline is 0). */
  readonly savedShare: number | null;
  /** totalTime < baselineTime: Eq. 9.2 holds. */
  readonly holds: boolean;
  /** selectionTime / subsetTrainingTime (`null` when the subset trains in no time). */
  readonly overheadShare: number | null;
  /** overheadShare ≤ overheadLimit. */
  readonly withinOverheadLimit: boolean;
}

/**
 * Eq. 9.2: `T_selection + T_train(N_subset) < T_train(N_total)`, with the 10 % rule.
 *
 * Source: seed 004 L22669, scenario L22674–L22718. The book: full-model scoring 2.8 h +
 * 27.8 h = 30.6 h and proxy scoring 0.6 h + 27.8 h = 28.3 h against 278 h; they save 247 h
 * (89 %) and 249 h (90 %). A 50 h selection still beats the baseline at 77.8 h.
 *
 * @throws InvalidParameterError unless exactly one of `scoringTimePerSample` /
 *   `selectionTime` is given, for negative sizes or times, a subset larger than the pool,
 *   a limit outside (0, 1], a missing input or an unknown key.
 * @throws DimensionError for a quantity that is not a time.
 * @example
 * ```ts
 * const proxy = selectionInequality({ poolSize: 1e6, subsetSize: 1e5, scoringTimePerSample: 0.002, trainingTimePerSample: 0.01, epochs: 100 });
 * proxy.totalTime.to("h")   // 28.333…
 * proxy.timeSaved.to("h")   // 249.444…
 * proxy.holds               // true
 * ```
 */
export function selectionInequality(input: SelectionInequalityInput): SelectionInequalityResult {
  const fn = "selectionInequality";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["poolSize", "subsetSize", "scoringTimePerSample", "selectionTime", "trainingTimePerSample", "epochs", "overheadLimit"]);
  const pool = check.nonNegative("poolSize", i.poolSize);
  const subset = check.nonNegative("subsetSize", i.subsetSize);
  if (subset > pool) check.fail("subsetSize", subset, `at most poolSize = ${pool}`);
  if ((i.scoringTimePerSample === undefined) === (i.selectionTime === undefined)) {
    check.fail("scoringTimePerSample", i.scoringTimePerSample, "given alone, or left out when selectionTime is given");
  }
  const selection = i.selectionTime !== undefined
    ? readAmount(fn, "selectionTime", i.selectionTime, "s", "nonNegative").to("s")
    : pool * readAmount(fn, "scoringTimePerSample", i.scoringTimePerSample as Amount<"time">, "s", "nonNegative").to("s");
  const perSample = readAmount(fn, "trainingTimePerSample", i.trainingTimePerSample, "s", "nonNegative").to("s");
  const epochs = check.nonNegative("epochs", i.epochs);
  const limit = check.fraction("overheadLimit", i.overheadLimit ?? 0.1);
  const baseline = pool * epochs * perSample;
  const subsetTraining = subset * epochs * perSample;
  const total = selection + subsetTraining;
  const overhead = subsetTraining === 0 ? null : selection / subsetTraining;
  return Object.freeze({
    baselineTime: q(baseline, "s"),
    selectionTime: q(selection, "s"),
    subsetTrainingTime: q(subsetTraining, "s"),
    totalTime: q(total, "s"),
    timeSaved: q(baseline - total, "s"),
    savedShare: baseline === 0 ? null : (baseline - total) / baseline,
    holds: total < baseline,
    overheadShare: overhead,
    withinOverheadLimit: overhead !== null && overhead <= limit,
  });
}

/** Input of {@link selectionSpeedup}. */
export interface SelectionSpeedupInput {
  /** E_full, epochs of full training, > 0. Book: 100. */
  readonly fullEpochs: number;
  /** S_sel, the cost of one selection in epoch-equivalents, ≥ 0. Book: 1 (scoring the pool with the full model). */
  readonly selectionCostEpochs: number;
  /** f, the subset fraction, in [0, 1]. Book: 0.1. */
  readonly subsetFraction: number;
  /** How many times selection runs, an integer ≥ 0. Default 1; the book's trap reselects every epoch (100). */
  readonly selections?: number;
}

/** Result of {@link selectionSpeedup}. */
export interface SelectionSpeedupResult {
  /** selections · S_sel + E_full · f, in epoch-equivalents. */
  readonly costEpochs: number;
  /** E_full / costEpochs (`null` when the cost is 0). */
  readonly speedup: number | null;
}

/**
 * Speedup of training on a selected subset, with selection cost in epoch-equivalents.
 *
 * Formula (seed 004 L22725–L22744): `speedup = E_full / (S_sel + E_full·f)`: 100 / (1 + 10)
 * ≈ 9×; reselecting every epoch costs 100 + 10 = 110 epochs, slower than the baseline.
 *
 * @throws InvalidParameterError for non-positive epochs, a negative selection cost, a
 *   fraction outside [0, 1], a negative or non-integer selection count, a missing input or an unknown key.
 * @example
 * ```ts
 * selectionSpeedup({ fullEpochs: 100, selectionCostEpochs: 1, subsetFraction: 0.1 }).speedup // 9.090909090909092
 * selectionSpeedup({ fullEpochs: 100, selectionCostEpochs: 1, subsetFraction: 0.1, selections: 100 }).costEpochs // 110
 * ```
 */
export function selectionSpeedup(input: SelectionSpeedupInput): SelectionSpeedupResult {
  const check = validatorFor("selectionSpeedup");
  const i = check.options("input", input, ["fullEpochs", "selectionCostEpochs", "subsetFraction", "selections"]);
  const full = check.positive("fullEpochs", i.fullEpochs);
  const selection = check.nonNegative("selectionCostEpochs", i.selectionCostEpochs);
  const f = check.probability("subsetFraction", i.subsetFraction);
  const times = check.integer("selections", i.selections ?? 1, 0);
  const cost = Number((times * selection + full * f).toPrecision(15));
  return Object.freeze({ costEpochs: cost, speedup: cost === 0 ? null : full / cost });
}
