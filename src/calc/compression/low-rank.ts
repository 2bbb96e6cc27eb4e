/**
 * Low-rank factorisation (book Chapter 10, Eq. for A ≈ U·V): replace an m × n matrix by
 * an m × k and a k × n factor. It keeps k(m + n) parameters instead of mn and, by
 * Eckart–Young, the truncated SVD is the best rank-k approximation.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";
import { errorOf, type TensorError } from "./quantization-error";
import { singularValueDecomposition } from "./svd";
import { shapeOf, weightsOf, type WeightArray } from "./tensor";

/** Input of {@link lowRankParameters}. */
export interface LowRankParametersInput {
  readonly rows: number;
  readonly cols: number;
  /** k, an integer in [1, min(rows, cols)]. */
  readonly rank: number;
  /** Bytes per stored value. Number in B, or a data quantity. > 0. Default 4 (FP32). */
  readonly bytesPerValue?: Amount<"data">;
}

/** Result of {@link lowRankParameters}. */
export interface LowRankParametersResult {
  /** m · n. */
  readonly denseParameters: number;
  /** k · (m + n). */
  readonly factoredParameters: number;
  /** dense / factored: the compression (and the data-movement saving). */
  readonly compression: number;
  readonly denseBytes: Quantity<"data">;
  readonly factoredBytes: Quantity<"data">;
  /** FLOPs of one matrix-vector product: 2mn dense, 2k(m + n) factored. */
  readonly denseFlopsPerVector: number;
  readonly factoredFlopsPerVector: number;
  /** Largest rank that still saves parameters, the largest k with k(m + n) < mn: ⌈mn / (m + n)⌉ − 1 (n/2 − 1 for an n × n matrix). */
  readonly breakEvenRank: number;
}

/**
 * Parameters, bytes and FLOPs of a rank-k factorisation, without a matrix.
 *
 * Source: seed 004 L24776–L24797, L24783–L24785: a 4096 × 4096 FP32 matrix is 64 MB
 * (64 MiB); rank 128 keeps (4096·128 + 128·4096) × 4 B = 4 MiB, 16× less data movement;
 * L26279: 1000 × 1000 at rank 50 keeps 100,000 of 1M parameters. (The book says FLOPs
 * "increase slightly"; per vector they fall 16× here: 2k(m + n) < 2mn whenever k < mn/(m + n).)
 *
 * @throws InvalidParameterError for sizes that are not integers ≥ 1 (product ≤ 1e15), a
 *   rank outside [1, min(rows, cols)], a non-positive value size, a missing input or an unknown key.
 * @example
 * ```ts
 * const r = lowRankParameters({ rows: 4096, cols: 4096, rank: 128 });
 * r.compression                // 16
 * r.factoredBytes.to("MiB")    // 4
 * ```
 */
export function lowRankParameters(input: LowRankParametersInput): LowRankParametersResult {
  const fn = "lowRankParameters";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["rows", "cols", "rank", "bytesPerValue"]);
  const m = check.integer("rows", i.rows, 1);
  const n = check.integer("cols", i.cols, 1);
  if (m * n > 1e15) check.fail("cols", n, "a size with rows × cols ≤ 1e15");
  const k = check.integer("rank", i.rank, 1);
  if (k > Math.min(m, n)) check.fail("rank", k, `an integer in [1, min(rows, cols) = ${Math.min(m, n)}]`);
  const bytes = readAmount(fn, "bytesPerValue", i.bytesPerValue ?? 4, "B", "positive").to("B");
  const dense = m * n;
  const factored = k * (m + n);
  return Object.freeze({
    denseParameters: dense,
    factoredParameters: factored,
    compression: dense / factored,
    denseBytes: q(dense * bytes, "B"),
    factoredBytes: q(factored * bytes, "B"),
    denseFlopsPerVector: 2 * dense,
    factoredFlopsPerVector: 2 * factored,
    breakEvenRank: Math.ceil(dense / (m + n)) - 1,
  });
}

/** Input of {@link lowRankFactorize}. */
export interface LowRankFactorizeInput {
  /** A row-major matrix, finite. */
  readonly values: WeightArray;
  /** `[rows, cols]` (SVD work bound: rows · cols · min(rows, cols) ≤ 3e8). */
  readonly shape: readonly [number, number];
  /** k, an integer in [1, min(rows, cols)]. */
  readonly rank: number;
}

/** Result of {@link lowRankFactorize}. */
export interface LowRankFactorizeResult {
  /** U_k · diag(σ_k), row-major rows × k, float32. */
  readonly left: Float32Array;
  /** V_kᵀ, row-major k × cols, float32. */
  readonly right: Float32Array;
  /** All singular values, descending. */
  readonly singularValues: Float64Array;
  /** left · right, row-major rows × cols, float32. */
  readonly reconstruction: Float32Array;
  /** Σ_{i ≤ k} σ_i² / Σ σ_i²: the share of the matrix's energy (squared Frobenius norm) kept. */
  readonly energyRetained: number;
  /** Error of the reconstruction; relativeError² = 1 − energyRetained (Eckart–Young). */
  readonly error: TensorError;
  /** Parameter counts, as {@link lowRankParameters}. */
  readonly parameters: LowRankParametersResult;
}

