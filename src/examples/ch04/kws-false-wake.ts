/**
 * WE-4.3 "KWS false-wake budget": at most one false wake-up a month from an always-on
 * detector (book Ch. 4, seed 004 L5463–L5485).
 */
import { falseWakeBudget } from "../../calc/data/false-wake-budget";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** WE-4.3: 2,592,000 one-second windows a month, so FPR ≤ 3.9e−7 (99.99996 % rejection). */
export const kwsFalseWakeExample = workedExample({
  id: "WE-4.3",
  slug: "kws-false-wake",
  title: "Keyword spotting: the false-wake budget",
  chapter: 4,
  section: "Chapter 4, Problem definition for keyword spotting (false-wake constraint)",
  lines: [5463, 5485],
  problem: "What false-positive rate must an always-on wake-word detector reach for users to see at most one false wake-up a month?",
  inputs: {
    allowed: { label: "False wake-ups tolerated per month", value: 1, line: 5463 },
    month: { label: "Month", value: q(30, "day"), line: 5472 },
    window: { label: "Classification window", value: q(1, "s"), line: 5470 },
  },
  compute: (i) => falseWakeBudget({ allowedFalseWakes: i.allowed, period: i.month, window: i.window }),
  checks: [
    { name: "windows per month", printed: "2,592,000 windows", book: 2_592_000, unit: "windows", tolerance: 0, line: 5472, value: (r) => r.windows },
    { name: "false-positive rate", printed: "≈ 3.9e-07", book: 3.9e-7, unit: "per window", tolerance: 0.012, line: 5479, value: (r) => r.maxFalsePositiveRate, note: "3.858e−7, rounded." },
    { name: "rejection of non-keywords", printed: "99.99996% rejection", book: 99.99996, unit: "%", tolerance: 1e-7, line: 5481, note: "99.9999614 %, rounded.", value: (r) => r.requiredRejection * 100 },
  ],
  conclusion: "A budget of one false wake a month means fewer than four errors in ten million windows, so the metric is false accepts per hour (1/720 here), not accuracy.",
});
