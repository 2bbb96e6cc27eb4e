/**
 * A smooth daily traffic profile with a chosen peak-to-average ratio: the von Mises
 * (circular normal) shape
 *   λ(t) = λ̄ · exp(κ · cos(2π (t − t_peak) / P)) / I₀(κ),
 * where I₀ is the modified Bessel function of order 0. Its mean over a period P is
 * exactly λ̄ and its maximum, at t_peak, is λ̄ · e^κ / I₀(κ); κ is solved so that this
 * ratio equals `peakToAverage` (κ = 0 gives a flat profile). It is positive at all
 * times, unlike a sinusoid, so any ratio ≥ 1 is reachable.
 */
import { validatorFor } from "../util/validate";

/** e^(−κ) · I₀(κ) by its power series, stable for κ up to a few thousand. */
function scaledBesselI0(kappa: number): number {
  // I₀(κ) = Σ_m (κ/2)^(2m) / (m!)², summed in log space around its largest term.
  const half = kappa / 2;
  let sum = 0;
  let logTerm = -kappa; // m = 0 term times e^(−κ)
  for (let m = 0; m < 100000; m++) {
    if (m > 0) logTerm += 2 * Math.log(half) - 2 * Math.log(m);
    const term = Math.exp(logTerm);
    sum += term;
    if (m > half && term < sum * 1e-17) break;
  }
  return sum;
}

/** Largest peak-to-average ratio accepted (κ ≈ 400). */
export const MAX_PEAK_TO_AVERAGE = 50;

/**
 * Solves e^κ / I₀(κ) = peakToAverage for the concentration κ ≥ 0 of the diurnal
 * profile (bisection to 1e-12 relative).
 *
 * @param peakToAverage - ratio of peak to mean rate, in [1, 50]
 * @throws InvalidParameterError outside [1, 50] or for NaN
 * @example
 * ```ts
 * diurnalConcentration(2); // 0.8768420470835281
 * ```
 */
export function diurnalConcentration(peakToAverage: number): number {
  const check = validatorFor("diurnalConcentration");
  const r = check.atLeast("peakToAverage", peakToAverage, 1);
  if (r > MAX_PEAK_TO_AVERAGE) check.fail("peakToAverage", r, `a finite number in [1, ${MAX_PEAK_TO_AVERAGE}]`);
  if (r === 1) return 0;
  const ratio = (k: number) => 1 / scaledBesselI0(k);
  let lo = 0;
  let hi = 1;
  while (ratio(hi) < r) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (ratio(mid) < r) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Parameters of the diurnal profile. */
export interface DiurnalProfileOptions {
  /** Mean rate λ̄ over a period (events per time unit), > 0. */
  meanRate: number;
  /** Peak rate / mean rate, in [1, 50]. */
  peakToAverage: number;
  /** Period P in time units; default 86 400 (one day in seconds). */
  period?: number;
  /** Time of the peak within the period; default 0.75·P (18:00 for a day in seconds). */
  peakTime?: number;
}

/** A validated diurnal profile: the rate function and its maximum. */
export interface DiurnalProfile {
  /** λ(t), events per time unit. */
  rate(t: number): number;
  /** max λ = meanRate · peakToAverage. */
  readonly maxRate: number;
  readonly meanRate: number;
  readonly peakToAverage: number;
  readonly period: number;
  readonly peakTime: number;
  /** The solved concentration κ. */
  readonly kappa: number;
}

/**
 * Builds the von Mises diurnal rate profile described in the file header.
 *
 * @param options - {@link DiurnalProfileOptions}
 * @throws InvalidParameterError for meanRate ≤ 0, peakToAverage outside [1, 50], period ≤ 0 or a non-finite peakTime
 * @example
 * ```ts
 * const p = diurnalProfile({ meanRate: 100, peakToAverage: 3 });
 * p.rate(64800); // 300.00000000000864
 * p.maxRate;     // 300
 * ```
 */
export function diurnalProfile(options: DiurnalProfileOptions): DiurnalProfile {
  const check = validatorFor("diurnalProfile");
  const meanRate = check.positive("meanRate", options?.meanRate);
  const peakToAverage = options.peakToAverage;
  const kappa = diurnalConcentration(peakToAverage);
  const period = check.positive("period", options.period ?? 86400);
  const peakTime = check.finite("peakTime", options.peakTime ?? 0.75 * period);
  const scale = meanRate / (Math.exp(kappa) * scaledBesselI0(kappa));
  const omega = (2 * Math.PI) / period;
  return Object.freeze({
    rate: (t: number) => scale * Math.exp(kappa * Math.cos(omega * (t - peakTime))),
    maxRate: meanRate * peakToAverage,
    meanRate, peakToAverage, period, peakTime, kappa,
  });
}
