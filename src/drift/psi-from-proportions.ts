import { InvalidParameterError } from "../util/errors";
import { validatorFor } from "../util/validate";
import { PsiBand, psiBand } from "./psi-band";

/** Default floor applied to bin proportions before the logarithm. */
export const PSI_DEFAULT_EPSILON = 1e-4;

/** Options of {@link psiFromProportions}. */
export interface PsiFromProportionsOptions {
  /**
   * Floor for empty or tiny bins: each proportion p becomes max(p, epsilon) before
   * ln(a/e) is taken (no renormalisation). Default 1e-4; must be in (0, 1).
   */
  readonly epsilon?: number;
}

/** Result of {@link psiFromProportions}. */
export interface PsiFromProportionsResult {
  /** Σ contributions (dimensionless, ≥ 0). */
  readonly statistic: number;
  /** Per-bin (aᵢ − eᵢ)·ln(aᵢ/eᵢ) after the epsilon floor (each ≥ 0). */
  readonly contributions: readonly number[];
  /** The book's verbal band for the statistic ({@link psiBand}). */
  readonly band: PsiBand;
}

/** Checks one vector of bin proportions: finite, ≥ 0, summing to 1 within 1e-6. */
export function checkProportions(fn: string, parameter: string, p: ArrayLike<number>): void {
  if (!p || typeof p.length !== "number" || p.length === 0) {
    throw new InvalidParameterError(fn, parameter, p, "a non-empty array of bin proportions");
  }
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new InvalidParameterError(fn, `${parameter}[${i}]`, v, "a finite proportion ≥ 0");
    }
    sum += v;
  }
  if (Math.abs(sum - 1) > 1e-6) {
    throw new InvalidParameterError(fn, `sum of ${parameter}`, sum, "1 (± 1e-6); divide counts by their total first");
  }
}

/** PSI terms from already-validated proportions; shared with {@link psi}. */
export function psiTerms(e: ArrayLike<number>, a: ArrayLike<number>, epsilon: number): PsiFromProportionsResult {
  const contributions: number[] = new Array(e.length);
  let total = 0;
  for (let i = 0; i < e.length; i++) {
    const ei = e[i] > epsilon ? e[i] : epsilon;
    const ai = a[i] > epsilon ? a[i] : epsilon;
    const c = (ai - ei) * Math.log(ai / ei);
    contributions[i] = c;
    total += c;
  }
  return { statistic: total, contributions: Object.freeze(contributions), band: psiBand(total) };
}

/**
 * Population Stability Index from bin proportions: how far the serving ("actual")
 * distribution has moved from the training ("expected") one, over the same bins.
 *
 * Formula (book Eq. 14.12, seed L36272): `PSI = Σᵢ (aᵢ − eᵢ)·ln(aᵢ/eᵢ)` with
 * eᵢ = `expected[i]`, aᵢ = `actual[i]`, both proportions summing to 1. It equals
 * KL(a‖e) + KL(e‖a) (the symmetric Jeffreys divergence), in nats. Empty bins:
 * proportions are floored at `epsilon` (default 1e-4) so an empty bin contributes
 * a large but finite term instead of Infinity; the book sets no epsilon and the
 * book's engine uses 1e-12, Evidently ~1e-4.
 *
 * Book oracles: the chapter 14 age bins (L36278–L36358) give 0.0293090 (book: 0.029,
 * "stable"); the appendix sentiment example P = [0.60, 0.30, 0.10],
 * Q = [0.45, 0.40, 0.15] (L41485–L41500) gives 0.0921938 (book: 0.092).
 *
 * @param expected - reference bin proportions eᵢ (≥ 0, sum 1 ± 1e-6)
 * @param actual - current bin proportions aᵢ, same bins and length
 * @param options - `epsilon` floor (default 1e-4)
 * @returns frozen { statistic, contributions, band }
 * @throws InvalidParameterError for empty or different-length vectors, a negative or
 *   non-finite entry (named with its index), a sum off 1 by more than 1e-6, or an
 *   epsilon outside (0, 1)
 * @example
 * ```ts
 * psiFromProportions([0.6, 0.3, 0.1], [0.45, 0.4, 0.15]);
 * // { statistic: 0.09219377351835345,
 * //   contributions: [0.04315231086776713, 0.02876820724517811, 0.020273255405408207], band: "stable" }
 * ```
 */
export function psiFromProportions(
  expected: ArrayLike<number>,
  actual: ArrayLike<number>,
  options: PsiFromProportionsOptions = {},
): PsiFromProportionsResult {
  const fn = "psiFromProportions";
  const check = validatorFor(fn);
  const epsilon = options.epsilon ?? PSI_DEFAULT_EPSILON;
  if (!(epsilon > 0 && epsilon < 1)) check.fail("epsilon", epsilon, "a finite number in (0, 1)");
  checkProportions(fn, "expected", expected);
  checkProportions(fn, "actual", actual);
  if (expected.length !== actual.length) {
    check.fail("actual", actual, `the same length as expected (${expected.length})`);
  }
  return Object.freeze(psiTerms(expected, actual, epsilon));
}
