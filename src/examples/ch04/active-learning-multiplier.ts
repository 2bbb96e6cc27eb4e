/**
 * WE-4.11 "The active-learning multiplier": reach 95 % on a 10M-image pool with a $50K
 * labelling budget (book Ch. 4, seed 004 L6599–L6619).
 */
import { activeLearningBudget } from "../../calc/selection/active-learning-budget";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** WE-4.11: random needs ~1M labels ($500K); active learning 100K–200K ($50K–100K), but scoring the whole pool at $0.01 adds $100K. */
export const activeLearningMultiplierExample = workedExample({
  id: "WE-4.11",
  slug: "active-learning-multiplier",
  title: "The active-learning multiplier",
  chapter: 4,
  section: "Chapter 4, Labelling at scale (active-learning problem)",
  lines: [6599, 6619],
  problem: "Random labels reach 85 % with 100K images; 95 % needs about 1M. Can active learning reach it within $50K?",
  inputs: {
    pool: { label: "Unlabelled pool", value: 10e6, line: 6599 },
    budget: { label: "Labelling budget", value: q(50_000, "USD"), line: 6599 },
    randomLabels: { label: "Random labels for 95 %", value: 1e6, line: 6610 },
    labelPrice: { label: "Price per label", value: q(0.5, "USD"), line: 6606 },
    bestEfficiency: { label: "Active learning sample efficiency (best)", value: 10, line: 6604 },
    worstEfficiency: { label: "Active learning sample efficiency (worst)", value: 5, line: 6604 },
    scoringPrice: { label: "Inference per image to score the pool", value: q(0.01, "USD"), line: 6606 },
  },
  compute: (i) => {
    const run = (sampleEfficiency: number, scoringPricePerItem = q(0, "USD")) =>
      activeLearningBudget({ poolSize: i.pool, pricePerLabel: i.labelPrice, randomLabelsNeeded: i.randomLabels, sampleEfficiency, scoringPricePerItem, budget: i.budget });
    return { best: run(i.bestEfficiency), worst: run(i.worstEfficiency), scored: run(i.bestEfficiency, i.scoringPrice) };
  },
  checks: [
    { name: "random labelling cost", printed: "1M labels ($500K)", book: 500_000, unit: "USD", tolerance: 1e-12, line: 6610, value: (r) => r.best.randomCost },
    { name: "active labels, 10× efficiency", printed: "~100K–200K hard examples", book: 100_000, unit: "labels", tolerance: 1e-12, line: 6612, value: (r) => r.best.activeLabels },
    { name: "active labels, 5× efficiency", printed: "200K", book: 200_000, unit: "labels", tolerance: 1e-12, line: 6612, value: (r) => r.worst.activeLabels },
    { name: "active labelling cost, 10× efficiency", printed: "($50K–$100K)", book: 50_000, unit: "USD", tolerance: 1e-12, line: 6612, value: (r) => r.best.activeLabelingCost },
    { name: "scoring all 10M images at $0.01", printed: "~$0.01/image for inference", book: 0.01, expected: 100_000, unit: "USD", tolerance: 1e-9, line: 6606, value: (r) => r.scored.selectionCost,
      note: "The book prices inference per image but not in total: scoring the whole pool is $100,000, twice the budget, so only a fraction of the pool can be scored." },
    { name: "is the active campaign (with scoring) within budget?", printed: "Feasible", book: "yes", expected: "no", line: 6612, value: (r) => (r.scored.activeWithinBudget ? "yes" : "no"),
      note: "Even the best case spends $50K on labels plus $100K on scoring; and the 5× case's $100K of labels alone exceeds the $50K budget." },
  ],
  conclusion: "Active learning is a 5–10× lever on labels, but its selection compute is not free: at this budget only a sampled fraction of the pool can be scored.",
});
