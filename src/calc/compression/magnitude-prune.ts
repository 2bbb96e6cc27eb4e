/**
 * Unstructured magnitude pruning (book Chapter 10, Eq. for mask pruning and the
 * magnitude-pruning listing): zero the weights with the smallest absolute values.
 */
import { validatorFor } from "../../util/validate";
import { errorOf, type TensorError } from "./quantization-error";
import { weightsOf, type WeightArray } from "./tensor";

/** Input of {@link magnitudePrune}. Give exactly one of `sparsity` and `threshold`. */
export interface MagnitudePruneInput {
  readonly values: WeightArray;
  /** Fraction of weights to zero, in [0, 1): the ⌊s·n⌉ smallest |w| (ties: lower index pruned first). */
  readonly sparsity?: number;
  /** Keep |w| ≥ threshold (the listing's rule), ≥ 0. */
  readonly threshold?: number;
}

/** Result of {@link magnitudePrune} (also of the structured pruners). */
export interface PruneResult {
  /** 1 where the weight is kept, 0 where pruned. */
  readonly mask: Uint8Array;
  /** M ⊙ W, as float32. */
  readonly pruned: Float32Array;
  /** Weights kept (non-zero positions of the mask). */
  readonly kept: number;
  /** Fraction pruned, 1 − kept / n. */
  readonly sparsity: number;
  /** Error of `pruned` against the original weights. */
  readonly error: TensorError;
}

/** Result of {@link magnitudePrune}. */
export interface MagnitudePruneResult extends PruneResult {
  /** The smallest kept magnitude (keep |w| ≥ this), or the given threshold; `null` when nothing is kept. */
  readonly threshold: number | null;
}

/** @internal Builds a prune result from a mask. */
export function pruneResult(x: WeightArray, mask: Uint8Array): PruneResult {
  const pruned = new Float32Array(x.length);
  let kept = 0;
  for (let k = 0; k < x.length; k++) if (mask[k]) {
    pruned[k] = x[k];
    kept++;
  }
  return { mask, pruned, kept, sparsity: 1 - kept / x.length, error: errorOf(x, pruned) };
}

/**
 * Magnitude pruning to a target sparsity or by a threshold: `Ŵ = M ⊙ W`, `M = 1{|W| ≥ τ}`.
 *
 * Source: seed 004 L24436–L24444 (τ as the s-quantile of |W|) and the listing L24374–L24387:
 * [[0.8, 0.1, −0.7], [0.05, −0.9, 0.03], [−0.6, 0.02, 0.4]] at τ = 0.5 keeps 4 weights
 * (sparsity 5/9 = 55.6 %).
 *
 * @throws InvalidParameterError for values that are not a finite non-empty typed array
 *   (at most 50M), neither or both of `sparsity` and `threshold`, a sparsity outside
 *   [0, 1), a negative threshold, a missing input or an unknown key.
 * @example
 * ```ts
 * const w = Float32Array.from([0.8, 0.1, -0.7, 0.05, -0.9, 0.03, -0.6, 0.02, 0.4]);
 * magnitudePrune({ values: w, threshold: 0.5 }).kept      // 4
 * magnitudePrune({ values: w, sparsity: 5 / 9 }).kept   // 4
 * ```
 */
export function magnitudePrune(input: MagnitudePruneInput): MagnitudePruneResult {
  const fn = "magnitudePrune";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "sparsity", "threshold"]);
  const x = weightsOf(fn, "values", i.values);
  if ((i.sparsity === undefined) === (i.threshold === undefined)) check.fail("sparsity", i.sparsity, "given alone, or left out when threshold is given");
  const mask = new Uint8Array(x.length);
  let threshold: number | null;
  if (i.threshold !== undefined) {
    threshold = check.nonNegative("threshold", i.threshold);
    for (let k = 0; k < x.length; k++) mask[k] = Math.abs(x[k]) >= (threshold as number) ? 1 : 0;
  } else {
    const s = check.probability("sparsity", i.sparsity as number);
    if (s >= 1) check.fail("sparsity", s, "a fraction in [0, 1)");
    let prune = Math.round(s * x.length);
    if (Math.abs(((s * x.length) % 1)) === 0.5 && prune % 2 !== 0) prune -= 1;
    const order = Int32Array.from({ length: x.length }, (_, k) => k).sort((a, b) => Math.abs(x[a]) - Math.abs(x[b]) || a - b);
    mask.fill(1);
    for (let k = 0; k < prune; k++) mask[order[k]] = 0;
    threshold = prune < x.length ? Math.abs(x[order[prune]]) : null;
  }
  return Object.freeze({ ...pruneResult(x, mask), threshold });
}
