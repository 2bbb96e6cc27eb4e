/**
 * Speedup laws (book Chapter 1, Amdahl pitfall; Chapter 20, Machine Foundations): how
 * much faster a workload gets when part of it is sped up (Amdahl, fixed problem size)
 * or when the problem grows with the number of processors (Gustafson).
 */
import { validatorFor } from "../../util/validate";

/** Input of {@link amdahlSpeedup}. */
export interface AmdahlInput {
  /** f, the fraction of the original time that is sped up, in [0, 1]. (1 − f is the serial fraction s.) */
  readonly acceleratedFraction: number;
  /** S, the speedup of that fraction: a number ≥ 1, or `Infinity` for the limit. */
  readonly speedup: number;
}

/** Result of {@link amdahlSpeedup}. */
export interface AmdahlResult {
  /** 1 / ((1 − f) + f / S). */
  readonly speedup: number;
  /** 1 / (1 − f), the ceiling as S → ∞ (`Infinity` when f = 1). */
  readonly limit: number;
  /** speedup / S: how much of the component's speedup reaches the whole. */
  readonly efficiency: number;
}

/**
 * Amdahl's law: overall speedup when a fraction f of the time runs S times faster.
 *
 * Formula (seed 004 L42785–L42799): Speedup = 1 / ((1 − f) + f / S); with n processors
 * and serial fraction s, f = 1 − s and S = n. The limit is 1 / (1 − f).
 *
 * @throws InvalidParameterError when `acceleratedFraction` is outside [0, 1] or
 *   `speedup` is not ≥ 1 (Infinity is allowed), an unknown key, or a missing input.
 * @example
 * ```ts
 * amdahlSpeedup({ acceleratedFraction: 0.95, speedup: 8 }).speedup        // 5.9259…  (s = 5 %, n = 8)
 * amdahlSpeedup({ acceleratedFraction: 0.95, speedup: Infinity }).speedup // 19.999999999999982 (1 / 0.05)
 * ```
 */
export function amdahlSpeedup(input: AmdahlInput): AmdahlResult {
  const check = validatorFor("amdahlSpeedup");
  const { acceleratedFraction, speedup } = check.options("input", input, ["acceleratedFraction", "speedup"]);
  const f = check.probability("acceleratedFraction", acceleratedFraction);
  if (!(typeof speedup === "number" && speedup >= 1)) check.fail("speedup", speedup, "a number ≥ 1 (Infinity for the limit)");
  const serial = 1 - f;
  const overall = 1 / (serial + (speedup === Infinity ? 0 : f / speedup));
  const limit = serial === 0 ? Infinity : 1 / serial;
  return Object.freeze({ speedup: overall, limit, efficiency: speedup === Infinity ? 0 : overall / speedup });
}

/** Input of {@link gustafsonSpeedup}. */
export interface GustafsonInput {
  /** s, the serial fraction of the time on the parallel system, in [0, 1]. */
  readonly serialFraction: number;
  /** n, the number of processors, an integer ≥ 1. */
  readonly processors: number;
}

/**
 * Gustafson's law (weak scaling): the scaled speedup n − s·(n − 1) when the problem grows
 * with the number of processors.
 *
 * Source: seed 004 L42826 (s = 0.05: n = 8 gives 7.65×, n = 1000 gives 950×).
 *
 * @throws InvalidParameterError when `serialFraction` is outside [0, 1] or `processors`
 *   is not an integer ≥ 1.
 * @example
 * ```ts
 * gustafsonSpeedup({ serialFraction: 0.05, processors: 8 })    // 7.65
 * gustafsonSpeedup({ serialFraction: 0.05, processors: 1000 }) // 950.05
 * ```
 */
export function gustafsonSpeedup(input: GustafsonInput): number {
  const check = validatorFor("gustafsonSpeedup");
  const { serialFraction, processors } = check.options("input", input, ["serialFraction", "processors"]);
  const s = check.probability("serialFraction", serialFraction);
  const n = check.integer("processors", processors, 1);
  return n - s * (n - 1);
}
