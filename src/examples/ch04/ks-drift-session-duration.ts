/**
 * WE-4.7 "KS drift test on session_duration": is a maximum CDF gap of 0.08 between
 * training and serving samples of 1,000 significant? (book Ch. 4, seed 004 L5985–L6008).
 */
import { ksCritical } from "../../drift/ks-critical";
import { workedExample } from "../worked-example";

/** WE-4.7: the book's D_crit ≈ 1.36/√1000 = 0.043 is the one-sample form; two samples of 1,000 give 0.0607. D = 0.08 exceeds both. */
export const ksDriftSessionDurationExample = workedExample({
  id: "WE-4.7",
  slug: "ks-drift-session-duration",
  title: "Kolmogorov–Smirnov drift test on session duration",
  chapter: 4,
  section: "Chapter 4, Monitoring distribution stability (KS scenario)",
  lines: [5985, 6008],
  problem: "Training and serving samples of session_duration, 1,000 each, differ by D = 0.08 at most: is that drift at α = 0.05?",
  inputs: {
    n: { label: "Training sample size", value: 1000, line: 6004 },
    m: { label: "Serving sample size", value: 1000, line: 6004 },
    alpha: { label: "Significance level α", value: 0.05, line: 5996 },
    observed: { label: "Observed D_KS", value: 0.08, line: 6008 },
  },
  compute: (i) => {
    const critical = ksCritical(i.n, i.m, i.alpha);
    return { critical, verdict: i.observed > critical ? "reject" : "keep" };
  },
  checks: [
    { name: "critical value for two samples of 1,000", printed: "≈ 1.36 / √1000 ≈ 0.043", book: 0.043, expected: 0.060736, unit: "D", tolerance: 1e-5, line: 6006, value: (r) => r.critical,
      note: "1.36/√n is the one-sample critical value. Comparing two samples of n = m = 1,000 needs c(α)·√((n + m)/(n·m)) = 0.0607." },
    { name: "decision at D = 0.08", printed: "Reject Null Hypothesis", book: "reject", line: 6008, value: (r) => r.verdict },
  ],
  conclusion: "D = 0.08 exceeds the two-sample critical value too, so the book's verdict holds: the serving distribution has drifted; investigate or retrain.",
});
