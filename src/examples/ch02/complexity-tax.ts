/**
 * WE-2.12 The Complexity Tax (book Ch. 2, seed 004 L3803–L3814): a heuristic against an
 * ML pipeline for the same classification.
 */
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-2.12: 40 hours of maintenance a month against 1 buys 5 points of accuracy.
 *
 * @example
 * ```ts
 * complexityTaxExample.compute().maintenanceRatio // 40
 * ```
 */
export const complexityTaxExample = workedExample({
  id: "WE-2.12",
  slug: "complexity-tax",
  title: "The complexity tax of an ML pipeline",
  chapter: 2,
  section: "Chapter 2, The complexity tax",
  lines: [3803, 3814],
  problem: "Is an ML system at 95 % accuracy worth its upkeep against a 90 % heuristic?",
  inputs: {
    heuristicHours: { label: "heuristic maintenance", value: q(1, "h/month"), line: 3808 },
    mlHours: { label: "ML system maintenance", value: q(40, "h/month"), line: 3810 },
    heuristicCode: { label: "heuristic code (lines)", value: 50, line: 3808 },
    mlCode: { label: "ML code + infrastructure (lines)", value: 50 + 2000, line: 3810 },
    heuristicAccuracy: { label: "heuristic accuracy", value: 0.9, line: 3814 },
    mlAccuracy: { label: "ML accuracy", value: 0.95, line: 3814 },
  },
  compute: (i) => ({ maintenanceRatio: i.mlHours.ratio(i.heuristicHours), codeRatio: i.mlCode / i.heuristicCode, accuracyGain: i.mlAccuracy - i.heuristicAccuracy }),
  checks: [
    { name: "maintenance, ML ÷ heuristic", printed: "40× increase in complexity", book: 40, unit: "×", tolerance: 1e-12, line: 3814, value: (r) => r.maintenanceRatio },
    { name: "accuracy gain", printed: "that 5% gain", book: 0.05, unit: "accuracy", tolerance: 1e-9, line: 3814, value: (r) => r.accuracyGain },
  ],
  conclusion: "Every accuracy point an ML system adds is paid for in upkeep; price the tax (here 41× the code and 40× the hours) before choosing ML.",
});
