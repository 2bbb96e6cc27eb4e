/**
 * Fewer epochs to the same accuracy (book Chapter 9, curriculum learning, Table 9.5):
 * the speedup of a training schedule that reaches the target in fewer passes.
 */
import { validatorFor } from "../../util/validate";

/** Input of {@link epochReduction}. */
export interface EpochReductionInput {
  /** Epochs the baseline needs to reach the target, > 0. */
  readonly baselineEpochs: number;
  /** Epochs the new schedule needs, ≥ 0. */
  readonly epochs: number;
}

/** Result of {@link epochReduction}. */
export interface EpochReductionResult {
  /** 1 − epochs / baselineEpochs: the book's "% faster" (negative when slower). */
  readonly timeSaved: number;
  /** baselineEpochs / epochs, the speedup factor (`null` when epochs is 0). */
  readonly speedup: number | null;
}

/**
 * Time saved by a schedule that needs fewer epochs to the same target accuracy.
 *
 * Formula (Table 9.5, seed 004 L21904–L21955): `saved = 1 − E / E_baseline`: 115 vs 150
 * epochs is "23 % faster" (23.3 %), 180 vs 220 is 18 %, 80 vs 90 is 11 %, 70 vs 90 is 22 %.
 *
 * @throws InvalidParameterError for a non-positive baseline, negative epochs, a missing
 *   input or an unknown key.
 * @example
 * ```ts
 * epochReduction({ baselineEpochs: 150, epochs: 115 }).timeSaved // 0.23333333333333328
 * ```
 */
export function epochReduction(input: EpochReductionInput): EpochReductionResult {
  const check = validatorFor("epochReduction");
  const i = check.options("input", input, ["baselineEpochs", "epochs"]);
  const base = check.positive("baselineEpochs", i.baselineEpochs);
  const epochs = check.nonNegative("epochs", i.epochs);
  return Object.freeze({ timeSaved: 1 - epochs / base, speedup: epochs === 0 ? null : base / epochs });
}
