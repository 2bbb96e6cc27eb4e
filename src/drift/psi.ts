import { InvalidParameterError } from "../util/errors";
import { validatorFor } from "../util/validate";
import { QuantileCuts, countIntoBins, quantileCuts, uniqueSorted } from "./bin-edges";
import { PsiBand } from "./psi-band";
import { PSI_DEFAULT_EPSILON, psiTerms } from "./psi-from-proportions";
import { NanPolicy, Sample, finiteView } from "./sample";

/** How {@link psi} bins the samples. */
export type PsiBins = "quantile" | "uniform" | "sturges" | number | readonly number[];

/** Options of {@link psi}. */
export interface PsiOptions {
  /**
   * - "quantile" (default): `binCount` bins with equal reference mass, cut at the
   *   reference quantiles (numpy.quantile "linear"); repeated cut points are merged,
   *   so heavily tied data gets fewer bins.
   * - a number k: k quantile bins.
   * - "uniform": `binCount` equal-width bins over the reference range.
   * - "sturges": equal-width bins over the combined range, ⌈log₂ N + 1⌉ of them
   *   (numpy "sturges", what Evidently uses).
   * - number[]: explicit ascending edges e₀ < … < e_k; bins [eᵢ, eᵢ₊₁), the last one
   *   closed. Use −Infinity/Infinity as outer edges for open-ended bins; a value
   *   outside [e₀, e_k] is an error.
   * For the first three the outer bins are open: (−∞, c₁), …, [c_{k−1}, ∞).
   */
  readonly bins?: PsiBins;
  /** Number of bins for "quantile" and "uniform"; default 10 (deciles). */
  readonly binCount?: number;
  /** Floor for bin proportions before the logarithm; default 1e-4 ({@link psiFromProportions}). */
  readonly epsilon?: number;
  readonly nan?: NanPolicy;
}

/** Result of {@link psi}. */
export interface PsiResult {
  /** The PSI (dimensionless, ≥ 0, natural log). */
  readonly statistic: number;
  /** Bin edges, ascending, length = bins + 1 (±Infinity for open outer bins). */
  readonly edges: readonly number[];
  /** Share of the reference sample in each bin (before the epsilon floor). */
  readonly expectedProportions: readonly number[];
  /** Share of the current sample in each bin (before the epsilon floor). */
  readonly actualProportions: readonly number[];
  /** Per-bin (aᵢ − eᵢ)·ln(aᵢ/eᵢ) after the floor. */
  readonly contributions: readonly number[];
  readonly band: PsiBand;
  /** NaN/±Infinity values dropped under `nan: "omit"` (both samples). */
  readonly omitted: number;
}

