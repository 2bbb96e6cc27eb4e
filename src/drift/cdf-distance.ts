/**
 * Shared engine of {@link wassersteinDistance} and {@link energyDistance}: the
 * Lᵖ distance between two (weighted) empirical CDFs, ∫ |U(x) − V(x)|ᵖ dx, as in
 * SciPy's `_cdf_distance` (scipy/stats/_stats_py.py). Internal module.
 */
import { InvalidParameterError } from "../util/errors";
import { NanPolicy, Sample, cleanSample, sortedSample } from "./sample";

interface SortedWeighted {
  values: Float64Array;
  /** cumulative weights, normalised to end at 1; null when unweighted */
  cum: Float64Array | null;
}

function prepare(
  fn: string,
  name: string,
  values: Sample,
  weights: Sample | undefined,
  weightName: string,
  nan: NanPolicy,
): SortedWeighted {
  if (weights === undefined) {
    return { values: sortedSample(fn, name, values, nan).values, cum: null };
  }
  // With weights, omission must drop the pair, so validate values strictly here.
  const v = cleanSample(fn, name, values, "raise").values;
  const w = cleanSample(fn, weightName, weights, "raise").values;
  if (w.length !== v.length) {
    throw new InvalidParameterError(fn, weightName, weights, `the same length as ${name} (${v.length})`);
  }
  let total = 0;
  for (let i = 0; i < w.length; i++) {
    if (w[i] < 0) throw new InvalidParameterError(fn, `${weightName}[${i}]`, w[i], "a finite weight ≥ 0");
    total += w[i];
  }
  if (!(total > 0) || !Number.isFinite(total)) {
    throw new InvalidParameterError(fn, `sum of ${weightName}`, total, "a finite number > 0");
  }
  const order = new Uint32Array(v.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((i, j) => v[i] - v[j] || i - j);
  const sv = new Float64Array(v.length);
  const cum = new Float64Array(v.length);
  let acc = 0;
  for (let k = 0; k < order.length; k++) {
    sv[k] = v[order[k]];
    acc += w[order[k]];
    cum[k] = acc;
  }
  for (let k = 0; k < cum.length; k++) cum[k] /= acc;
  return { values: sv, cum };
}

/**
 * Σ over consecutive distinct merged values xₜ < xₜ₊₁ of |U(xₜ) − V(xₜ)|ᵖ·(xₜ₊₁ − xₜ),
 * with Neumaier-compensated summation; returns the sum (not its p-th root).
 */
export function cdfDistanceSum(
  fn: string,
  p: 1 | 2,
  u: Sample,
  v: Sample,
  uWeights: Sample | undefined,
  vWeights: Sample | undefined,
  nan: NanPolicy,
): number {
  const U = prepare(fn, "u", u, uWeights, "uWeights", nan);
  const V = prepare(fn, "v", v, vWeights, "vWeights", nan);
  const x = U.values;
  const y = V.values;
  const nu = x.length;
  const nv = y.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  let comp = 0;
  let prev = NaN;
  let prevDiff = 0;
  let started = false;
  while (i < nu || j < nv) {
    const t = j >= nv || (i < nu && x[i] <= y[j]) ? x[i] : y[j];
    if (started) {
      const term = (p === 1 ? Math.abs(prevDiff) : prevDiff * prevDiff) * (t - prev);
      const s = sum + term;
      comp += Math.abs(sum) >= Math.abs(term) ? sum - s + term : term - s + sum;
      sum = s;
    }
    while (i < nu && x[i] <= t) i++;
    while (j < nv && y[j] <= t) j++;
    const fu = U.cum ? (i > 0 ? U.cum[i - 1] : 0) : i / nu;
    const fv = V.cum ? (j > 0 ? V.cum[j - 1] : 0) : j / nv;
    prevDiff = fu - fv;
    prev = t;
    started = true;
  }
  return sum + comp;
}
