/**
 * Exact null distribution of the two-sample Kolmogorov–Smirnov statistic by
 * lattice-path counting, as in SciPy's `ks_2samp` (scipy/stats/_stats_py.py and
 * _stats_pythran.py, SciPy 1.10), re-derived and ported in our own words.
 *
 * Under H₀ every interleaving of the n₁ + n₂ sorted values is equally likely, so
 * the merged sample is a monotone lattice path from (0, 0) to (n₁, n₂), and
 * D ≥ h/lcm(n₁, n₂) exactly when the path leaves the band |x/n₁ − y/n₂| < h/lcm.
 * Internal module (not re-exported).
 */
import { logGamma } from "./special/gamma";

/** Round half to even, like numpy.round. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** floor(a / b) for non-negative b, exact for safe integers. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

function ceilDiv(a: number, b: number): number {
  return -floorDiv(-a, b);
}

/**
 * Two-sided, n₁ = n₂ = n: probability that a path leaves the band |x − y| < h,
 * by the reflection-principle alternating sum (SciPy `_compute_prob_outside_square`).
 */
export function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k -= 1;
  }
  return 2 * P;
}

/**
 * Two-sided, general n₁, n₂: probability that a path does not stay strictly inside
 * |x/m − y/n| < h/lcm, with the column recursion written directly for 1 − p
 * (Hodges 1958; Viehmann 2021, arXiv:2102.08037), O(m · window) time.
 */
export function probOutsideBand(m0: number, n0: number, g: number, h: number): number {
  let m = m0;
  let n = n0;
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < Math.min(maxj, lenA); j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(floorDiv(ng * i - h, mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(ceilDiv(ng * i + h, mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) {
      const end = Math.min(maxj - minj + (lastlen - curlen), lenA);
      for (let t = maxj - minj; t < end; t++) A[t] = 1;
    }
  }
  return A[maxj - minj - 1];
}

/** Binomial coefficient C(n, k) for integers 0 ≤ k ≤ n, as a double (may be Infinity). */
export function binom(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let kx = k;
  if (kx > n / 2 && n > 0) kx = n - kx;
  if (kx < 20) {
    // Same product as scipy.special.binom for small k.
    let num = 1;
    let den = 1;
    for (let i = 1; i <= kx; i++) {
      num *= i + n - kx;
      den *= i;
      if (Math.abs(num) > 1e50) {
        num /= den;
        den = 1;
      }
    }
    return num / den;
  }
  return Math.exp(logGamma(n + 1) - logGamma(kx + 1) - logGamma(n - kx + 1));
}

/**
 * One-sided, n₁ ≠ n₂: number of paths that reach the line x/m − y/n = h/lcm
 * (SciPy `_count_paths_outside_method`). Returns NaN when the count is not
 * representable (SciPy raises a floating-point error there and falls back).
 */
export function countPathsOutside(m0: number, n0: number, g: number, h: number): number {
  let m = m0;
  let n = n0;
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  const lxj = n + floorDiv(mg - h, mg);
  if (lxj === 0) return binom(m + n, n);
  const xj = new Float64Array(lxj);
  for (let j = 0; j < lxj; j++) xj[j] = ceilDiv(h + mg * j, ng);
  const B = new Float64Array(lxj);
  B[0] = 1;
  for (let j = 1; j < lxj; j++) {
    let Bj = binom(xj[j] + j, j);
    for (let i = 0; i < j; i++) {
      const c = binom(xj[j] - xj[i] + j - i, j - i);
      const prod = c * B[i];
      if (!Number.isFinite(prod)) return NaN;
      Bj -= prod;
    }
    if (!Number.isFinite(Bj)) return NaN;
    B[j] = Bj;
  }
  let numPaths = 0;
  for (let j = 0; j < lxj; j++) {
    const term = B[j] * binom(m - xj[j] + (n - j), n - j);
    if (!Number.isFinite(term)) return NaN;
    numPaths += term;
  }
  return numPaths;
}

/** Result of an exact attempt: the lattice-snapped statistic and its p-value, or failure. */
export interface ExactAttempt {
  readonly success: boolean;
  readonly d: number;
  readonly pvalue: number;
}

/**
 * SciPy `_attempt_exact_2kssamp`: snaps d to the lattice h/lcm(n₁, n₂) and computes
 * the exact p-value; `success` is false where SciPy would hit a floating-point error
 * (and fall back to the asymptotic method).
 */
export function attemptExact(
  n1: number,
  n2: number,
  g: number,
  d0: number,
  alternative: "two-sided" | "less" | "greater",
): ExactAttempt {
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d0 * lcm);
  const d = h / lcm;
  if (h === 0) return { success: true, d, pvalue: 1 };
  let prob: number;
  if (alternative === "two-sided") {
    prob = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
  } else if (n1 === n2) {
    prob = 1;
    for (let j = 0; j < h; j++) prob *= (n1 - j) / (n1 + j + 1);
  } else {
    const numPaths = countPathsOutside(n1, n2, g, h);
    const total = binom(n1 + n2, n1);
    if (Number.isNaN(numPaths) || !Number.isFinite(total) || numPaths > total) {
      return { success: false, d, pvalue: NaN };
    }
    prob = numPaths / total;
  }
  if (!(prob >= 0 && prob <= 1)) return { success: false, d, pvalue: prob };
  return { success: true, d, pvalue: prob };
}
