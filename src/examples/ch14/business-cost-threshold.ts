/**
 * W14.15 The business cost curve (book Ch. 14, Fig. 14.9, seed 004 L37012).
 */
import { bayesOptimalThreshold } from "../../calc/operations/decision-threshold";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W14.15: equal error costs put the cost-optimal threshold at 0.50; with a $500 missed
 * fraud against a $100 false alarm, calibrated probabilities give 1/6 ≈ 0.17. The book's
 * 0.34 comes from score distributions it does not state.
 *
 * @example
 * ```ts
 * businessCostThresholdExample.compute().asymmetric // 0.1666…
 * ```
 */
export const businessCostThresholdExample = workedExample({
  id: "W14.15",
  slug: "business-cost-threshold",
  title: "The cost-optimal decision threshold",
  chapter: 14,
  section: "Chapter 14, Stakeholder communication (Fig. 14.9, the business cost curve)",
  lines: [37012, 37012],
  problem: "Where should a fraud model's threshold sit when a missed fraud costs $500 and a blocked customer $100?",
  inputs: {
    costFalseNegative: { label: "missed fraud", value: q(500, "USD"), line: 37012 },
    costFalsePositive: { label: "blocked user", value: q(100, "USD"), line: 37012 },
  },
  compute: (i) => ({
    symmetric: bayesOptimalThreshold({ costFalsePositive: i.costFalsePositive, costFalseNegative: i.costFalsePositive }),
    asymmetric: bayesOptimalThreshold(i),
  }),
  checks: [
    { name: "threshold with equal costs", printed: "T=0.50", book: 0.5, unit: "threshold", tolerance: 1e-12, line: 37012, value: (r) => r.symmetric },
    { name: "threshold with $500 vs $100", printed: "T ≈ 0.34", book: 0.34, expected: 0.16667, unit: "threshold", tolerance: 1e-4, line: 37012, value: (r) => r.asymmetric,
      note: "For calibrated probabilities the expected cost is minimal at C_FP / (C_FP + C_FN) = 100/600; the book's 0.34 depends on the unstated score distributions of its figure." },
  ],
  conclusion: "Asymmetric error costs move the threshold far from 0.5: set it from the costs, and retune it as they change.",
});
