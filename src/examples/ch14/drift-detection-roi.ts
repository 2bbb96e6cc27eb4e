/**
 * W14.3 "The cost of silent failures": drift-detection ROI (book Ch. 14, seed 004 L34854–L34881).
 */
import { driftDetectionRoi } from "../../calc/operations/incident-cost";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W14.3: a 5 % quality drop on $50M a year costs $191,781 when monthly review takes 28
 * days to notice and $6,849 with daily checks; at 4 incidents a year monitoring saves
 * $739,726.
 *
 * @example
 * ```ts
 * driftDetectionRoiExample.compute().savingPerIncident.to("USD") // 184931.5…
 * ```
 */
export const driftDetectionRoiExample = workedExample({
  id: "W14.3",
  slug: "drift-detection-roi",
  title: "The cost of silent failures (drift-detection ROI)",
  chapter: 14,
  section: "Chapter 14, The economics of monitoring",
  lines: [34854, 34881],
  problem: "How much does detecting a skew bug in 1 day instead of 28 save a recommender that drives $50M a year?",
  inputs: {
    annualRevenue: { label: "revenue driven by the model", value: q(50e6, "USD/year"), line: 34856 },
    impact: { label: "quality (and revenue) drop", value: 0.05, line: 34856 },
    baselineTimeToDetect: { label: "detection by monthly review", value: q(28, "day"), line: 34863 },
    monitoredTimeToDetect: { label: "detection by daily checks", value: q(1, "day"), line: 34872 },
    incidentsPerYear: { label: "incidents per year (upper end of 3–4)", value: 4, line: 34881 },
  },
  compute: (i) => driftDetectionRoi(i),
  checks: [
    { name: "loss with manual review", printed: "≈ USD 191,781", book: 191_781, unit: "USD", tolerance: 2e-6, line: 34865, value: (r) => r.baselineLossPerIncident },
    { name: "loss with daily checks", printed: "≈ USD 6,849", book: 6849, unit: "USD", tolerance: 1e-4, line: 34874, value: (r) => r.monitoredLossPerIncident },
    { name: "saving per incident", printed: "costs USD 184,932 more without MLOps", book: 184_932, unit: "USD", tolerance: 1e-5, line: 34881, value: (r) => r.savingPerIncident },
    { name: "saving at 4 incidents a year", printed: "saves nearly USD 739,726", book: 739_726, unit: "USD/year", tolerance: 1e-6, line: 34881, value: (r) => r.annualSaving },
  ],
  conclusion: "The loss of a silent failure is proportional to the time it goes unnoticed, so detection latency is worth money: here about $185K per incident.",
});
