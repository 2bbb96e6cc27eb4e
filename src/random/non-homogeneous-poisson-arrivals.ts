import { validatorFor } from "../util/validate";
import { diurnalProfile } from "./diurnal-profile";
import { PhiloxSource } from "./philox";
import { TimeList } from "./poisson-arrivals";

/** Options of {@link nonHomogeneousPoissonArrivals}. */
export interface NonHomogeneousPoissonOptions {
  /** Length of the window [start, start + duration), in time units, > 0. */
  duration: number;
  /** Start of the window; default 0. */
  start?: number;
  /** Mean rate λ̄ of the diurnal profile (events per time unit). Ignored when `rate` is given. */
  meanRate?: number;
  /** Peak / mean of the diurnal profile, in [1, 50]. Ignored when `rate` is given. */
  peakToAverage?: number;
  /** Period of the diurnal profile; default 86 400. */
  period?: number;
  /** Time of the daily peak; default 0.75 · period. */
  peakTime?: number;
  /** A custom rate function λ(t) ≥ 0 instead of the diurnal profile; needs `maxRate`. */
  rate?: (t: number) => number;
  /** An upper bound of the custom λ(t) over the window. */
  maxRate?: number;
}

/**
 * Event times of a non-homogeneous Poisson process by thinning (Lewis and Shedler,
 * 1979): candidates come from a homogeneous process at λ_max (2 words per gap) and a
 * candidate at t is kept when U < λ(t)/λ_max (2 more words). By default λ(t) is the
 * von Mises diurnal profile of {@link diurnalProfile}, whose peak / mean equals
 * `peakToAverage` and λ_max = meanRate · peakToAverage; the expected count over whole
 * periods is meanRate · duration.
 *
 * @param source - a {@link PhiloxSource}
 * @param options - {@link NonHomogeneousPoissonOptions}
 * @returns sorted event times, Float64Array
 * @throws InvalidParameterError for a bad duration, profile parameter, or a custom λ(t) that is negative, NaN or above maxRate
 * @example
 * ```ts
 * const t = nonHomogeneousPoissonArrivals(philox(1), { meanRate: 0.01, peakToAverage: 3, duration: 86400 });
 * t.length; // 870
 * ```
 */
export function nonHomogeneousPoissonArrivals(source: PhiloxSource, options: NonHomogeneousPoissonOptions): Float64Array {
  const check = validatorFor("nonHomogeneousPoissonArrivals");
  const duration = check.positive("duration", options?.duration);
  const start = check.finite("start", options.start ?? 0);
  let rate: (t: number) => number;
  let maxRate: number;
  if (options.rate !== undefined) {
    if (typeof options.rate !== "function") check.fail("rate", options.rate, "a function of time");
    rate = options.rate;
    maxRate = check.positive("maxRate", options.maxRate as number);
  } else {
    const profile = diurnalProfile({
      meanRate: options.meanRate as number,
      peakToAverage: options.peakToAverage as number,
      period: options.period,
      peakTime: options.peakTime,
    });
    rate = profile.rate;
    maxRate = profile.maxRate;
  }
  const end = start + duration;
  const times = new TimeList(maxRate * duration * 0.6 + 10);
  let t = start;
  for (;;) {
    t += -Math.log(1 - source.nextFloat64()) / maxRate;
    if (t >= end) break;
    const lambda = rate(t);
    if (!(lambda >= 0 && lambda <= maxRate * (1 + 1e-12))) check.fail("rate", lambda, `λ(t) in [0, maxRate = ${maxRate}] at t = ${t}; λ(t) was`);
    if (source.nextFloat64() * maxRate < lambda) times.push(t);
  }
  return times.toArray();
}
