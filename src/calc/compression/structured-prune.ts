/**
 * Structured pruning (book Chapter 10, structured sparsity and N:M sparsity): remove
 * whole rows or columns (output or input channels, neurons) with the smallest norms,
 * or keep the N largest of every M consecutive weights (2:4 on NVIDIA Ampere).
 */
import { validatorFor } from "../../util/validate";
import { pruneResult, type PruneResult } from "./magnitude-prune";
import { roundHalfEven, shapeOf, weightsOf, type WeightArray } from "./tensor";

/** Input of {@link structuredPrune}. */
export interface StructuredPruneInput {
  /** A row-major matrix. */
  readonly values: WeightArray;
  /** `[rows, cols]`. */
  readonly shape: readonly [number, number];
  /** Fraction of rows (or columns) to remove, in [0, 1): ⌊s · count⌉ of them. */
  readonly sparsity: number;
  /** `"rows"` (output channels / neurons, default) or `"columns"` (input channels). */
  readonly axis?: "rows" | "columns";
  /** Ranking norm, `"l1"` (default) or `"l2"`. */
  readonly norm?: "l1" | "l2";
}

/** Result of {@link structuredPrune}. */
export interface StructuredPruneResult extends PruneResult {
  /** Norm of every row (or column). */
  readonly norms: Float64Array;
  /** Indices of the rows (or columns) removed, smallest norm first. */
  readonly removed: Int32Array;
  /** The matrix without them, row-major: `[rows − removed, cols]` or `[rows, cols − removed]`. */
  readonly compact: Float32Array;
  readonly compactShape: readonly [number, number];
}

/**
 * Removes the rows or columns with the smallest L1 (or L2) norm.
 *
 * Source: seed 004 L24589–L24602 (channel pruning, 6 of 22 channels = 27 %), L26259
 * (structured sparsity keeps dense, predictable access). Unlike unstructured pruning the
 * result is a smaller dense matrix (`compact`), which needs no sparse kernels.
 *
 * @throws InvalidParameterError for values that are not a finite non-empty typed array,
 *   a shape that does not match, a sparsity outside [0, 1), an unknown axis or norm, a
 *   missing input or an unknown key.
 * @example
 * ```ts
 * const r = structuredPrune({ values: Float32Array.from([1, 1, 0.1, 0.1, 2, 2]), shape: [3, 2], sparsity: 1 / 3 });
 * r.removed        // Int32Array [ 1 ]
 * r.compactShape   // [2, 2]
 * ```
 */
export function structuredPrune(input: StructuredPruneInput): StructuredPruneResult {
  const fn = "structuredPrune";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "shape", "sparsity", "axis", "norm"]);
  const x = weightsOf(fn, "values", i.values);
  const [rows, cols] = shapeOf(fn, i.shape, x.length);
  const s = check.probability("sparsity", i.sparsity);
  if (s >= 1) check.fail("sparsity", s, "a fraction in [0, 1)");
  const axis = check.oneOf("axis", i.axis ?? "rows", ["rows", "columns"] as const);
  const norm = check.oneOf("norm", i.norm ?? "l1", ["l1", "l2"] as const);
  const count = axis === "rows" ? rows : cols;
  const norms = new Float64Array(count);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    const v = x[r * cols + c];
    norms[axis === "rows" ? r : c] += norm === "l1" ? Math.abs(v) : v * v;
  }
  if (norm === "l2") for (let k = 0; k < count; k++) norms[k] = Math.sqrt(norms[k]);
  const removeCount = roundHalfEven(s * count);
  const order = Int32Array.from({ length: count }, (_, k) => k).sort((a, b) => norms[a] - norms[b] || a - b);
  const removed = order.slice(0, removeCount);
  const gone = new Uint8Array(count);
  for (const k of removed) gone[k] = 1;
  const mask = new Uint8Array(x.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) mask[r * cols + c] = gone[axis === "rows" ? r : c] ? 0 : 1;
  const compactShape = Object.freeze(axis === "rows" ? [rows - removeCount, cols] as const : [rows, cols - removeCount] as const);
  const compact = new Float32Array(compactShape[0] * compactShape[1]);
  let j = 0;
  for (let k = 0; k < x.length; k++) if (mask[k]) compact[j++] = x[k];
  return Object.freeze({ ...pruneResult(x, mask), norms, removed, compact, compactShape });
}

/** Input of {@link nmPrune}. */
export interface NmPruneInput {
  /** A row-major matrix (or a vector). */
  readonly values: WeightArray;
  /** N, weights kept per group, an integer in [1, M]. Default 2. */
  readonly n?: number;
  /** M, the group size (consecutive weights along a row), an integer in [1, 64] dividing the row length. Default 4. */
  readonly m?: number;
  /** `[rows, cols]`; default one row. */
  readonly shape?: readonly [number, number];
}

/**
 * N:M semi-structured pruning: in every group of M consecutive weights of a row, keep
 * the N with the largest |w| (ties: the lower index).
 *
 * Source: seed 004 L26248 (N:M structured sparsity; A100's 2:4 gives up to 2×). The
 * sparsity is exactly 1 − N/M: 2:4 is 50 %.
 *
 * @throws InvalidParameterError for values that are not a finite non-empty typed array,
 *   N or M out of range, rows whose length M does not divide, a bad shape, a missing
 *   input or an unknown key.
 * @example
 * ```ts
 * nmPrune({ values: Float32Array.from([0.1, -0.9, 0.3, 0.05]) }).mask // Uint8Array [ 0, 1, 1, 0 ]
 * ```
 */
export function nmPrune(input: NmPruneInput): PruneResult {
  const fn = "nmPrune";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "n", "m", "shape"]);
  const x = weightsOf(fn, "values", i.values);
  const m = check.integer("m", i.m ?? 4, 1);
  if (m > 64) check.fail("m", m, "an integer in [1, 64]");
  const n = check.integer("n", i.n ?? 2, 1);
  if (n > m) check.fail("n", n, `an integer in [1, m = ${m}]`);
  const [, cols] = i.shape === undefined ? [1, x.length] : shapeOf(fn, i.shape, x.length);
  if (cols % m !== 0) check.fail("m", m, `a group size that divides the row length ${cols}`);
  const mask = new Uint8Array(x.length);
  const group = new Int32Array(m);
  for (let start = 0; start < x.length; start += m) {
    for (let k = 0; k < m; k++) group[k] = start + k;
    group.sort((a, b) => Math.abs(x[b]) - Math.abs(x[a]) || a - b);
    for (let k = 0; k < n; k++) mask[group[k]] = 1;
  }
  return Object.freeze(pruneResult(x, mask));
}
