/**
 * The iteration tax (book Chapter 3, "The iteration tax" exercise): a team that can
 * run more experiments in the same calendar window improves its model more often, so
 * a model that starts behind but trains faster can finish ahead.
 */
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link iterationTax}: one development strategy. */
export interface IterationTaxInput {
  /** Calendar time available. Number in h, or a time quantity (`q(26, "week")`). > 0. Book: 26 weeks. */
  readonly window: Amount<"time">;
  /** Wall-clock time of one experiment (one training run). Number in h, or a time quantity. > 0. Book: 1 week (large) and 1 h (small). */
  readonly runTime: Amount<"time">;
  /** Accuracy of the first model, a fraction in [0, 1]. Book: 0.95 (large) and 0.90 (small). */
  readonly startAccuracy: number;
  /** Accuracy gained per experiment that counts, a fraction in [0, 1]. Book: 0.001 (0.1 %). */
  readonly gainPerIteration: number;
  /** The best accuracy reachable, a fraction in [startAccuracy, 1]. Book: 0.99. */
  readonly ceiling: number;
  /**
   * At most this many experiments improve the model (the rest explore dead ends), an
   * integer ≥ 0. Default: every experiment counts. Book: 100 for the small model.
   */
  readonly maxEffectiveIterations?: number;
}

/** Result of {@link iterationTax}. */
export interface IterationTaxResult {
  /** ⌊window / runTime⌋, experiments that fit in the window. */
  readonly experiments: number;
  /** min(experiments, maxEffectiveIterations): the experiments that improve the model. */
  readonly effectiveIterations: number;
  /** startAccuracy + effectiveIterations · gainPerIteration, before the ceiling. */
  readonly uncappedAccuracy: number;
  /** min(ceiling, uncappedAccuracy), a fraction. */
  readonly accuracy: number;
  /** Whether the ceiling capped the accuracy. */
  readonly capped: boolean;
  /** Experiments needed to reach the ceiling, ⌈(ceiling − start) / gain⌉, or `null` when the gain is 0 and the start is below the ceiling. */
  readonly iterationsToCeiling: number | null;
}

/**
 * Experiments in a window and the accuracy they buy, with a ceiling.
 *
 * Formulas (seed 004 L4299–L4312): `experiments = ⌊window / runTime⌋`;
 * `accuracy = min(ceiling, startAccuracy + min(experiments, maxEffectiveIterations) · gainPerIteration)`.
 * The book's large model reaches 95 % + 26 × 0.1 % = 97.6 %, not the "99 % (capped at
 * ceiling)" it prints; the small model's 90 % + 100 × 0.1 % = 100 % is capped at 99 %.
 *
 * @throws InvalidParameterError for a non-positive window or run time, fractions outside
 *   [0, 1], a ceiling below the start, a negative or non-integer effective-iteration cap,
 *   more than 1e12 experiments, a missing input or an unknown key.
 * @throws DimensionError for a quantity that is not a time.
 * @example
 * ```ts
 * const large = iterationTax({ window: q(26, "week"), runTime: q(1, "week"), startAccuracy: 0.95, gainPerIteration: 0.001, ceiling: 0.99 });
 * large.experiments  // 26
 * large.accuracy     // 0.976
 * const small = iterationTax({ window: q(26, "week"), runTime: 1, startAccuracy: 0.9, gainPerIteration: 0.001, ceiling: 0.99, maxEffectiveIterations: 100 });
 * small.experiments  // 4368
 * small.accuracy     // 0.99 (90 % + 100 × 0.1 % = 100 %, capped)
 * ```
 */
export function iterationTax(input: IterationTaxInput): IterationTaxResult {
  const fn = "iterationTax";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["window", "runTime", "startAccuracy", "gainPerIteration", "ceiling", "maxEffectiveIterations"]);
  const window = readAmount(fn, "window", i.window, "h", "positive");
  const runTime = readAmount(fn, "runTime", i.runTime, "h", "positive");
  const start = check.probability("startAccuracy", i.startAccuracy);
  const gain = check.probability("gainPerIteration", i.gainPerIteration);
  const ceiling = check.probability("ceiling", i.ceiling);
  if (ceiling < start) check.fail("ceiling", ceiling, `a fraction ≥ startAccuracy = ${start}`);
  // Round away float noise (26 weeks / 1 h = 4367.999…) before flooring.
  const ratio = window.ratio(runTime);
  if (ratio > 1e12) check.fail("window", window.format(), "at most 1e12 run times long");
  const experiments = Math.floor(Number(ratio.toPrecision(12)));
  const cap = i.maxEffectiveIterations === undefined ? experiments : check.integer("maxEffectiveIterations", i.maxEffectiveIterations, 0);
  const effectiveIterations = Math.min(experiments, cap);
  const uncappedAccuracy = start + effectiveIterations * gain;
  const accuracy = Math.min(ceiling, uncappedAccuracy);
  const gap = ceiling - start;
  const iterationsToCeiling = gap === 0 ? 0 : gain === 0 ? null : Math.ceil(Number((gap / gain).toPrecision(12)));
  return Object.freeze({ experiments, effectiveIterations, uncappedAccuracy, accuracy, capped: uncappedAccuracy > ceiling, iterationsToCeiling });
}
