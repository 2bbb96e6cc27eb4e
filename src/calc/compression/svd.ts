/**
 * Singular value decomposition by one-sided Jacobi rotations (Hestenes' method): small,
 * exact to near machine precision, and enough for the matrices a notebook factorises.
 * Checked against NumPy's `linalg.svd` on fixtures.
 */
import { validatorFor } from "../../util/validate";
import { shapeOf, weightsOf, type WeightArray } from "./tensor";

/** Most work {@link singularValueDecomposition} accepts: rows · cols · min(rows, cols) ≤ 3e8 (a 650 × 650 matrix). */
export const MAX_SVD_WORK = 3e8;

/** Input of {@link singularValueDecomposition}. */
export interface SvdInput {
  /** A row-major matrix, finite. */
  readonly values: WeightArray;
  /** `[rows, cols]`; rows · cols · min(rows, cols) ≤ {@link MAX_SVD_WORK}. */
  readonly shape: readonly [number, number];
}

/** A thin SVD A = U · diag(σ) · Vᵀ with k = min(rows, cols). */
export interface SvdResult {
  /** Left singular vectors, row-major rows × k. */
  readonly u: Float64Array;
  /** Singular values, descending, k of them. */
  readonly singularValues: Float64Array;
  /** Vᵀ, row-major k × cols. */
  readonly vt: Float64Array;
  readonly rows: number;
  readonly cols: number;
  /** Jacobi sweeps until no column pair needed rotating. */
  readonly sweeps: number;
}

const MAX_SWEEPS = 60;

/** One-sided Jacobi on a column-major m × n matrix (m ≥ n): returns U·Σ in `a`, V in `v`. */
function jacobi(a: Float64Array, m: number, n: number, v: Float64Array): number {
  const eps = 1e-15;
  for (let sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        const op = p * m;
        const oq = q * m;
        for (let k = 0; k < m; k++) {
          const x = a[op + k];
          const y = a[oq + k];
          alpha += x * x;
          beta += y * y;
          gamma += x * y;
        }
        if (gamma === 0 || Math.abs(gamma) <= eps * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let k = 0; k < m; k++) {
          const x = a[op + k];
          const y = a[oq + k];
          a[op + k] = c * x - s * y;
          a[oq + k] = s * x + c * y;
        }
        const vp = p * n;
        const vq = q * n;
        for (let k = 0; k < n; k++) {
          const x = v[vp + k];
          const y = v[vq + k];
          v[vp + k] = c * x - s * y;
          v[vq + k] = s * x + c * y;
        }
      }
    }
    if (!rotated) return sweep;
  }
  return MAX_SWEEPS;
}

/**
 * Thin singular value decomposition of a matrix.
 *
 * Algorithm: one-sided Jacobi (Hestenes 1958; Demmel & Veselić 1992): rotate column pairs
 * of A until they are orthogonal; the column norms are the singular values, the
 * normalised columns U, the accumulated rotations V. A wide matrix is decomposed through
 * its transpose. Singular vectors of a zero singular value are zero vectors. Used by
 * {@link lowRankFactorize} (book Chapter 10, low-rank factorisation, L24776–L24797).
 *
 * @throws InvalidParameterError for values that are not a finite non-empty typed array,
 *   a shape that does not match, more than {@link MAX_SVD_WORK} work, a missing input or an unknown key.
 * @example
 * ```ts
 * singularValueDecomposition({ values: Float64Array.from([3, 0, 0, -2]), shape: [2, 2] }).singularValues // Float64Array [ 3, 2 ]
 * ```
 */
export function singularValueDecomposition(input: SvdInput): SvdResult {
  const fn = "singularValueDecomposition";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "shape"]);
  const x = weightsOf(fn, "values", i.values);
  const [rows, cols] = shapeOf(fn, i.shape, x.length);
  if (rows * cols * Math.min(rows, cols) > MAX_SVD_WORK) check.fail("shape", `[${rows}, ${cols}]`, `a matrix with rows × cols × min(rows, cols) ≤ ${MAX_SVD_WORK}`);
  const transpose = rows < cols;
  const m = transpose ? cols : rows;
  const n = transpose ? rows : cols;
  // Column-major m × n copy of A (or Aᵀ): column j is a[j·m … (j+1)·m).
  const a = new Float64Array(m * n);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    const value = x[r * cols + c];
    if (transpose) a[r * m + c] = value;
    else a[c * m + r] = value;
  }
  const v = new Float64Array(n * n);
  for (let k = 0; k < n; k++) v[k * n + k] = 1;
  const sweeps = jacobi(a, m, n, v);
  const sigma = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < m; k++) s += a[j * m + k] ** 2;
    sigma[j] = Math.sqrt(s);
  }
  const order = Int32Array.from({ length: n }, (_, k) => k).sort((p, q) => sigma[q] - sigma[p] || p - q);
  const k = n;
  // Left vectors of the decomposed matrix: columns of a / σ (m × k); right: columns of v (n × k).
  const left = new Float64Array(m * k);
  const right = new Float64Array(n * k);
  const singularValues = new Float64Array(k);
  order.forEach((j, t) => {
    singularValues[t] = sigma[j];
    const scale = sigma[j] > 0 ? 1 / sigma[j] : 0;
    for (let r = 0; r < m; r++) left[r * k + t] = a[j * m + r] * scale;
    for (let r = 0; r < n; r++) right[r * k + t] = v[j * n + r];
  });
  // A = L Σ Rᵀ, or Aᵀ = L Σ Rᵀ ⇒ A = R Σ Lᵀ.
  const u = transpose ? right : left;
  const vMatrix = transpose ? left : right;
  const vt = new Float64Array(k * cols);
  for (let c = 0; c < cols; c++) for (let t = 0; t < k; t++) vt[t * cols + c] = vMatrix[c * k + t];
  return Object.freeze({ u, singularValues, vt, rows, cols, sweeps });
}
