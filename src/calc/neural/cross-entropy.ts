/**
 * Cross-entropy loss for classification (book Eq. 5.16–5.19): the negative log of the
 * probability given to the true class, averaged over a batch, from probabilities (with
 * the ε guard of Eq. 5.19) or from logits (through log-sum-exp, never overflowing).
 */
import { validatorFor } from "../../util/validate";
import { readCount } from "../common/count-input";
import { logSumExpOf } from "./kernels";
import { readMatrix, readVector } from "./vector-input";

/** Input of {@link crossEntropy}: exactly one of `probabilities` and `logits`. */
export interface CrossEntropyInput {
  /** Predicted probabilities ŷ in [0, 1]: one vector, or one row per example. */
  readonly probabilities?: readonly number[] | readonly (readonly number[])[];
  /** Raw scores z: one vector, or one row per example (softmax is applied inside). */
  readonly logits?: readonly number[] | readonly (readonly number[])[];
  /** Index of the correct class c: one integer, or one per row. */
  readonly target: number | readonly number[];
  /** ε added to ŷ_c before the log (Eq. 5.19), ≥ 0 (default 0); only with `probabilities`. */
  readonly epsilon?: number;
}

/** Result of {@link crossEntropy}. */
export interface CrossEntropyResult {
  /** Mean loss over the examples (Eq. 5.18), in nats. */
  readonly loss: number;
  /** −log ŷ_c of each example. */
  readonly perExample: readonly number[];
}

/**
 * Cross-entropy L = −(1/B) Σ_i log ŷ_{i, c_i}.
 *
 * Formulas (seed 004 L9147–L9188): with one-hot targets Eq. 5.16 reduces to −log ŷ_c
 * (Eq. 5.17); from logits, −log softmax(z)_c = logsumexp(z) − z_c, which is exact and
 * never overflows; from probabilities, −log(ŷ_c + ε) (Eq. 5.19). A prediction of 0.8 for
 * the correct digit costs 0.223; 0.9 costs 0.105; a uniform guess over 10 classes ln 10 = 2.303.
 *
 * @throws InvalidParameterError when neither or both of `probabilities` and `logits`
 *   are given, for probabilities outside [0, 1], a target that is not a class index of
 *   its row, mismatched batch sizes, ŷ_c + ε = 0, ε with logits, an unknown key or a
 *   missing input.
 * @example
 * ```ts
 * crossEntropy({ probabilities: [0.1, 0, 0, 0, 0, 0, 0, 0.8, 0, 0.1], target: 7 }).loss // 0.2231435513142097
 * crossEntropy({ logits: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], target: 3 }).loss              // 2.302585092994046
 * crossEntropy({ probabilities: [[0.8, 0.2], [0.1, 0.9]], target: [0, 1] }).loss         // 0.16425…
 * ```
 */
export function crossEntropy(input: CrossEntropyInput): CrossEntropyResult {
  const fn = "crossEntropy";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["probabilities", "logits", "target", "epsilon"]);
  if ((c.probabilities === undefined) === (c.logits === undefined)) check.fail("probabilities", c.probabilities, "given when logits is not (exactly one of probabilities and logits)");
  const fromLogits = c.logits !== undefined;
  const name = fromLogits ? "logits" : "probabilities";
  const raw = (fromLogits ? c.logits : c.probabilities) as readonly number[] | readonly (readonly number[])[];
  const batched = Array.isArray(raw) && Array.isArray(raw[0]);
  const rows = batched ? readMatrix(fn, name, raw as readonly (readonly number[])[]) : [readVector(fn, name, raw as readonly number[])];
  const targets = batched ? readVector(fn, "target", c.target as readonly number[]) : [c.target as number];
  if (targets.length !== rows.length) check.fail("target", c.target, `one class index per row (${rows.length})`);
  if (fromLogits && c.epsilon !== undefined) check.fail("epsilon", c.epsilon, "omitted with logits (the log-sum-exp form needs no guard)");
  const epsilon = check.nonNegative("epsilon", c.epsilon ?? 0);
  const perExample = rows.map((row, i) => {
    const where = batched ? `target[${i}]` : "target";
    const k = readCount(fn, where, targets[i], 0, row.length - 1);
    if (fromLogits) return logSumExpOf(row) - row[k];
    row.forEach((p, j) => { if (p < 0 || p > 1) check.fail(batched ? `probabilities[${i}][${j}]` : `probabilities[${j}]`, p, "a probability in [0, 1]"); });
    const guarded = row[k] + epsilon;
    if (!(guarded > 0)) check.fail(batched ? `probabilities[${i}][${k}]` : `probabilities[${k}]`, row[k], "> 0 for the target class, or pass epsilon > 0 (Eq. 5.19)");
    return -Math.log(guarded) || 0; // not −0 when ŷ_c + ε = 1
  });
  const loss = perExample.reduce((a, b) => a + b, 0) / perExample.length;
  if (!Number.isFinite(loss)) check.fail("epsilon", epsilon, "large enough that −log(ŷ_c + ε) is finite");
  return Object.freeze({ loss, perExample: Object.freeze(perExample) });
}
