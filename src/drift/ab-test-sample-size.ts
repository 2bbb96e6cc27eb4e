import { validatorFor } from "../util/validate";
import { normalPpf } from "./special/normal-ppf";

/** Inputs of {@link abTestSampleSize}: the effect to detect and the outcome's spread, as a standard deviation or a baseline rate. */
export interface AbTestSampleSizeOptions {
  /** δ, the minimum detectable effect in the outcome's units (0.02 = 2 percentage points for a rate), > 0. */
  readonly minimumDetectableEffect: number;
  /** σ, the outcome's standard deviation per user, > 0. Give this or `baselineRate`. */
  readonly sd?: number;
  /** A conversion rate p in (0, 1): σ² = p(1 − p). */
  readonly baselineRate?: number;
  /** Significance level α in (0, 1), two-sided; default 0.05. */
  readonly alpha?: number;
  /** Power 1 − β in [0.5, 1); default 0.8. */
  readonly power?: number;
}

/** Result of {@link abTestSampleSize}. */
export interface AbTestSampleSizeResult {
  /** Users per variant, ⌈exact⌉. */
  readonly perVariant: number;
  /** The formula's value before rounding. */
  readonly exact: number;
  /** Both variants together. */
  readonly total: number;
  /** z_{1−α/2}. */
  readonly zAlpha: number;
  /** z_{power}. */
  readonly zBeta: number;
  /** σ² used. */
  readonly variance: number;
}

/**
 * Users per variant for an A/B test (book Chapter 14, Eq. 14.9, seed L35403):
 * n = 2·(z_{α/2} + z_β)²·σ²/δ², with σ the outcome's standard deviation and δ the
 * minimum detectable effect. For a conversion rate p, σ² = p(1 − p).
 *
 * The book's "~25,000 users per variant" for a 2 % lift on a 5 % baseline at 80 %
 * power does not follow from its own formula: an absolute lift of 2 pp needs 1,865 and a
 * relative 2 % lift (0.1 pp) needs 745,644; 25,000 corresponds to δ ≈ 0.55 pp.
 *
 * @param options - `minimumDetectableEffect`, `sd` or `baselineRate`, `alpha`, `power`
 * @returns frozen {@link AbTestSampleSizeResult}
 * @throws InvalidParameterError for δ ≤ 0, neither or both of sd and baselineRate, a
 *   rate outside (0, 1), α outside (0, 1), power outside [0.5, 1), or an unknown key
 * @example
 * ```ts
 * abTestSampleSize({ baselineRate: 0.05, minimumDetectableEffect: 0.02 }).perVariant  // 1865
 * abTestSampleSize({ baselineRate: 0.05, minimumDetectableEffect: 0.001 }).perVariant // 745644
 * ```
 */
export function abTestSampleSize(options: AbTestSampleSizeOptions): AbTestSampleSizeResult {
  const check = validatorFor("abTestSampleSize");
  const o = check.options("options", options, ["minimumDetectableEffect", "sd", "baselineRate", "alpha", "power"]);
  const delta = check.positive("minimumDetectableEffect", o.minimumDetectableEffect);
  if ((o.sd === undefined) === (o.baselineRate === undefined)) check.fail("sd / baselineRate", { sd: o.sd, baselineRate: o.baselineRate }, "exactly one of sd and baselineRate");
  let variance: number;
  if (o.sd !== undefined) variance = check.positive("sd", o.sd) ** 2;
  else {
    const p = o.baselineRate as number;
    if (!(typeof p === "number" && p > 0 && p < 1)) check.fail("baselineRate", p, "a finite number in (0, 1)");
    variance = p * (1 - p);
  }
  const alpha = o.alpha ?? 0.05;
  if (!(typeof alpha === "number" && alpha > 0 && alpha < 1)) check.fail("alpha", alpha, "a finite number in (0, 1)");
  const power = o.power ?? 0.8;
  if (!(typeof power === "number" && power >= 0.5 && power < 1)) check.fail("power", power, "a finite number in [0.5, 1)");
  const zAlpha = normalPpf(1 - alpha / 2);
  const zBeta = normalPpf(power);
  const exact = (2 * (zAlpha + zBeta) ** 2 * variance) / (delta * delta);
  if (!Number.isFinite(exact) || exact > Number.MAX_SAFE_INTEGER / 2) check.fail("minimumDetectableEffect", delta, "an effect large enough that the sample size stays below 2^52");
  const perVariant = Math.ceil(Number(exact.toPrecision(12)));
  return Object.freeze({ perVariant, exact, total: 2 * perVariant, zAlpha, zBeta, variance });
}
