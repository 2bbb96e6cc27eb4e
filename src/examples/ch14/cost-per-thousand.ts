/**
 * W14.8 Cost per 1,000 inferences (book Ch. 14, Eq. 14.10, seed 004 L36021–L36025).
 */
import { costPerThousandInferences } from "../../calc/economics/inference-demand";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W14.8: a $3/h A100 serving 50,000 inferences an hour costs $0.06 per 1,000.
 *
 * @example
 * ```ts
 * costPerThousandExample.compute().to("USD") // 0.06
 * ```
 */
export const costPerThousandExample = workedExample({
  id: "W14.8",
  slug: "cost-per-thousand-inferences",
  title: "Cost per 1,000 inferences",
  chapter: 14,
  section: "Chapter 14, Resource monitoring (Eq. 14.10)",
  lines: [36021, 36025],
  problem: "What does an A100 at $3 an hour cost per thousand inferences at 50,000 inferences an hour?",
  inputs: {
    hourlyCost: { label: "A100 instance", value: q(3, "USD/h"), line: 36025 },
    inferenceRate: { label: "inferences per hour", value: q(50_000, "1/h"), line: 36025 },
  },
  compute: (i) => costPerThousandInferences(i),
  checks: [{ name: "cost per 1K", printed: "cost is $0.06 per 1K inferences", book: 0.06, unit: "USD", tolerance: 1e-12, line: 36025, value: (r) => r }],
  conclusion: "Translate GPU-hours into cost per prediction and track it: a rising figure flags an efficiency regression before the bill does.",
});
