/**
 * What monitoring costs (book Chapter 14, Eq. 14.14 MonitoringCost = C_ingest +
 * C_storage + C_compute + C_alert, Table 14.17 unit prices and the worked budget for
 * one ML node, seed 004 L36437–L36537).
 */
import type { Quantity } from "../../units/quantity";
import { q } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link monitoringBudget}. */
export interface MonitoringBudgetInput {
  /** Deployments monitored (prod, canary, staging …), an integer ≥ 1. */
  readonly variants: number;
  /** Metrics each variant emits, an integer ≥ 1. */
  readonly metricsPerVariant: number;
  /** Sampling (scrape) interval: number in s, or a time quantity. > 0. */
  readonly sampleInterval: Amount<"time">;
  /** Bytes stored per data point: number in B, or a data quantity. > 0. */
  readonly bytesPerPoint: Amount<"data">;
  /** Dashboards, an integer ≥ 0, each refreshed by every viewer. */
  readonly dashboards: number;
  /** Viewers per dashboard, an integer ≥ 0. */
  readonly viewersPerDashboard: number;
  /** Dashboard refresh interval: number in minutes, or a time quantity. > 0. */
  readonly refreshInterval: Amount<"time">;
  /** Hours a day dashboards are open, in [0, 24]. */
  readonly viewingHoursPerDay: number;
  /** Days a month dashboards are open, in [0, 31]. */
  readonly viewingDaysPerMonth: number;
  /** Ingestion price per million points: number in USD, or a money quantity. ≥ 0. */
  readonly ingestPricePerMillionPoints: Amount<"money">;
  /** Storage price per GB-month: number in USD, or a money quantity. ≥ 0. */
  readonly storagePricePerGbMonth: Amount<"money">;
  /** Price of one dashboard query: number in USD, or a money quantity. ≥ 0. */
  readonly pricePerQuery: Amount<"money">;
  /** Alert-rule evaluations per month (≥ 0); default 0 (the book's example leaves C_alert out). */
  readonly alertEvaluationsPerMonth?: number;
  /** Price of one alert evaluation: number in USD, or a money quantity (≥ 0); default 0. */
  readonly pricePerAlertEvaluation?: Amount<"money">;
}

/** Result of {@link monitoringBudget}; costs per 30-day month. */
export interface MonitoringBudget {
  /** variants × metrics × (30 days / interval). */
  readonly pointsPerMonth: number;
  /** points × bytes per point (one month retained). */
  readonly storedData: Quantity<"data">;
  /** dashboards × viewers × (refreshes per hour × hours × days). */
  readonly queriesPerMonth: number;
  readonly ingestCost: Quantity<"money">;
  readonly storageCost: Quantity<"money">;
  readonly queryCost: Quantity<"money">;
  readonly alertCost: Quantity<"money">;
  /** The sum (Eq. 14.14). */
  readonly total: Quantity<"money">;
  /** The largest of the four terms. */
  readonly dominant: "ingest" | "storage" | "query" | "alert";
}

/**
 * Monthly monitoring bill by Eq. 14.14. Book: 3 variants × 50 metrics every 15 s =
 * 25.92 M points ($7.78 at $0.30/M), 0.207 GB stored ($0.21 at $1/GB-month), and 2
 * dashboards × 3 viewers refreshing every 5 min, 8 h × 22 days = 12,672 queries ($253.44
 * at $0.02): ≈ $261 a month, 97 % of it queries (L36497–L36537).
 *
 * @throws InvalidParameterError for counts that are not integers in range, intervals ≤ 0,
 *   viewing hours outside [0, 24] or days outside [0, 31], negative prices.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * const b = monitoringBudget({ variants: 3, metricsPerVariant: 50, sampleInterval: 15, bytesPerPoint: 8,
 *   dashboards: 2, viewersPerDashboard: 3, refreshInterval: 5, viewingHoursPerDay: 8, viewingDaysPerMonth: 22,
 *   ingestPricePerMillionPoints: 0.3, storagePricePerGbMonth: 1, pricePerQuery: 0.02 });
 * b.pointsPerMonth       // 25920000
 * b.total.to("USD")      // 261.42336
 * b.dominant             // "query"
 * ```
 */
export function monitoringBudget(input: MonitoringBudgetInput): MonitoringBudget {
  const fn = "monitoringBudget";
  const check = validatorFor(fn);
  const i = check.options("input", input, [
    "variants", "metricsPerVariant", "sampleInterval", "bytesPerPoint", "dashboards", "viewersPerDashboard", "refreshInterval",
    "viewingHoursPerDay", "viewingDaysPerMonth", "ingestPricePerMillionPoints", "storagePricePerGbMonth", "pricePerQuery",
    "alertEvaluationsPerMonth", "pricePerAlertEvaluation",
  ]);
  const variants = check.integer("variants", i.variants, 1);
  const metrics = check.integer("metricsPerVariant", i.metricsPerVariant, 1);
  const interval = readAmount(fn, "sampleInterval", i.sampleInterval, "s", "positive");
  const bytes = readAmount(fn, "bytesPerPoint", i.bytesPerPoint, "B", "positive");
  const dashboards = check.integer("dashboards", i.dashboards, 0);
  const viewers = check.integer("viewersPerDashboard", i.viewersPerDashboard, 0);
  const refresh = readAmount(fn, "refreshInterval", i.refreshInterval, "min", "positive");
  const hours = check.nonNegative("viewingHoursPerDay", i.viewingHoursPerDay);
  if (hours > 24) check.fail("viewingHoursPerDay", hours, "a number of hours in [0, 24]");
  const days = check.nonNegative("viewingDaysPerMonth", i.viewingDaysPerMonth);
  if (days > 31) check.fail("viewingDaysPerMonth", days, "a number of days in [0, 31]");
  const ingestPrice = readAmount(fn, "ingestPricePerMillionPoints", i.ingestPricePerMillionPoints, "USD", "nonNegative");
  const storagePrice = readAmount(fn, "storagePricePerGbMonth", i.storagePricePerGbMonth, "USD", "nonNegative");
  const queryPrice = readAmount(fn, "pricePerQuery", i.pricePerQuery, "USD", "nonNegative");
  const evaluations = check.nonNegative("alertEvaluationsPerMonth", i.alertEvaluationsPerMonth ?? 0);
  const evaluationPrice = readAmount(fn, "pricePerAlertEvaluation", i.pricePerAlertEvaluation ?? 0, "USD", "nonNegative");

  const pointsPerMonth = variants * metrics * q(1, "month").ratio(interval);
  const storedData = bytes.times(pointsPerMonth) as Quantity<"data">;
  const queriesPerMonth = dashboards * viewers * q(1, "h").ratio(refresh) * hours * days;
  const costs = {
    ingest: ingestPrice.times(pointsPerMonth / 1e6) as Quantity<"money">,
    storage: storagePrice.times(storedData.to("GB")) as Quantity<"money">,
    query: queryPrice.times(queriesPerMonth) as Quantity<"money">,
    alert: evaluationPrice.times(evaluations) as Quantity<"money">,
  };
  const dominant = (Object.keys(costs) as (keyof typeof costs)[]).reduce((a, b) => (costs[b].baseValue > costs[a].baseValue ? b : a));
  return Object.freeze({
    pointsPerMonth, storedData, queriesPerMonth,
    ingestCost: costs.ingest, storageCost: costs.storage, queryCost: costs.query, alertCost: costs.alert,
    total: costs.ingest.plus(costs.storage).plus(costs.query).plus(costs.alert),
    dominant,
  });
}
