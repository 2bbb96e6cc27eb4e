/**
 * W9.8 "Clinical labelling economics": a radiologist labelling 500 or 50,000 chest
 * X-rays (book Ch. 9, semi-supervised learning footnote, seed 004 L22038).
 */
import { manualLabelEffort } from "../../calc/data/manual-label-effort";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W9.8: 500 scans take 6.25–10 h ($940–3,000); all 50,000 cost $93,750–300,000, not the book's $75,000–150,000. */
export const clinicalSemiSupervisedExample = workedExample({
  id: "W9.8",
  slug: "clinical-semi-supervised",
  title: "Semi-supervised learning: clinical labelling economics",
  chapter: 9,
  section: "Chapter 9, Semi-supervised learning (clinical labelling economics)",
  lines: [22038, 22038],
  problem: "What does a radiologist's time cost to label 1 % of 50,000 chest X-rays, and to label them all?",
  inputs: {
    pool: { label: "Chest X-rays", value: 50_000, line: 22038 },
    labelled: { label: "Scans labelled (1 %)", value: 500, line: 22038 },
    fastRead: { label: "Time per scan at 80 scans/h", value: q(45, "s"), line: 22038 },
    slowRead: { label: "Time per scan at 50 scans/h", value: q(72, "s"), line: 22038 },
    lowRate: { label: "Radiologist rate, low", value: q(150, "USD/h"), line: 22038 },
    highRate: { label: "Radiologist rate, high", value: q(300, "USD/h"), line: 22038 },
  },
  compute: (i) => {
    const cost = (items: number, timePerLabel: typeof i.fastRead, hourlyRate: typeof i.lowRate) => manualLabelEffort({ items, timePerLabel, hourlyRate });
    return {
      seedFast: cost(i.labelled, i.fastRead, i.lowRate), seedSlow: cost(i.labelled, i.slowRead, i.highRate),
      fullCheap: cost(i.pool, i.fastRead, i.lowRate), fullDear: cost(i.pool, i.slowRead, i.highRate),
    };
  },
  checks: [
    { name: "hours for 500 scans, slowest reading", printed: "requires 7–10 hours", book: 10, unit: "h", tolerance: 1e-12, line: 22038, value: (r) => r.seedSlow.effort },
    { name: "cost of 500 scans, dearest case", printed: "$1,000–3,000 investment", book: 3000, unit: "USD", tolerance: 1e-12, line: 22038, value: (r) => r.seedSlow.cost ?? q(Number.NaN, "USD") },
    { name: "labelling all 50,000, cheapest case", printed: "$75,000–150,000", book: 75_000, expected: 93_750, unit: "USD", tolerance: 1e-12, line: 22038, value: (r) => r.fullCheap.cost ?? q(Number.NaN, "USD"),
      note: "50,000 / 80 per hour × $150 = $93,750; the book's $75,000 needs 100 scans an hour." },
    { name: "labelling all 50,000, dearest case", printed: "150,000 and require months", book: 150_000, expected: 300_000, unit: "USD", tolerance: 1e-12, line: 22038, value: (r) => r.fullDear.cost ?? q(Number.NaN, "USD"),
      note: "50,000 / 50 per hour × $300 = $300,000, twice the book's upper figure." },
  ],
  conclusion: "Specialist time makes full labelling a six-figure, months-long job, which is why clinical ML leans on semi-supervised learning from a 1 % labelled seed.",
});
