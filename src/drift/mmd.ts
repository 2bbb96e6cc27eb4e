import { validatorFor, Validator } from "../util/validate";
import { streamFor } from "../random/stream-for";
import type { Sample } from "./sample";
import { selectRanks } from "./bin-edges";

/** A sample for {@link mmd}: 1-D numbers, rows of numbers, or a flat row-major array with `dims` columns. */
export type MmdSample = Sample | readonly ArrayLike<number>[];

/** Options of {@link mmd}. */
export interface MmdOptions {
  /** Kernel; only the Gaussian RBF k(u, v) = exp(−‖u − v‖²/(2σ²)) is provided. Default "rbf". */
  readonly kernel?: "rbf";
  /**
   * σ, in the units of the data: a number > 0, or "median" (default) for the median
   * heuristic, σ = median of the Euclidean distances ‖zᵢ − zⱼ‖ over all pairs i < j
   * of the pooled sample z = x ∪ y (numpy.median convention: mean of the two middle
   * values for an even count).
   */
  readonly bandwidth?: "median" | number;
  /** Number B of label permutations for the p-value (integer ≥ 1); default 500. */
  readonly permutations?: number;
  /** Seed of the permutation stream (`streamFor(seed, "mmd")`), integer in [0, 2^53); default 0. */
  readonly seed?: number;
  /** Columns per row when x and y are flat arrays (row-major); default 1. Ignored for number[][] rows. */
  readonly dims?: number;
  /**
   * Largest pooled size n + m accepted (default 10,000). The pooled kernel matrix
   * takes (n + m)²/2 doubles (10,000 rows → 400 MB); subsample above this.
   */
  readonly maxPooledSize?: number;
}

/** Result of {@link mmd}. */
export interface MmdResult {
  /** Unbiased estimate of MMD² (dimensionless, can be slightly negative under H₀). */
  readonly statistic: number;
  /** Permutation p-value (b + 1)/(B + 1), b = permuted statistics ≥ the observed one (within 100·ε relative). */
  readonly pvalue: number;
  /** σ used by the kernel, in data units. */
  readonly bandwidth: number;
  /** B, the number of permutations drawn. */
  readonly permutations: number;
  /** b, how many permuted statistics reached the observed one. */
  readonly exceedances: number;
  /** Columns per row. */
  readonly dims: number;
}

interface Rows {
  readonly values: Float64Array;
  readonly count: number;
}

function readRows(check: Validator, parameter: string, input: MmdSample, dims: number | undefined): { rows: Rows; dims: number } {
  if (Array.isArray(input) && input.length > 0 && typeof input[0] === "object" && input[0] !== null) {
    const rows = input as readonly ArrayLike<number>[];
    const d = rows[0].length;
    if (!(d >= 1)) check.fail(`${parameter}[0]`, rows[0], "a non-empty row of numbers");
    const values = new Float64Array(rows.length * d);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!row || typeof row !== "object" || row.length !== d) check.fail(`${parameter}[${i}]`, row, `a row of ${d} numbers (like ${parameter}[0])`);
      for (let j = 0; j < d; j++) {
        const v = row[j];
        if (!(typeof v === "number" && Number.isFinite(v))) check.fail(`${parameter}[${i}][${j}]`, v, "a finite number");
        values[i * d + j] = v;
      }
    }
    return { rows: { values, count: rows.length }, dims: d };
  }
  const d = dims ?? 1;
  let flat: ArrayLike<number>;
  if (input !== null && typeof input === "object" && typeof (input as ArrayLike<number>).length === "number") {
    flat = input as ArrayLike<number>;
  } else if (input !== null && typeof input === "object" && typeof (input as Iterable<number>)[Symbol.iterator] === "function") {
    flat = Array.from(input as Iterable<number>);
  } else {
    return check.fail(parameter, input, "an array of numbers, an array of rows, or a typed array");
  }
  if (flat.length % d !== 0) check.fail(parameter, input, `a flat array whose length is a multiple of dims (${d})`);
  const values = new Float64Array(flat.length);
  for (let i = 0; i < flat.length; i++) {
    const v = flat[i];
    if (!(typeof v === "number" && Number.isFinite(v))) check.fail(`${parameter}[${i}]`, v, "a finite number");
    values[i] = v;
  }
  return { rows: { values, count: flat.length / d }, dims: d };
}

