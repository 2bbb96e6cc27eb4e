/**
 * W9.7 "Medical diagnostic AI": a million unlabelled scans at $5 each and a $500,000
 * budget (book Ch. 9, seed 004 L21989–L22015).
 */
import { activeLearningBudget } from "../../calc/selection/active-learning-budget";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W9.7: labelling everything costs $5M; 100,000 random scans fit the budget; the 50,000 hardest cost $250,000, 20× less data, $4.75M saved. */
export const diagnosticActiveLearningExample = workedExample({
  id: "W9.7",
  slug: "diagnostic-active-learning",
  title: "Active learning for a medical diagnostic model",
  chapter: 9,
  section: "Chapter 9, Active learning (medical diagnostic problem)",
  lines: [21989, 22015],
  problem: "With 1M scans, $5 a label and $500,000, should the team label at random or pick the hardest scans?",
  inputs: {
    pool: { label: "Unlabelled scans", value: 1e6, line: 21989 },
    price: { label: "Specialist price per scan", value: q(5, "USD"), line: 21989 },
    budget: { label: "Budget", value: q(500_000, "USD"), line: 21989 },
    hardest: { label: "Hardest scans chosen by uncertainty", value: 50_000, line: 22005 },
  },
  compute: (i) => activeLearningBudget({ poolSize: i.pool, pricePerLabel: i.price, activeLabels: i.hardest, budget: i.budget }),
  checks: [
    { name: "labelling every scan", printed: "$5,000,000 (10× over budget)", book: 5e6, unit: "USD", tolerance: 0, line: 21994, value: (r) => r.fullLabelingCost },
    { name: "random scans the budget buys", printed: "100,000 random scans", book: 100_000, unit: "scans", tolerance: 0, line: 21996, value: (r) => r.affordableLabels ?? Number.NaN },
    { name: "active-learning cost", printed: "50,000 × 5.00 = $250,000", book: 250_000, unit: "USD", tolerance: 0, line: 22007, value: (r) => r.activeCost },
    { name: "less data to train on", printed: "20× less data", book: 20, unit: "×", tolerance: 0, line: 22009, value: (r) => r.dataReduction ?? Number.NaN },
    { name: "saving against labelling everything", printed: "$4.75 Million cost-saving", book: 4.75e6, unit: "USD", tolerance: 0, line: 22015, value: (r) => r.savingVsFull },
  ],
  conclusion: "Choosing what to label turns an impossible $5M job into $250K, half the budget, and every epoch runs on 20× less data.",
});
