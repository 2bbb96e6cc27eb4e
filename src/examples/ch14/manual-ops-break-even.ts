/**
 * W14.2 "The compound cost of manual operations" (book Ch. 14, seed 004 L34346–L34372).
 */
import { paybackPeriod } from "../../calc/economics/break-even";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W14.2: an 80-hour pipeline against 4 hours of manual retraining a week pays back in
 * 20 weeks.
 *
 * @example
 * ```ts
 * manualOpsBreakEvenExample.compute().to("week") // 20
 * ```
 */
export const manualOpsBreakEvenExample = workedExample({
  id: "W14.2",
  slug: "manual-ops-break-even",
  title: "The compound cost of manual operations",
  chapter: 14,
  section: "Chapter 14, Technical debt and automation",
  lines: [34346, 34372],
  problem: "When does an 80-hour retraining pipeline pay for itself against 4 hours of manual retraining a week?",
  inputs: {
    pipeline: { label: "pipeline build (one-time)", value: q(80, "h"), line: 34353 },
    manual: { label: "manual retraining", value: q(4, "h/week"), line: 34351 },
  },
  compute: (i) => paybackPeriod({ investment: i.pipeline, savingsRate: i.manual }),
  checks: [
    { name: "break-even point", printed: "Break-even Point: 20 weeks.", book: 20, unit: "week", tolerance: 1e-12, line: 34360, value: (r) => r },
  ],
  conclusion: "Automation pays back within two quarters even for a model that never changes; the book's further claim that manual work doubles with features is an assertion, not a calculation.",
});