/** Median of the values (numpy convention), destroying the order of `a`. */
function medianInPlace(a: Float64Array): number {
  const m = a.length;
  selectRanks(a, [m >> 1]);
  const upper = a[m >> 1];
  if (m % 2 === 1) return upper;
  // after selection every value left of m/2 is ≤ upper; the lower middle is their maximum
  let lower = -Infinity;
  for (let i = 0; i < m >> 1; i++) if (a[i] > lower) lower = a[i];
  return (lower + upper) / 2;
}

/**
 * Sums of kernel entries over unordered pairs i < j, split by the pair's group
 * labels (0+0, 0+1, 1+1). `rowTotals[i]` = Σ_{j>i} K_ij does not depend on the
 * labels, so each row needs only one branch-free dot product with the 0/1 labels.
 */
function groupSums(kernel: Float64Array, rowTotals: Float64Array, labels: Float64Array, sums: Float64Array): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  const total = labels.length;
  let t = 0;
  for (let i = 0; i < total - 1; i++) {
    let ones = 0;
    for (let j = i + 1; j < total; j++) ones += kernel[t++] * labels[j];
    const zeros = rowTotals[i] - ones;
    if (labels[i] === 0) {
      s0 += zeros;
      s1 += ones;
    } else {
      s1 += zeros;
      s2 += ones;
    }
  }
  sums[0] = s0;
  sums[1] = s1;
  sums[2] = s2;
}

/**
 * Maximum mean discrepancy two-sample test with a Gaussian RBF kernel: do x
 * (reference) and y (current) come from the same distribution? Works for 1-D
 * features and for whole feature vectors (embeddings), where per-feature tests
 * miss joint shifts. The book names MMD for the synthetic-vs-real domain gap
 * (seed L22318) and for covariate-shift detection (ch. 12 §12.4 catalog); alibi-detect's
 * `MMDDrift` runs the same statistic with a permutation test. Beyond the book's
 * own formulas ("beyond book" in the chapter 14 catalog).
 *
 * Formula: with k(u, v) = exp(−‖u − v‖²/(2σ²)), n = |x|, m = |y|,
 * MMD²ᵤ = Σ_{i≠j} k(xᵢ, xⱼ)/(n(n − 1)) + Σ_{i≠j} k(yᵢ, yⱼ)/(m(m − 1)) − 2·Σ_{i,j} k(xᵢ, yⱼ)/(nm)
 * (Gretton et al. 2012, unbiased estimator). σ: the median heuristic (see
 * `bandwidth`) or the given value. p-value: the n + m pooled rows are relabelled by
 * B uniform random permutations (Fisher–Yates on the Philox stream
 * `streamFor(seed, "mmd")`), p = (1 + #{MMD²ᵤ(perm) ≥ MMD²ᵤ(observed)})/(B + 1),
 * so p ≥ 1/(B + 1); "≥" allows a relative slack of 100·ε for rounding, as
 * `scipy.stats.permutation_test` does. The same seed always gives the same p-value.
 *
 * Cost: O((n + m)²·d) to build the kernel once, O((n + m)²·B) for the permutations,
 * (n + m)²/2 doubles of memory.
 *
 * @param x - reference sample: numbers (1-D), rows `number[][]`, or a flat
 *   row-major array with `options.dims` columns; at least 2 rows
 * @param y - current sample, same form and dimension; at least 2 rows
 * @param options - `kernel`, `bandwidth`, `permutations`, `seed`, `dims`, `maxPooledSize`
 * @returns frozen {@link MmdResult}
 * @throws InvalidParameterError for fewer than 2 rows, NaN/±Infinity (named by
 *   index), ragged rows, mismatched dimensions, a bandwidth ≤ 0 or a median
 *   heuristic of 0 (more than half of the pairwise distances are 0), permutations
 *   < 1, a bad seed, or n + m above `maxPooledSize`
 * @example
 * ```ts
 * mmd([0, 0.5, 1, 1.5], [3, 3.5, 4, 4.5], { permutations: 200, seed: 1 });
 * // { statistic: 1.104298147048623, pvalue: 0.03482587064676617, bandwidth: 2,
 * //   permutations: 200, exceedances: 6, dims: 1 }
 * ```
 */
