/**
 * What compression should buy in speed, and what hardware lets it buy (book Chapter 10,
 * sparsity speedups and the theory–practice gap): removed weights and narrower numbers
 * multiply on paper; unstructured zeros pay off only at high sparsity.
 */
import { validatorFor } from "../../util/validate";

/** Sparsity patterns of {@link pruningSpeedup}. */
export type SparsityPattern = "structured" | "semiStructured" | "unstructured";

/** Input of {@link pruningSpeedup}. */
export interface PruningSpeedupInput {
  /** Fraction of weights removed, in [0, 1). */
  readonly sparsity: number;
  /**
   * `"structured"`: whole rows/channels removed, time ∝ weights left; `"semiStructured"`:
   * N:M on sparse tensor cores, capped at `semiStructuredCap`; `"unstructured"`: scattered
   * zeros in sparse kernels, which break even at `breakEvenSparsity`.
   */
  readonly pattern: SparsityPattern;
  /** Sparsity at which unstructured sparse kernels match dense, in [0, 1). Default 0.9 (the book: ~90–95 %). */
  readonly breakEvenSparsity?: number;
  /** Highest speedup of N:M hardware, ≥ 1. Default 2 (A100 2:4). */
  readonly semiStructuredCap?: number;
}

/**
 * Modelled speedup of a pruned layer against the dense one.
 *
 * Model (seed 004 L26248, L26257): structured `1 / (1 − s)`; semi-structured
 * `min(cap, 1 / (1 − s))` (2:4 at 50 %: 2×); unstructured `(1 − s_be) / (1 − s)`, which is
 * 1 at the break-even sparsity, below 1 (a slowdown) under it and 2× at 95 % for s_be = 0.9.
 * The unstructured form is this library's reading of the book's "break even only at
 * ~90–95 %", not a formula the book prints.
 *
 * @throws InvalidParameterError for sparsities outside [0, 1), an unknown pattern, a cap
 *   below 1, a missing input or an unknown key.
 * @example
 * ```ts
 * pruningSpeedup({ sparsity: 0.5, pattern: "structured" })     // 2
 * pruningSpeedup({ sparsity: 0.5, pattern: "unstructured" })   // 0.19999999999999996 (5× slower)
 * pruningSpeedup({ sparsity: 0.95, pattern: "unstructured" })  // 1.9999999999999978
 * ```
 */
export function pruningSpeedup(input: PruningSpeedupInput): number {
  const check = validatorFor("pruningSpeedup");
  const i = check.options("input", input, ["sparsity", "pattern", "breakEvenSparsity", "semiStructuredCap"]);
  const fraction = (name: string, value: number): number => {
    check.probability(name, value);
    return value >= 1 ? check.fail(name, value, "a fraction in [0, 1)") : value;
  };
  const s = fraction("sparsity", i.sparsity);
  const pattern = check.oneOf("pattern", i.pattern, ["structured", "semiStructured", "unstructured"] as const);
  const breakEven = fraction("breakEvenSparsity", i.breakEvenSparsity ?? 0.9);
  const cap = check.atLeast("semiStructuredCap", i.semiStructuredCap ?? 2, 1);
  const ideal = 1 / (1 - s);
  if (pattern === "structured") return ideal;
  if (pattern === "semiStructured") return Math.min(cap, ideal);
  return (1 - breakEven) * ideal;
}

/** Input of {@link compressionSpeedup}. */
export interface CompressionSpeedupInput {
  /** Fraction of weights removed, in [0, 1). Default 0. */
  readonly sparsity?: number;
  /** Bits per weight before, an integer in [1, 64]. Default 32. */
  readonly fromBits?: number;
  /** Bits per weight after, an integer in [1, fromBits]. Default fromBits. */
  readonly toBits?: number;
  /** A measured speedup to compare with, > 0. Optional. */
  readonly measuredSpeedup?: number;
}

/** Result of {@link compressionSpeedup}. */
export interface CompressionSpeedupResult {
  /** 1 / (1 − sparsity). */
  readonly pruningFactor: number;
  /** fromBits / toBits. */
  readonly precisionFactor: number;
  /** pruningFactor × precisionFactor: the paper speedup if both translated fully. */
  readonly theoretical: number;
  /** measuredSpeedup / theoretical, the share realised (`null` without a measurement). */
  readonly realisedShare: number | null;
}

/**
 * The "on paper" speedup of pruning and quantization combined: fewer weights times fewer
 * bits, the product the book contrasts with measurements.
 *
 * Source: seed 004 L25906–L25916: ResNet-50 at 50 % sparsity and INT8 "should theoretically
 * run 6× faster" (the simple product is 2 × 4 = 8×); measured ≈ 1.5×.
 *
 * @throws InvalidParameterError for a sparsity outside [0, 1), bit widths out of range or
 *   increasing, a non-positive measurement, a missing input or an unknown key.
 * @example
 * ```ts
 * compressionSpeedup({ sparsity: 0.5, fromBits: 32, toBits: 8, measuredSpeedup: 1.5 })
 * // { pruningFactor: 2, precisionFactor: 4, theoretical: 8, realisedShare: 0.1875 }
 * ```
 */
export function compressionSpeedup(input: CompressionSpeedupInput): CompressionSpeedupResult {
  const check = validatorFor("compressionSpeedup");
  const i = check.options("input", input, ["sparsity", "fromBits", "toBits", "measuredSpeedup"]);
  const s = check.probability("sparsity", i.sparsity ?? 0);
  if (s >= 1) check.fail("sparsity", s, "a fraction in [0, 1)");
  const from = check.integer("fromBits", i.fromBits ?? 32, 1);
  if (from > 64) check.fail("fromBits", from, "an integer in [1, 64]");
  const to = check.integer("toBits", i.toBits ?? from, 1);
  if (to > from) check.fail("toBits", to, `an integer in [1, fromBits = ${from}]`);
  const measured = i.measuredSpeedup === undefined ? null : check.positive("measuredSpeedup", i.measuredSpeedup);
  const pruningFactor = 1 / (1 - s);
  const precisionFactor = from / to;
  const theoretical = pruningFactor * precisionFactor;
  return Object.freeze({ pruningFactor, precisionFactor, theoretical, realisedShare: measured === null ? null : measured / theoretical });
}