function minMax(values: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

function linspaceInterior(first: number, last: number, k: number): number[] {
  const step = (last - first) / k;
  const cuts: number[] = [];
  for (let i = 1; i < k; i++) cuts.push(i * step + first);
  return cuts;
}

/**
 * Population Stability Index between a reference sample (`expected`, e.g. the
 * training feature) and a current one (`actual`, e.g. a day of serving traffic),
 * binning raw values first.
 *
 * Formula (book Eq. 14.12, seed L36272): `PSI = Σᵢ (aᵢ − eᵢ)·ln(aᵢ/eᵢ)` where eᵢ and
 * aᵢ are the shares of `expected` and `actual` in bin i. Bands (seed L4953): < 0.1
 * stable, 0.1–0.2 moderate, > 0.2 significant drift ({@link psiBand}). The book
 * gives no binning rule or epsilon (L36272); defaults here: 10 quantile bins of
 * the reference (deciles) and proportions floored at epsilon = 1e-4 before the log
 * (an empty bin then adds a large finite term, never Infinity).
 *
 * Cost: O(n) to validate, O(n_ref) for the quantiles (radix selection: two passes
 * over the reference, no sort and no copy, which also yields the reference's bin
 * counts), O(n_cur·log k) to count the current sample (branch-free binary search);
 * memory O(k) plus a few percent of n_ref. 1e7 vs 1e7 values take 0.1–0.3 s.
 *
 * @param expected - reference sample (any array-like or iterable of numbers)
 * @param actual - current sample
 * @param options - bins, binCount, epsilon, nan policy
 * @returns frozen {@link PsiResult}
 * @throws InvalidParameterError for empty samples, NaN/±Infinity (unless
 *   `nan: "omit"`), bad bins/binCount/epsilon, or values outside explicit edges
 * @example
 * ```ts
 * psi([1, 2, 3, 4, 5, 6, 7, 8], [5, 6, 7, 8, 9, 10, 11, 12], { bins: 4 });
 * // { statistic: 4.45976434056003, edges: [-Infinity, 2.75, 4.5, 6.25, Infinity],
 * //   expectedProportions: [0.25, 0.25, 0.25, 0.25], actualProportions: [0, 0, 0.25, 0.75],
 * //   contributions: [1.9552290981129874, 1.9552290981129874, 0, 0.5493061443340548],
 * //   band: "significant", omitted: 0 }   (the two empty bins are floored at 1e-4)
 * ```
 */
export function psi(expected: Sample, actual: Sample, options: PsiOptions = {}): PsiResult {
  const fn = "psi";
  const check = validatorFor(fn);
  const epsilon = options.epsilon ?? PSI_DEFAULT_EPSILON;
  if (!(epsilon > 0 && epsilon < 1)) check.fail("epsilon", epsilon, "a finite number in (0, 1)");
  const binsOpt = options.bins ?? "quantile";
  const binCount = options.binCount ?? 10;
  check.integer("binCount", binCount, 1);
  const nan = options.nan ?? "raise";
  const e = finiteView(fn, "expected", expected, nan);
  const a = finiteView(fn, "actual", actual, nan);
  const ev = e.values;
  const av = a.values;

  let cuts: number[];
  let edges: number[];
  let reference: QuantileCuts | null = null;
  if (Array.isArray(binsOpt) || ArrayBuffer.isView(binsOpt)) {
    const given = Array.from(binsOpt as ArrayLike<number>);
    if (given.length < 2) check.fail("bins", binsOpt, "at least two ascending edges");
    for (let i = 0; i < given.length; i++) {
      const v = given[i];
      if (typeof v !== "number" || Number.isNaN(v)) check.fail(`bins[${i}]`, v, "a number");
      if (i > 0 && !(v > given[i - 1])) check.fail(`bins[${i}]`, v, `greater than bins[${i - 1}] = ${given[i - 1]}`);
    }
    const lo = given[0];
    const hi = given[given.length - 1];
    const outside = (vals: Float64Array, name: string) => {
      for (let i = 0; i < vals.length; i++) {
        if (vals[i] < lo || vals[i] > hi) {
          throw new InvalidParameterError(fn, `${name}[${i}]`, vals[i], `inside the bin edges [${lo}, ${hi}]`);
        }
      }
    };
    outside(ev, "expected");
    outside(av, "actual");
    // Interior edges act as cuts; the last bin is closed on the right because
    // values equal to the top edge fall in the last (open) bin of countIntoBins.
    cuts = given.slice(1, -1);
    edges = given;
  } else {
    let kind: "quantile" | "uniform" | "sturges";
    let k = binCount;
    if (typeof binsOpt === "number") {
      kind = "quantile";
      k = check.integer("bins", binsOpt, 1);
    } else {
      kind = check.oneOf("bins", binsOpt as "quantile" | "uniform" | "sturges", ["quantile", "uniform", "sturges"] as const);
    }
    if (kind === "quantile") {
      const probs: number[] = [];
      const step = 1 / k;
      for (let i = 1; i < k; i++) probs.push(i * step);
      reference = quantileCuts(ev, probs);
      cuts = uniqueSorted(reference.quantiles);
    } else if (kind === "uniform") {
      const [lo, hi] = minMax(ev);
      cuts = hi > lo ? linspaceInterior(lo, hi, k) : [];
    } else {
      const [lo1, hi1] = minMax(ev);
      const [lo2, hi2] = minMax(av);
      const lo = Math.min(lo1, lo2);
      const hi = Math.max(hi1, hi2);
      const ptp = hi - lo;
      if (ptp > 0) {
        const width = ptp / (Math.log2(ev.length + av.length) + 1);
        cuts = linspaceInterior(lo, hi, Math.ceil(ptp / width));
      } else {
        cuts = [];
      }
    }
    cuts = uniqueSorted(cuts);
    edges = [-Infinity, ...cuts, Infinity];
  }

  // Quantile bins: the selection that found the cuts also counted the reference.
  const ce = reference?.countInto(cuts) ?? countIntoBins(ev, cuts);
  const ca = countIntoBins(av, cuts);
  const pe = Array.from(ce, (c) => c / ev.length);
  const pa = Array.from(ca, (c) => c / av.length);
  const terms = psiTerms(pe, pa, epsilon);
  return Object.freeze({
    statistic: terms.statistic,
    edges: Object.freeze(edges),
    expectedProportions: Object.freeze(pe),
    actualProportions: Object.freeze(pa),
    contributions: terms.contributions,
    band: terms.band,
    omitted: e.omitted + a.omitted,
  });
}