export function mmd(x: MmdSample, y: MmdSample, options: MmdOptions = {}): MmdResult {
  const fn = "mmd";
  const check = validatorFor(fn);
  check.oneOf("kernel", options.kernel ?? "rbf", ["rbf"] as const);
  const permutations = check.integer("permutations", options.permutations ?? 500, 1);
  const seed = options.seed ?? 0;
  if (!Number.isSafeInteger(seed) || seed < 0) check.fail("seed", seed, "an integer in [0, 2^53)");
  const dimsOption = options.dims === undefined ? undefined : check.integer("dims", options.dims, 1);
  const maxPooled = check.integer("maxPooledSize", options.maxPooledSize ?? 10000, 4);
  const bandwidthOption = options.bandwidth ?? "median";
  if (bandwidthOption !== "median") check.positive("bandwidth", bandwidthOption as number);

  const rx = readRows(check, "x", x, dimsOption);
  const ry = readRows(check, "y", y, dimsOption);
  if (rx.dims !== ry.dims) check.fail("y", y, `rows of the same dimension as x (${rx.dims})`);
  const d = rx.dims;
  const n = rx.rows.count;
  const m = ry.rows.count;
  if (n < 2) check.fail("x", x, "a sample of at least 2 rows");
  if (m < 2) check.fail("y", y, "a sample of at least 2 rows");
  const total = n + m;
  if (total > maxPooled) check.fail("x", x, `samples with n + m ≤ maxPooledSize (${maxPooled}), here n + m = ${total} (subsample, or raise maxPooledSize)`);

  const z = new Float64Array(total * d);
  z.set(rx.rows.values, 0);
  z.set(ry.rows.values, n * d);

  // Pooled squared distances, upper triangle in row order.
  const pairs = (total * (total - 1)) / 2;
  const kernel = new Float64Array(pairs);
  let t = 0;
  for (let i = 0; i < total - 1; i++) {
    const oi = i * d;
    for (let j = i + 1; j < total; j++) {
      const oj = j * d;
      let s = 0;
      for (let c = 0; c < d; c++) {
        const diff = z[oi + c] - z[oj + c];
        s += diff * diff;
      }
      kernel[t++] = s;
    }
  }
  let bandwidth: number;
  if (bandwidthOption === "median") {
    const dist = new Float64Array(pairs);
    for (let p = 0; p < pairs; p++) dist[p] = Math.sqrt(kernel[p]);
    bandwidth = medianInPlace(dist);
    if (!(bandwidth > 0)) {
      check.fail("bandwidth", "median", "a number > 0 when more than half of the pooled pairwise distances are 0 (the median heuristic gives 0)");
    }
  } else {
    bandwidth = bandwidthOption as number;
  }
  const scale = -1 / (2 * bandwidth * bandwidth);
  for (let p = 0; p < pairs; p++) kernel[p] = Math.exp(kernel[p] * scale);

  const wxx = 2 / (n * (n - 1));
  const wyy = 2 / (m * (m - 1));
  const wxy = 2 / (n * m);
  const sums = new Float64Array(3);
  const statisticOf = (): number => wxx * sums[0] + wyy * sums[2] - wxy * sums[1];

  const rowTotals = new Float64Array(total);
  for (let i = 0, q = 0; i < total - 1; i++) {
    let r = 0;
    for (let j = i + 1; j < total; j++) r += kernel[q++];
    rowTotals[i] = r;
  }
  const labels = new Float64Array(total);
  labels.fill(1, n);
  groupSums(kernel, rowTotals, labels, sums);
  const statistic = statisticOf();

  // Ties within rounding count as exceedances (scipy.stats.permutation_test's 100·eps relative slack),
  // so the swapped partition, equal in exact arithmetic, is never lost to a last-bit difference.
  const floor = statistic - Math.abs(statistic) * 100 * Number.EPSILON;
  const source = streamFor(seed, "mmd");
  let exceedances = 0;
  for (let b = 0; b < permutations; b++) {
    for (let i = total - 1; i > 0; i--) {
      const j = Math.floor(source.nextFloat64() * (i + 1));
      const tmp = labels[i];
      labels[i] = labels[j];
      labels[j] = tmp;
    }
    groupSums(kernel, rowTotals, labels, sums);
    if (statisticOf() >= floor) exceedances++;
  }
  return Object.freeze({
    statistic,
    pvalue: (exceedances + 1) / (permutations + 1),
    bandwidth,
    permutations,
    exceedances,
    dims: d,
  });
}
