/**
 * W9.17 "Active-learning break-even": $10 labels, 1,000 to start, 100 per round, $50
 * of inference a round (book Ch. 9, seed 004 L23125–L23146).
 */
import { activeLearningBudget } from "../../calc/selection/active-learning-budget";
import { techniqueRoi } from "../../calc/selection/technique-roi";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W9.17: random $50,000 against active $20,500 (2,000 labels, 10 rounds): ROI 144 %. */
export const activeLearningRoiExample = workedExample({
  id: "W9.17",
  slug: "active-learning-roi",
  title: "Active-learning ROI",
  chapter: 9,
  section: "Chapter 9, ROI of data selection (active-learning break-even)",
  lines: [23125, 23146],
  problem: "Random labelling reaches the target with 5,000 labels, active learning with 2,000: what is active learning's return on investment?",
  inputs: {
    price: { label: "Price per label", value: q(10, "USD"), line: 23125 },
    initial: { label: "Initial labelled set", value: 1000, line: 23128 },
    perRound: { label: "Oracle queries per round", value: 100, line: 23130 },
    roundCost: { label: "Inference per round", value: q(50, "USD"), line: 23132 },
    randomLabels: { label: "Random labels to target", value: 5000, line: 23134 },
    activeLabels: { label: "Active labels to target", value: 2000, line: 23138 },
  },
  compute: (i) => {
    const r = activeLearningBudget({ poolSize: i.randomLabels, pricePerLabel: i.price, randomLabelsNeeded: i.randomLabels, activeLabels: i.activeLabels, initialLabels: i.initial, labelsPerRound: i.perRound, costPerRound: i.roundCost });
    return { ...r, roi: techniqueRoi({ baselineCost: r.randomCost, techniqueCost: r.activeCost }) };
  },
  checks: [
    { name: "random labelling cost", printed: "= $50,000", book: 50_000, unit: "USD", tolerance: 0, line: 23140, value: (r) => r.randomCost },
    { name: "query rounds", printed: "10 rounds", book: 10, unit: "rounds", tolerance: 0, line: 23142, value: (r) => r.rounds },
    { name: "active-learning cost", printed: "= $20,500", book: 20_500, unit: "USD", tolerance: 0, line: 23142, value: (r) => r.activeCost },
    { name: "ROI", printed: "× 100% = 144%", book: 144, unit: "%", tolerance: 0.001, line: 23144, value: (r) => r.roi * 100, note: "143.9 %." },
  ],
  conclusion: "Cutting labels from 5,000 to 2,000 repays the selection overhead 1.4 times over; with a smaller cut or dearer inference the ROI can turn negative.",
});
