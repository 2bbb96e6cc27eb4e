/**
 * W14.17 The span of retraining frequencies (book Ch. 14, Table 14.4, seed 004 L34227)
 * and W14.18 stakeholder arithmetic (L37009–L37019).
 */
import { exponentialGrowth } from "../../calc/performance/exponential-growth";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W14.17: daily to quarterly retraining is a factor of 90, about two orders of
 * magnitude, not four.
 *
 * @example
 * ```ts
 * retrainingSpanExample.compute().ordersOfMagnitude // 1.954…
 * ```
 */
export const retrainingSpanExample = workedExample({
  id: "W14.17",
  slug: "retraining-frequency-span",
  title: "How far retraining frequencies spread",
  chapter: 14,
  section: "Chapter 14, Monitoring by archetype (Table 14.4)",
  lines: [34227, 34227],
  problem: "How many orders of magnitude separate daily (DLRM) from quarterly (keyword spotting) retraining?",
  inputs: {
    fastest: { label: "DLRM: daily", value: q(1, "day"), line: 34227 },
    slowest: { label: "DS-CNN: quarterly", value: q(90, "day"), line: 34227 },
  },
  compute: (i) => exponentialGrowth({ duration: 1, factorPerYear: i.slowest.ratio(i.fastest) }),
  checks: [
    { name: "span in orders of magnitude", printed: "4 orders of magnitude", book: 4, expected: 1.9542, unit: "orders of magnitude", tolerance: 1e-4, line: 34227, value: (r) => r.ordersOfMagnitude,
      note: "90 days / 1 day = 90 = 10^1.95." },
  ],
  conclusion: "The archetypes retrain on schedules two orders of magnitude apart: one MLOps cadence does not fit all models.",
});

/**
 * W14.18: 2 weeks → 3 days is 4.7× faster; 1,000 → 800 alerts a day is 20 % fewer.
 *
 * @example
 * ```ts
 * stakeholderArithmeticExample.compute().cycleSpeedup // 4.666…
 * ```
 */
export const stakeholderArithmeticExample = workedExample({
  id: "W14.18",
  slug: "stakeholder-arithmetic",
  title: "Stakeholder arithmetic",
  chapter: 14,
  section: "Chapter 14, Communicating with stakeholders",
  lines: [37009, 37019],
  problem: "Do the chapter's business translations (fewer false alerts, faster experiments) add up?",
  inputs: {
    alertsBefore: { label: "false fraud alerts per day, before", value: 1000, line: 37009 },
    alertsAfter: { label: "after", value: 800, line: 37009 },
    cycleBefore: { label: "experiment cycle, before", value: q(2, "week"), line: 37019 },
    cycleAfter: { label: "after", value: q(3, "day"), line: 37019 },
  },
  compute: (i) => ({ alertReduction: 1 - i.alertsAfter / i.alertsBefore, cycleSpeedup: i.cycleBefore.ratio(i.cycleAfter) }),
  checks: [
    { name: "faster iteration", printed: "enabling 4× faster feature iteration", book: 4, expected: 4.6667, unit: "×", tolerance: 1e-4, line: 37019, value: (r) => r.cycleSpeedup,
      note: "14 days / 3 days = 4.7×; the book rounds down to 4×." },
    { name: "fewer false alerts", printed: "A 5% accuracy improvement", book: 0.05, expected: 0.2, unit: "fraction", tolerance: 1e-12, line: 37009, value: (r) => r.alertReduction,
      note: "1,000 → 800 is 20 % fewer alerts; the book pairs it with a '5 % accuracy improvement', a mapping it does not derive." },
  ],
  conclusion: "Business framing persuades only if its arithmetic holds; compute the translation instead of rounding it.",
});
