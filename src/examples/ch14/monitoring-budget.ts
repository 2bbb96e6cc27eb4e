/**
 * W14.12 Monitoring budget for one ML node (book Ch. 14, Eq. 14.14 and Table 14.17,
 * seed 004 L36437–L36537) and W14.13 monitoring ROI (Eq. 14.15, L36555–L36559).
 */
import { annualRoi } from "../../calc/economics/roi";
import { monitoringBudget } from "../../calc/operations/monitoring-budget";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W14.12: 25.92 M points ($7.78), 0.21 GB ($0.21), 12,672 dashboard queries ($253.44):
 * about $261 a month, 97 % of it queries.
 *
 * @example
 * ```ts
 * monitoringBudgetExample.compute().total.to("USD") // 261.42336
 * ```
 */
export const monitoringBudgetExample = workedExample({
  id: "W14.12",
  slug: "monitoring-budget",
  title: "Monitoring budget for one ML node",
  chapter: 14,
  section: "Chapter 14, The cost of observability (Eq. 14.14)",
  lines: [36497, 36537],
  problem: "What does it cost per month to monitor one model with three deployment variants and two dashboards?",
  inputs: {
    variants: { label: "deployment variants", value: 3, line: 36500 },
    metricsPerVariant: { label: "metrics per variant", value: 50, line: 36500 },
    sampleInterval: { label: "sampling interval", value: q(15, "s"), line: 36502 },
    bytesPerPoint: { label: "bytes per point (compressed)", value: q(8, "B"), line: 36522 },
    dashboards: { label: "dashboards", value: 2, line: 36506 },
    viewersPerDashboard: { label: "team members", value: 3, line: 36506 },
    refreshInterval: { label: "refresh interval", value: q(5, "min"), line: 36506 },
    viewingHoursPerDay: { label: "hours a day", value: 8, line: 36531 },
    viewingDaysPerMonth: { label: "days a month", value: 22, line: 36531 },
    ingestPricePerMillionPoints: { label: "ingestion per million points", value: q(0.3, "USD"), line: 36515 },
    storagePricePerGbMonth: { label: "storage per GB-month", value: q(1, "USD"), line: 36524 },
    pricePerQuery: { label: "per query", value: q(0.02, "USD"), line: 36533 },
  },
  compute: (i) => monitoringBudget(i),
  checks: [
    { name: "points per month", printed: "= 26 million", book: 26e6, unit: "points", tolerance: 0.004, line: 36513, value: (r) => r.pointsPerMonth, note: "3 × 50 × 4/min × 60 × 24 × 30 = 25.92 M." },
    { name: "ingestion cost", printed: "USD 8/month", book: 8, unit: "USD", tolerance: 0.03, line: 36515, value: (r) => r.ingestCost, note: "25.92 M × $0.30/M = $7.78." },
    { name: "stored data", printed: "= 0.2 GB", book: 0.2, unit: "GB", tolerance: 0.04, line: 36522, value: (r) => r.storedData },
    { name: "storage cost", printed: "USD 0.21/month", book: 0.21, unit: "USD", tolerance: 0.013, line: 36524, value: (r) => r.storageCost },
    { name: "queries per month", printed: "= 12,672", book: 12_672, unit: "queries", tolerance: 1e-12, line: 36531, value: (r) => r.queriesPerMonth },
    { name: "query cost", printed: "USD 253/month", book: 253, unit: "USD", tolerance: 0.002, line: 36533, value: (r) => r.queryCost },
    { name: "total", printed: "~USD 261/month", book: 261, unit: "USD", tolerance: 0.002, line: 36537, value: (r) => r.total,
      note: "$261.42; Eq. 14.14's alerting term is left out of the example." },
    { name: "dominant cost", printed: "Total: ~USD 261/month", book: "query", line: 36537, value: (r) => r.dominant },
  ],
  conclusion: "Dashboards, not data, drive the monitoring bill: slower refresh and auto-pause cut it far more than coarser sampling.",
});

/**
 * W14.13: preventing 5 incidents of $50,000 with $50,000 of monitoring a year is 5×.
 *
 * @example
 * ```ts
 * monitoringRoiExample.compute().ratio // 5
 * ```
 */
export const monitoringRoiExample = workedExample({
  id: "W14.13",
  slug: "monitoring-roi",
  title: "Monitoring ROI",
  chapter: 14,
  section: "Chapter 14, The cost of observability (Eq. 14.15)",
  lines: [36555, 36559],
  problem: "What is the return of $50,000 a year of monitoring that prevents five $50,000 incidents?",
  inputs: {
    incidents: { label: "incidents prevented per year", value: 5, line: 36559 },
    incidentCost: { label: "average incident cost", value: q(50_000, "USD"), line: 36559 },
    annualCost: { label: "annual monitoring cost", value: q(50_000, "USD/year"), line: 36559 },
  },
  compute: (i) => annualRoi({ benefits: { "incidents prevented": i.incidentCost.times(i.incidents).div(q(1, "year")) as never }, annualCost: i.annualCost }),
  checks: [{ name: "ROI", printed: "= 5×", book: 5, unit: "×", tolerance: 1e-12, line: 36559, value: (r) => r.ratio }],
  conclusion: "Monitoring is cheap insurance when incidents are expensive: the ratio is incidents prevented × their cost over what the year of monitoring costs.",
});
