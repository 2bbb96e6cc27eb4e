import { validatorFor } from "../util/validate";
import { Alternative } from "./ks-2samp";
import { NanPolicy, Sample, sortedSample } from "./sample";
import { kolmogorovSf } from "./special/kolmogorov";
import { kstwoSf } from "./special/kstwo";
import { normalCdf } from "./special/normal";
import { smirnovSf } from "./special/smirnov";

/** Reference distributions for {@link kstest}, with SciPy's (loc, scale) parameters. */
export type KstestDistribution = "norm" | "uniform" | "expon";

/** Options of {@link kstest}. */
export interface KstestOptions {
  /** `[loc, scale]` as in SciPy (`args=(loc, scale)`); default `[0, 1]`. scale must be > 0. */
  readonly params?: readonly number[];
  readonly alternative?: Alternative;
  /** "auto" (default) = "exact" (kstwo) as in SciPy; "asymp" uses the Kolmogorov limit. */
  readonly method?: "auto" | "exact" | "asymp";
  readonly nan?: NanPolicy;
}

/** Result of {@link kstest}, mirroring scipy's KstestResult. */
export interface KstestResult {
  readonly statistic: number;
  readonly pvalue: number;
  readonly statisticLocation: number;
  readonly statisticSign: 1 | -1;
  readonly method: "exact" | "asymp";
  readonly n: number;
  readonly omitted: number;
}

function cdfFor(dist: KstestDistribution, loc: number, scale: number): (x: number) => number {
  switch (dist) {
    case "norm":
      return (x) => normalCdf((x - loc) / scale);
    case "uniform":
      return (x) => {
        const u = (x - loc) / scale;
        return u <= 0 ? 0 : u >= 1 ? 1 : u;
      };
    case "expon":
      return (x) => {
        const u = (x - loc) / scale;
        return u <= 0 ? 0 : -Math.expm1(-u);
      };
  }
}

/**
 * One-sample Kolmogorov–Smirnov goodness-of-fit test against a fully specified
 * normal, uniform or exponential distribution, equal to
 * `scipy.stats.kstest(x, dist, args=(loc, scale), alternative, method)` (SciPy 1.10).
 *
 * Statistic: with x₍₁₎ ≤ … ≤ x₍ₙ₎ and F the reference CDF, D⁺ = max(i/n − F(x₍ᵢ₎)),
 * D⁻ = max(F(x₍ᵢ₎) − (i−1)/n), D = max(D⁺, D⁻) (ties go to D⁻, as in SciPy).
 * p-value: two-sided exact = kstwo.sf(D, n) ({@link kstwoSf}); asymptotic =
 * kolmogorov(√n·D); one-sided = smirnov(n, D⁺ or D⁻) ({@link smirnovSf}).
 * The parameters must not be estimated from the same data (that needs a Lilliefors
 * correction, not provided).
 *
 * @param x - the sample (any array-like or iterable of numbers)
 * @param distribution - "norm" | "uniform" | "expon"
 * @param options - params [loc, scale], alternative, method, nan policy
 * @returns frozen {@link KstestResult}
 * @throws InvalidParameterError for an empty sample, NaN/±Infinity values (unless
 *   `nan: "omit"`), an unknown distribution/option, or a scale ≤ 0
 * @example
 * ```ts
 * kstest([0.1, 0.35, 0.5, 0.8], "uniform");
 * // { statistic: 0.25, pvalue: 0.90625, statisticLocation: 0.5, statisticSign: 1, method: "exact", n: 4, omitted: 0 }
 * ```
 */
export function kstest(x: Sample, distribution: KstestDistribution, options: KstestOptions = {}): KstestResult {
  const check = validatorFor("kstest");
  check.oneOf("distribution", distribution, ["norm", "uniform", "expon"] as const);
  const alternative = check.oneOf("alternative", options.alternative ?? "two-sided", [
    "two-sided",
    "less",
    "greater",
  ] as const);
  const method = check.oneOf("method", options.method ?? "auto", ["auto", "exact", "asymp"] as const);
  const params = options.params ?? [];
  if (params.length > 2) check.fail("params", params, "[loc] or [loc, scale]");
  const loc = params.length > 0 ? check.finite("params[0] (loc)", params[0]) : 0;
  const scale = params.length > 1 ? check.positive("params[1] (scale)", params[1]) : 1;
  const sample = sortedSample("kstest", "x", x, options.nan ?? "raise");
  const v = sample.values;
  const n = v.length;
  const cdf = cdfFor(distribution, loc, scale);

  let dplus = -Infinity;
  let dminus = -Infinity;
  let locPlus = v[0];
  let locMinus = v[0];
  for (let i = 0; i < n; i++) {
    const c = cdf(v[i]);
    const p = (i + 1) / n - c;
    const m = c - i / n;
    if (p > dplus) {
      dplus = p;
      locPlus = v[i];
    }
    if (m > dminus) {
      dminus = m;
      locMinus = v[i];
    }
  }
  const freeze = (statistic: number, pvalue: number, location: number, sign: 1 | -1, used: "exact" | "asymp") =>
    Object.freeze({
      statistic,
      pvalue: Math.min(Math.max(pvalue, 0), 1),
      statisticLocation: location,
      statisticSign: sign,
      method: used,
      n,
      omitted: sample.omitted,
    });
  if (alternative === "greater") return freeze(dplus, smirnovSf(n, clamp01(dplus)), locPlus, 1, "exact");
  if (alternative === "less") return freeze(dminus, smirnovSf(n, clamp01(dminus)), locMinus, -1, "exact");
  const plusWins = dplus > dminus;
  const d = plusWins ? dplus : dminus;
  const pvalue = method === "asymp" ? kolmogorovSf(d * Math.sqrt(n)) : kstwoSf(d, n);
  return freeze(d, pvalue, plusWins ? locPlus : locMinus, plusWins ? 1 : -1, method === "asymp" ? "asymp" : "exact");
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
