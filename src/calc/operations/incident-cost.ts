/**
 * What silent failures cost (book Chapter 14): training-serving skew (Eq. 14.2,
 * seed 004 L33999), and the loss a degraded model causes until someone notices
 * (drift-detection ROI, L34854–L34881).
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link skewCost}. */
export interface SkewCostInput {
  /** Share of predictions the skew gets wrong, in [0, 1]. */
  readonly errorRate: number;
  /** Predictions served: number per day, or a frequency quantity. ≥ 0. */
  readonly queryRate: Amount<"frequency">;
  /** Cost of one wrong prediction: number in USD, or a money quantity. ≥ 0. */
  readonly costPerError: Amount<"money">;
}

/**
 * Eq. 14.2: SkewCost = BaseErrorRate × QueryVolume × ErrorImpact, per day and per year.
 * Book: 1,000,000 queries a day × 1 % × $0.10 = $1,000 a day, $365,000 a year.
 *
 * @throws InvalidParameterError for an error rate outside [0, 1] or negative amounts.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * skewCost({ errorRate: 0.01, queryRate: 1e6, costPerError: 0.1 }).perYear.to("USD") // 364999.99999999994
 * ```
 */
export function skewCost(input: SkewCostInput): { readonly perDay: Quantity<"moneyRate">; readonly perYear: Quantity<"money"> } {
  const fn = "skewCost";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["errorRate", "queryRate", "costPerError"]);
  const rate = check.probability("errorRate", i.errorRate);
  const queries = readAmount(fn, "queryRate", i.queryRate, "1/day", "nonNegative");
  const cost = readAmount(fn, "costPerError", i.costPerError, "USD", "nonNegative");
  const perDay = cost.times(queries).times(rate) as Quantity<"moneyRate">;
  return Object.freeze({ perDay, perYear: perDay.times(q(1, "year")) as Quantity<"money"> });
}

/** Input of {@link driftDetectionRoi}. */
export interface DriftDetectionRoiInput {
  /** Revenue the model drives: number in USD/year, or a money-rate quantity. ≥ 0. */
  readonly annualRevenue: Amount<"moneyRate">;
  /** Share of that revenue a silent failure destroys while it lasts, in [0, 1]. */
  readonly impact: number;
  /** Time to detect with the current process (manual review): number in days, or a time quantity. ≥ 0. */
  readonly baselineTimeToDetect: Amount<"time">;
  /** Time to detect with automated monitoring: number in days, or a time quantity. ≥ 0. */
  readonly monitoredTimeToDetect: Amount<"time">;
  /** Incidents a year, ≥ 0. */
  readonly incidentsPerYear: number;
}

/** Result of {@link driftDetectionRoi}. */
export interface DriftDetectionRoiResult {
  /** revenue × impact × TTD_baseline: the loss of one incident today. */
  readonly baselineLossPerIncident: Quantity<"money">;
  /** revenue × impact × TTD_monitored. */
  readonly monitoredLossPerIncident: Quantity<"money">;
  /** Their difference. */
  readonly savingPerIncident: Quantity<"money">;
  /** savingPerIncident × incidentsPerYear. */
  readonly annualSaving: Quantity<"moneyRate">;
}

/**
 * Loss while a failure goes unnoticed: IncidentLoss = revenue × impact × time to detect.
 * Book: $50M a year, 5 % impact, 28 days under monthly review ($191,781) against 1 day
 * with daily checks ($6,849): $184,932 per incident, $739,726 a year at 4 incidents.
 *
 * @throws InvalidParameterError for negative amounts or an impact outside [0, 1].
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * const r = driftDetectionRoi({ annualRevenue: 50e6, impact: 0.05, baselineTimeToDetect: 28, monitoredTimeToDetect: 1, incidentsPerYear: 4 });
 * r.baselineLossPerIncident.to("USD") // 191780.82…
 * r.annualSaving.to("USD/year")       // 739726.02…
 * ```
 */
export function driftDetectionRoi(input: DriftDetectionRoiInput): DriftDetectionRoiResult {
  const fn = "driftDetectionRoi";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["annualRevenue", "impact", "baselineTimeToDetect", "monitoredTimeToDetect", "incidentsPerYear"]);
  const revenue = readAmount(fn, "annualRevenue", i.annualRevenue, "USD/year", "nonNegative");
  const impact = check.probability("impact", i.impact);
  const slow = readAmount(fn, "baselineTimeToDetect", i.baselineTimeToDetect, "day", "nonNegative");
  const fast = readAmount(fn, "monitoredTimeToDetect", i.monitoredTimeToDetect, "day", "nonNegative");
  const incidents = check.nonNegative("incidentsPerYear", i.incidentsPerYear);
  const loss = (t: Quantity<"time">) => revenue.times(impact).times(t) as Quantity<"money">;
  const baselineLossPerIncident = loss(slow);
  const monitoredLossPerIncident = loss(fast);
  const savingPerIncident = baselineLossPerIncident.minus(monitoredLossPerIncident);
  return Object.freeze({
    baselineLossPerIncident, monitoredLossPerIncident, savingPerIncident,
    annualSaving: savingPerIncident.times(incidents).div(q(1, "year")) as Quantity<"moneyRate">,
  });
}
