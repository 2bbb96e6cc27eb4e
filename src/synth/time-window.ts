/**
 * Fixed reference dates and diurnal rate windows shared by the time-stamped
 * scenarios. Nothing here reads the clock: every timestamp is an offset from a
 * start time given as an ISO-8601 string (default {@link DEFAULT_START_TIME}).
 */
import { diurnalProfile } from "../random/diurnal-profile";
import { Validator } from "../util/validate";
import { StepProfile } from "./rate-profile";

/** Default start of every generated time window: 2024-01-01T00:00:00Z. */
export const DEFAULT_START_TIME = "2024-01-01T00:00:00Z";

/** Seconds per day. */
export const SECONDS_PER_DAY = 86400;

/**
 * The ETL/ELT aggregation windows of the book's clickstream problem (seed 004
 * L6301): 1 h, 24 h and 7 d, in seconds.
 *
 * @example
 * ```ts
 * CLICKSTREAM_WINDOWS["7d"]; // 604800
 * ```
 */
export const CLICKSTREAM_WINDOWS = Object.freeze({ "1h": 3600, "24h": 86400, "7d": 604800 });

/** @internal Parses an ISO-8601 start time with an explicit zone to ms since the epoch. */
export function parseStartTime(v: Validator, name: string, value: unknown): number {
  const ms = typeof value === "string" && /(Z|[+-]\d\d:\d\d)$/.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) v.fail(name, value, 'an ISO-8601 date-time with a zone, e.g. "2024-01-01T00:00:00Z"');
  return ms;
}

/**
 * @internal The von Mises diurnal rate (mean 1 per second, peak/mean `peakToAverage`,
 * peak at `peakHour` UTC) over a window of `duration` s starting at `startMs`, as a
 * step profile with one-minute cells.
 */
export function diurnalWindow(startMs: number, duration: number, peakToAverage: number, peakHour: number): StepProfile {
  const profile = diurnalProfile({ meanRate: 1, peakToAverage, period: SECONDS_PER_DAY, peakTime: peakHour * 3600 });
  const offset = ((startMs / 1000) % SECONDS_PER_DAY + SECONDS_PER_DAY) % SECONDS_PER_DAY;
  const cells = Math.max(1, Math.min(1 << 20, Math.ceil(duration / 60)));
  return StepProfile.fromRate((t) => profile.rate(offset + t), duration, cells);
}

/** @internal A flat rate over `days` whole days (seconds as the time unit). */
export function flatProfileDays(days: number): StepProfile {
  return StepProfile.fromCellRates([1], days * SECONDS_PER_DAY);
}
