/**
 * W14.9 Drift detection delay (book Ch. 14, seed 004 L36037–L36050).
 */
import { timeToDetectAccuracyDrop } from "../../drift/time-to-detect-accuracy-drop";
import { workedExample } from "../worked-example";

/**
 * W14.9: with the book's ≈ 1,000 labelled samples, 17 minutes at 1 QPS and 10 days at
 * 100 requests a day. A one-sample z-test at power 0.8 needs 185 samples; comparing two
 * windows, 434 per window.
 *
 * @example
 * ```ts
 * driftDetectionDelayExample.compute().fast.minutes // 16.66…
 * ```
 */
export const driftDetectionDelayExample = workedExample({
  id: "W14.9",
  slug: "drift-detection-delay",
  title: "How long labels take to prove an accuracy drop",
  chapter: 14,
  section: "Chapter 14, Monitoring model quality (detection delay)",
  lines: [36037, 36050],
  problem: "How long does it take to show that a 95 % model has dropped to 90 %, at 1 request a second and at 100 a day?",
  inputs: {
    baseline: { label: "baseline accuracy", value: 0.95, line: 36037 },
    degraded: { label: "degraded accuracy", value: 0.9, line: 36037 },
    requiredSamples: { label: "labelled samples (book)", value: 1000, line: 36042 },
    fastQps: { label: "traffic, busy model (QPS)", value: 1, line: 36037 },
    slowQps: { label: "traffic, quiet model (100 requests/day, in QPS)", value: 100 / 86_400, line: 36046 },
  },
  compute: (i) => ({
    fast: timeToDetectAccuracyDrop({ requiredSamples: i.requiredSamples, qps: i.fastQps }),
    slow: timeToDetectAccuracyDrop({ requiredSamples: i.requiredSamples, qps: i.slowQps }),
    oneSample: timeToDetectAccuracyDrop({ baseline: i.baseline, degraded: i.degraded, qps: i.fastQps }),
    twoSample: timeToDetectAccuracyDrop({ baseline: i.baseline, degraded: i.degraded, qps: i.fastQps, design: "two-sample" }),
  }),
  checks: [
    { name: "time at 1 QPS", printed: "≈ 17 minutes", book: 17, unit: "min", tolerance: 0.02, line: 36044, value: (r) => r.fast.minutes },
    { name: "time at 100 requests a day", printed: "takes 10 days", book: 10, unit: "day", tolerance: 1e-12, line: 36046, value: (r) => r.slow.days },
    { name: "samples a one-sample z-test needs", printed: "≈ 1,000 labeled samples", book: 1000, expected: 185, unit: "samples", tolerance: 0, line: 36042, value: (r) => r.oneSample.requiredSamples,
      note: "The book gives no formula; at α = 0.05 two-sided and power 0.8 the one-sample test needs 185 labels, and comparing two windows 434 each. 1,000 is a conservative round figure." },
  ],
  conclusion: "Detection time is samples over labelled traffic: a quiet, high-stakes model stays blind for days whatever the statistic.",
});
