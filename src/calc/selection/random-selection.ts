/**
 * Random selection: the baseline every data-selection method is compared against
 * (book Chapter 9). Seeded, so two runs with the same source choose the same items.
 */
import { validatorFor } from "../../util/validate";
import { budgetOf, indexListOf, MAX_SELECTION_POOL, sourceOf, type UniformSource } from "./point-set";

/** Input of {@link randomSelection}. */
export interface RandomSelectionInput {
  /** Items in the pool, an integer in [0, {@link MAX_SELECTION_POOL}]. */
  readonly poolSize: number;
  /** Items to choose, an integer in [0, poolSize − excluded]. */
  readonly budget: number;
  /** A seeded random source (`philox(seed)`). */
  readonly source: UniformSource;
  /** Items already chosen (labelled), never chosen again. Optional. */
  readonly exclude?: readonly number[] | Int32Array;
}

/**
 * Chooses `budget` distinct items uniformly at random (a partial Fisher–Yates shuffle),
 * in the order drawn.
 *
 * Source: seed 004 L21530–L21537 (random selection as the baseline); Ch. 9 Figure 9.4.
 *
 * @returns the chosen row indices, in draw order.
 * @throws InvalidParameterError for a pool size or budget out of range, a source without
 *   `nextFloat64`, bad excluded indices, a missing input or an unknown key.
 * @example
 * ```ts
 * randomSelection({ poolSize: 10, budget: 3, source: philox(7) }) // Int32Array [ 7, 1, 8 ] (the same three for seed 7, every run)
 * ```
 */
export function randomSelection(input: RandomSelectionInput): Int32Array {
  const fn = "randomSelection";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["poolSize", "budget", "source", "exclude"]);
  const n = check.integer("poolSize", i.poolSize, 0);
  if (n > MAX_SELECTION_POOL) check.fail("poolSize", n, `an integer in [0, ${MAX_SELECTION_POOL}]`);
  const source = sourceOf(fn, i.source);
  const excluded = indexListOf(fn, "exclude", i.exclude, n);
  const available = new Int32Array(n - excluded.length);
  const skip = new Uint8Array(n);
  for (const e of excluded) skip[e] = 1;
  for (let k = 0, j = 0; k < n; k++) if (!skip[k]) available[j++] = k;
  const budget = budgetOf(fn, i.budget, available.length);
  for (let k = 0; k < budget; k++) {
    const j = k + Math.floor(source.nextFloat64() * (available.length - k));
    const t = available[k];
    available[k] = available[j];
    available[j] = t;
  }
  return available.slice(0, budget);
}
