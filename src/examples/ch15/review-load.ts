/**
 * W15.9 Human review under GDPR Article 22 (book Ch. 15, seed 004 L38957).
 */
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W15.9: a million automated decisions a day with 0.1 % needing substantive review is
 * 1,000 cases a day.
 *
 * @example
 * ```ts
 * reviewLoadExample.compute().to("1/day") // 1000
 * ```
 */
export const reviewLoadExample = workedExample({
  id: "W15.9",
  slug: "gdpr-review-load",
  title: "Human review load under GDPR Article 22",
  chapter: 15,
  section: "Chapter 15, Explainability and regulation (GDPR Article 22)",
  lines: [38957, 38957],
  problem: "How many cases a day need human review when a system makes a million decisions a day and 0.1 % are contested?",
  inputs: {
    decisions: { label: "automated decisions", value: q(1e6, "1/day"), line: 38957 },
    reviewShare: { label: "share needing substantive review", value: 0.001, line: 38957 },
  },
  compute: (i) => i.decisions.times(i.reviewShare),
  checks: [{ name: "review cases per day", printed: "would generate 1,000 cases per day", book: 1000, unit: "1/day", tolerance: 1e-12, line: 38957, value: (r) => r }],
  conclusion: "A tiny contest rate at scale is a full-time team: explanations must be built into the system, not produced by hand.",
});