/**
 * The best rank-k factorisation of a matrix, by truncated SVD.
 *
 * Formula (seed 004 L24776–L24797): `A (m×n) ≈ U (m×k) · V (k×n)`; here U = U_k·Σ_k and
 * V = V_kᵀ from {@link singularValueDecomposition}. The Frobenius error is √(Σ_{i>k} σ_i²).
 *
 * @throws InvalidParameterError for values that are not a finite non-empty typed array,
 *   a shape that does not match or exceeds the SVD bound, a rank outside
 *   [1, min(rows, cols)], a missing input or an unknown key.
 * @example
 * ```ts
 * const a = Float32Array.from([1, 2, 2, 4, 3, 6]); // rank 1: rows are multiples of [1, 2]
 * const r = lowRankFactorize({ values: a, shape: [3, 2], rank: 1 });
 * r.energyRetained            // 1
 * r.parameters.factoredParameters // 5
 * ```
 */
export function lowRankFactorize(input: LowRankFactorizeInput): LowRankFactorizeResult {
  const fn = "lowRankFactorize";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "shape", "rank"]);
  const x = weightsOf(fn, "values", i.values);
  const [rows, cols] = shapeOf(fn, i.shape, x.length);
  const k = check.integer("rank", i.rank, 1);
  if (k > Math.min(rows, cols)) check.fail("rank", k, `an integer in [1, min(rows, cols) = ${Math.min(rows, cols)}]`);
  const svd = singularValueDecomposition({ values: x, shape: [rows, cols] });
  const full = svd.singularValues.length;
  const left = new Float32Array(rows * k);
  const right = new Float32Array(k * cols);
  for (let r = 0; r < rows; r++) for (let t = 0; t < k; t++) left[r * k + t] = svd.u[r * full + t] * svd.singularValues[t];
  for (let t = 0; t < k; t++) for (let c = 0; c < cols; c++) right[t * cols + c] = svd.vt[t * cols + c];
  const reconstruction = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    let s = 0;
    for (let t = 0; t < k; t++) s += svd.u[r * full + t] * svd.singularValues[t] * svd.vt[t * cols + c];
    reconstruction[r * cols + c] = s;
  }
  let kept = 0;
  let total = 0;
  svd.singularValues.forEach((s, t) => {
    total += s * s;
    if (t < k) kept += s * s;
  });
  return Object.freeze({
    left, right, singularValues: svd.singularValues, reconstruction,
    energyRetained: total === 0 ? 1 : kept / total,
    error: errorOf(x, reconstruction),
    parameters: lowRankParameters({ rows, cols, rank: k }),
  });
}

/** Input of {@link lowRankErrorByRank}. */
export interface LowRankErrorByRankInput {
  /** A row-major matrix, finite. */
  readonly values: WeightArray;
  readonly shape: readonly [number, number];
  /** Ranks to evaluate, 1 to 1,000 integers in [1, min(rows, cols)]. */
  readonly ranks: readonly number[];
}

/** One rank of {@link lowRankErrorByRank}. */
export interface LowRankErrorPoint {
  readonly rank: number;
  /** ‖A − A_k‖_F / ‖A‖_F = √(Σ_{i>k} σ_i² / Σ σ_i²) (0 for a zero matrix). */
  readonly relativeError: number;
  /** Σ_{i≤k} σ_i² / Σ σ_i². */
  readonly energyRetained: number;
  /** mn / (k(m + n)). */
  readonly compression: number;
}

/**
 * The best rank-k error for many ranks from one SVD: by Eckart–Young the truncated SVD's
 * Frobenius error is the energy of the dropped singular values, so no reconstruction is
 * needed. {@link lowRankFactorize} builds the factors for one rank.
 *
 * Source: seed 004 L24776–L24797 (low-rank factorisation; "effective rank 128 keeps 97 %").
 *
 * @throws InvalidParameterError for a bad matrix or shape, an empty or long rank list, a
 *   rank outside [1, min(rows, cols)], a missing input or an unknown key.
 * @example
 * ```ts
 * lowRankErrorByRank({ values: Float64Array.from([3, 0, 0, 4]), shape: [2, 2], ranks: [1] })[0].relativeError // 0.6
 * ```
 */
export function lowRankErrorByRank(input: LowRankErrorByRankInput): LowRankErrorPoint[] {
  const fn = "lowRankErrorByRank";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "shape", "ranks"]);
  const x = weightsOf(fn, "values", i.values);
  const [rows, cols] = shapeOf(fn, i.shape, x.length);
  if (!Array.isArray(i.ranks) || i.ranks.length === 0 || i.ranks.length > 1000) check.fail("ranks", i.ranks, "a list of 1 to 1,000 ranks");
  const ranks = i.ranks.map((k, t) => {
    check.integer(`ranks[${t}]`, k, 1);
    return k > Math.min(rows, cols) ? check.fail(`ranks[${t}]`, k, `an integer in [1, min(rows, cols) = ${Math.min(rows, cols)}]`) : k;
  });
  const sigma = singularValueDecomposition({ values: x, shape: [rows, cols] }).singularValues;
  const energy = sigma.reduce((s, v) => s + v * v, 0);
  return ranks.map((k) => {
    let kept = 0;
    for (let t = 0; t < k; t++) kept += sigma[t] ** 2;
    const retained = energy === 0 ? 1 : kept / energy;
    return { rank: k, relativeError: Math.sqrt(Math.max(0, 1 - retained)), energyRetained: retained, compression: (rows * cols) / (k * (rows + cols)) };
  });
}
