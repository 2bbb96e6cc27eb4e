/**
 * W14.5 A/B test sample size (book Ch. 14, Eq. 14.9, seed 004 L35403–L35405).
 */
import { abTestSampleSize } from "../../drift/ab-test-sample-size";
import { workedExample } from "../worked-example";

/**
 * W14.5: Eq. 14.9 with a 5 % baseline gives 1,865 users per variant for a 2-point lift
 * and 745,644 for a 2 % relative lift; neither is the printed ~25,000.
 *
 * @example
 * ```ts
 * abTestSampleSizeExample.compute().absolute.perVariant // 1865
 * ```
 */
export const abTestSampleSizeExample = workedExample({
  id: "W14.5",
  slug: "ab-test-sample-size",
  title: "How many users an A/B test needs",
  chapter: 14,
  section: "Chapter 14, A/B testing (Eq. 14.9)",
  lines: [35403, 35405],
  problem: "How many users per variant detect a 2 % lift on a 5 % conversion rate at 95 % confidence and 80 % power?",
  inputs: {
    baselineRate: { label: "baseline conversion", value: 0.05, line: 35405 },
    absoluteLift: { label: "lift read as 2 percentage points", value: 0.02, line: 35405 },
    relativeLift: { label: "lift read as 2 % of 5 %", value: 0.001, line: 35405 },
    power: { label: "power", value: 0.8, line: 35405 },
  },
  compute: (i) => ({
    absolute: abTestSampleSize({ baselineRate: i.baselineRate, minimumDetectableEffect: i.absoluteLift, power: i.power }),
    relative: abTestSampleSize({ baselineRate: i.baselineRate, minimumDetectableEffect: i.relativeLift, power: i.power }),
  }),
  checks: [
    { name: "users per variant, 2 pp lift", printed: "~25,000 users per variant", book: 25_000, expected: 1865, unit: "users", tolerance: 0, line: 35405, value: (r) => r.absolute.perVariant,
      note: "2 × (1.96 + 0.84)² × 0.05 × 0.95 / 0.02² = 1,864.1 → 1,865. 25,000 per variant matches a lift of about 0.55 points (11 % relative)." },
    { name: "users per variant, 2 % relative lift", printed: "~25,000 users per variant", book: 25_000, expected: 745_644, unit: "users", tolerance: 0, line: 35405, value: (r) => r.relative.perVariant,
      note: "δ = 0.1 point: 745,644 users per variant." },
  ],
  conclusion: "The detectable effect enters squared: the same test needs two thousand users for a two-point lift and three quarters of a million for a two-percent one. State δ in absolute terms.",
});
