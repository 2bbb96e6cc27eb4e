/**
 * Who is in the evaluation set (book Chapter 15, "Gender Shades" Table 15.2 and the
 * FaceID minority test set, seed 004 L38197–L38252 and L38396–L38402): error-rate
 * disparity against a baseline group, how many samples a small subgroup needs under
 * random or stratified sampling, and how precise a subgroup's measured rate is.
 */
import { validatorFor } from "../../util/validate";
import { entryNames } from "../common/named-entries";
import { MAX_GROUPS } from "./group-arrays";

/** Input of {@link errorRateDisparity}. */
export interface ErrorRateDisparityInput {
  /** Error rate of each group, fractions in [0, 1]. */
  readonly errorRates: Readonly<Record<string, number>>;
  /** The reference group (usually the best served); its error rate must be > 0. */
  readonly baseline: string;
}

/** Result of {@link errorRateDisparity}. */
export interface ErrorRateDisparity {
  /** errorRate_g / errorRate_baseline for every group. */
  readonly ratios: Readonly<Record<string, number>>;
  /** 1 − errorRate for every group. */
  readonly accuracies: Readonly<Record<string, number>>;
  /** The group with the largest ratio. */
  readonly worstGroup: string;
  /** Its ratio. */
  readonly worstRatio: number;
}

/**
 * Error rates relative to a baseline group, the disparity ratio of Gender Shades
 * (Table 15.2): err_g / err_baseline. Light-skinned men at 0.8 % and dark-skinned women
 * at 34.7 % give 43.4×.
 *
 * @throws InvalidParameterError for no groups, a rate outside [0, 1], an unknown
 *   baseline, or a baseline error rate of 0.
 * @example
 * ```ts
 * const d = errorRateDisparity({ errorRates: { "light male": 0.008, "dark female": 0.347 }, baseline: "light male" });
 * d.worstRatio // 43.37499999999999
 * ```
 */
export function errorRateDisparity(input: ErrorRateDisparityInput): ErrorRateDisparity {
  const fn = "errorRateDisparity";
  const check = validatorFor(fn);
  const { errorRates, baseline } = check.options("input", input, ["errorRates", "baseline"]);
  const names = entryNames(fn, "errorRates", errorRates, 1, MAX_GROUPS, "error rates");
  names.forEach((name) => check.probability(`errorRates.${name}`, errorRates[name]));
  if (typeof baseline !== "string" || !names.includes(baseline)) check.fail("baseline", baseline, `one of the groups (${names.map((n) => JSON.stringify(n)).join(", ")})`);
  const reference = errorRates[baseline];
  if (reference === 0) check.fail(`errorRates.${baseline}`, 0, "a baseline error rate > 0 (ratios divide by it)");
  const ratios: Record<string, number> = {};
  const accuracies: Record<string, number> = {};
  for (const name of names) {
    ratios[name] = errorRates[name] / reference;
    accuracies[name] = 1 - errorRates[name];
  }
  const worstGroup = names.reduce((worst, name) => (ratios[name] > ratios[worst] ? name : worst));
  return Object.freeze({ ratios: Object.freeze(ratios), accuracies: Object.freeze(accuracies), worstGroup, worstRatio: ratios[worstGroup] });
}

/** Input of {@link subgroupSampleSize}. */
export interface SubgroupSampleSizeInput {
  /** Samples wanted from the subgroup, an integer ≥ 1. */
  readonly subgroupSamples: number;
  /** The subgroup's share of the population, in (0, 1]. */
  readonly subgroupShare: number;
}

/**
 * How many samples an evaluation set needs so that a subgroup of share s contributes
 * m of them: m / s when sampling at random, m when sampling stratified by subgroup
 * (book Chapter 15, FaceID example: 1,000 images of a 1 % minority need 100,000 random
 * samples). Also the inverse: a random set of N holds about N·s subgroup samples.
 *
 * @throws InvalidParameterError for subgroupSamples not an integer ≥ 1 or a share outside (0, 1].
 * @example
 * ```ts
 * subgroupSampleSize({ subgroupSamples: 1000, subgroupShare: 0.01 })
 * // { randomSamples: 100000, stratifiedSamples: 1000, oversampling: 100 }
 * ```
 */
export function subgroupSampleSize(input: SubgroupSampleSizeInput): { readonly randomSamples: number; readonly stratifiedSamples: number; readonly oversampling: number } {
  const check = validatorFor("subgroupSampleSize");
  const { subgroupSamples, subgroupShare } = check.options("input", input, ["subgroupSamples", "subgroupShare"]);
  const m = check.integer("subgroupSamples", subgroupSamples, 1);
  const s = check.fraction("subgroupShare", subgroupShare);
  const randomSamples = Math.ceil(Number((m / s).toPrecision(12)));
  return Object.freeze({ randomSamples, stratifiedSamples: m, oversampling: randomSamples / m });
}

/** Input of {@link proportionPrecision}. */
export interface ProportionPrecisionInput {
  /** The measured (or expected) rate p, in [0, 1]. */
  readonly proportion: number;
  /** z of the confidence level (1.959963984540054 for 95 %), > 0. */
  readonly z: number;
  /** Samples n behind the rate: gives the half-width. */
  readonly samples?: number;
  /** Wanted half-width h, in (0, 1): gives the samples needed. */
  readonly halfWidth?: number;
}

/**
 * The normal-approximation (Wald) precision of a measured rate: half-width
 * h = z·√(p(1 − p)/n) for n samples, or the samples n = z²·p(1 − p)/h² that a
 * half-width h needs. With p = 0.95, n = 1,000 and z = 1.96, a subgroup's accuracy is
 * known to ±1.35 pp; ±1 pp needs 1,825 samples.
 *
 * @throws InvalidParameterError for a proportion outside [0, 1], z ≤ 0, neither or both
 *   of samples and halfWidth, samples not an integer ≥ 1, or a half-width outside (0, 1).
 * @example
 * ```ts
 * proportionPrecision({ proportion: 0.95, samples: 1000, z: 1.96 }).halfWidth // 0.013508...
 * proportionPrecision({ proportion: 0.95, halfWidth: 0.01, z: 1.96 }).samples // 1825
 * ```
 */
export function proportionPrecision(input: ProportionPrecisionInput): { readonly halfWidth: number; readonly samples: number } {
  const check = validatorFor("proportionPrecision");
  const { proportion, z, samples, halfWidth } = check.options("input", input, ["proportion", "z", "samples", "halfWidth"]);
  const p = check.probability("proportion", proportion);
  const zz = check.positive("z", z);
  if ((samples === undefined) === (halfWidth === undefined)) check.fail("samples / halfWidth", { samples, halfWidth }, "exactly one of samples and halfWidth");
  const variance = p * (1 - p);
  if (samples !== undefined) {
    const n = check.integer("samples", samples, 1);
    return Object.freeze({ halfWidth: zz * Math.sqrt(variance / n), samples: n });
  }
  const h = check.fraction("halfWidth", halfWidth as number);
  if (h >= 1) check.fail("halfWidth", h, "a half-width in (0, 1)");
  return Object.freeze({ halfWidth: h, samples: Math.max(1, Math.ceil(Number(((zz * zz * variance) / (h * h)).toPrecision(12)))) });
}
