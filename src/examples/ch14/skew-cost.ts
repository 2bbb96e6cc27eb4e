/**
 * W14.1 The cost of training-serving skew (book Ch. 14, Eq. 14.2, seed 004 L33999–L34003).
 */
import { skewCost } from "../../calc/operations/incident-cost";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W14.1: 1M queries a day × 1 % skew errors × $0.10 = $1,000 a day, $365,000 a year.
 *
 * @example
 * ```ts
 * skewCostExample.compute().perYear.to("USD") // 364999.99999999994
 * ```
 */
export const skewCostExample = workedExample({
  id: "W14.1",
  slug: "skew-cost",
  title: "The annual cost of training-serving skew",
  chapter: 14,
  section: "Chapter 14, Training-serving skew (Eq. 14.2)",
  lines: [33999, 34003],
  problem: "What does a 1 % skew-induced error rate cost a system that serves a million queries a day?",
  inputs: {
    queryRate: { label: "queries per day", value: q(1e6, "1/day"), line: 34003 },
    errorRate: { label: "skew-induced error rate", value: 0.01, line: 34003 },
    costPerError: { label: "cost of one error", value: q(0.1, "USD"), line: 34003 },
  },
  compute: (i) => skewCost(i),
  checks: [
    { name: "skew cost per year", printed: "annual skew cost reaches USD 365,000", book: 365_000, unit: "USD", tolerance: 1e-12, line: 34003, value: (r) => r.perYear },
  ],
  conclusion: "A one-percent inconsistency between training and serving is a six-figure line item: consistency mechanisms pay for themselves.",
});
