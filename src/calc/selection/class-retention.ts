/**
 * Rare classes under uniform subsampling (book Chapter 9, "pruning rare classes into
 * oblivion"): a uniform coreset keeps the same fraction of every class, which can leave
 * a rare class below the minimum it needs.
 */
import { validatorFor } from "../../util/validate";

/** Input of {@link expectedClassRetention}. */
export interface ExpectedClassRetentionInput {
  /** Samples of the class in the full dataset, ≥ 0. Book: 1,000 (0.1 % of 1M). */
  readonly classCount: number;
  /** Share of the data a uniform coreset keeps, in [0, 1]. Book: 0.1. */
  readonly fraction: number;
  /** Samples the class needs for reliable learning, ≥ 0. Book: 150. */
  readonly minimumPerClass: number;
}

/** Result of {@link expectedClassRetention}. */
export interface ExpectedClassRetentionResult {
  /** classCount · fraction, expected samples kept. */
  readonly expectedRetained: number;
  /** expectedRetained ≥ minimumPerClass. */
  readonly meetsMinimum: boolean;
  /** minimumPerClass / classCount, the class's own keep rate a stratified coreset needs (capped at 1; `null` for an empty class). */
  readonly stratifiedFractionNeeded: number | null;
}

/**
 * Expected samples of a class a uniform coreset keeps, against a per-class minimum.
 *
 * Source: seed 004 L23721 (1,000 rare samples, 10 % coreset → 100, below the 150 minimum).
 *
 * @throws InvalidParameterError for negative counts, a fraction outside [0, 1], a missing
 *   input or an unknown key.
 * @example
 * ```ts
 * expectedClassRetention({ classCount: 1000, fraction: 0.1, minimumPerClass: 150 })
 * // { expectedRetained: 100, meetsMinimum: false, stratifiedFractionNeeded: 0.15 }
 * ```
 */
export function expectedClassRetention(input: ExpectedClassRetentionInput): ExpectedClassRetentionResult {
  const check = validatorFor("expectedClassRetention");
  const i = check.options("input", input, ["classCount", "fraction", "minimumPerClass"]);
  const count = check.nonNegative("classCount", i.classCount);
  const f = check.probability("fraction", i.fraction);
  const minimum = check.nonNegative("minimumPerClass", i.minimumPerClass);
  const kept = Number((count * f).toPrecision(15));
  return Object.freeze({
    expectedRetained: kept,
    meetsMinimum: kept >= minimum,
    stratifiedFractionNeeded: count === 0 ? null : Math.min(1, minimum / count),
  });
}
