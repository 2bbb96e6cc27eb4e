/**
 * W15.5 The four-fifths rule (book Ch. 15, Fairness thresholds, seed 004 L38254).
 */
import { fourFifthsRule } from "../../calc/fairness/fairness-flags";
import { workedExample } from "../worked-example";

/**
 * W15.5: if 60 % of one group passes, every other group needs at least 48 %.
 *
 * @example
 * ```ts
 * fourFifthsRuleExample.compute().minimumAllowedRate // 0.48
 * ```
 */
export const fourFifthsRuleExample = workedExample({
  id: "W15.5",
  slug: "four-fifths-rule",
  title: "The four-fifths rule",
  chapter: 15,
  section: "Chapter 15, Fairness thresholds (the four-fifths rule)",
  lines: [38254, 38254],
  problem: "If 60 % of one group passes a screen, what pass rate must every other group reach?",
  inputs: {
    bestRate: { label: "pass rate of the best group", value: 0.6, line: 38254 },
    threshold: { label: "the rule's fraction", value: 0.8, line: 38254 },
  },
  compute: (i) => fourFifthsRule({ selectionRates: { best: i.bestRate, other: 0.48 }, threshold: i.threshold }),
  checks: [{ name: "minimum pass rate of any other group", printed: "at least 48% of any other group must pass", book: 0.48, unit: "rate", tolerance: 1e-12, line: 38254, value: (r) => r.minimumAllowedRate }],
  conclusion: "The rule is relative: the bar for every group moves with the best-treated group's rate.",
});
