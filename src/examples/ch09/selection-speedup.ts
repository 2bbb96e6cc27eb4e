/**
 * W9.13 "An active-learning system selects the best 10 %": selection cost in
 * epoch-equivalents (book Ch. 9, seed 004 L22725–L22744).
 */
import { selectionSpeedup } from "../../calc/selection/selection-inequality";
import { workedExample } from "../worked-example";

/** W9.13: 100 / (1 + 10) ≈ 9×; reselecting every epoch costs 110 epochs, slower than no selection. */
export const selectionSpeedupExample = workedExample({
  id: "W9.13",
  slug: "selection-speedup",
  title: "Selection speedup in epoch-equivalents",
  chapter: 9,
  section: "Chapter 9, The Selection Inequality (epoch-equivalent problem)",
  lines: [22725, 22744],
  problem: "Scoring the pool costs one epoch and the model then trains 100 epochs on 10 % of the data: what is the speedup, and what if selection runs every epoch?",
  inputs: {
    epochs: { label: "Full training", value: 100, line: 22730 },
    selectionCost: { label: "Selection cost (epochs)", value: 1, line: 22732 },
    fraction: { label: "Subset fraction", value: 0.1, line: 22734 },
  },
  compute: (i) => ({
    once: selectionSpeedup({ fullEpochs: i.epochs, selectionCostEpochs: i.selectionCost, subsetFraction: i.fraction }),
    everyEpoch: selectionSpeedup({ fullEpochs: i.epochs, selectionCostEpochs: i.selectionCost, subsetFraction: i.fraction, selections: i.epochs }),
  }),
  checks: [
    { name: "total cost with one selection", printed: "1 + 10 = 11× C_epoch", book: 11, unit: "epochs", tolerance: 1e-12, line: 22736, value: (r) => r.once.costEpochs },
    { name: "speedup", printed: "100 / 11 ≈ 9×", book: 9, unit: "×", tolerance: 0.011, line: 22738, value: (r) => r.once.speedup ?? Number.NaN, note: "9.09×." },
    { name: "total cost when reselecting every epoch", printed: "Total time = 100 + 10 = 110× C_epoch", book: 110, unit: "epochs", tolerance: 1e-12, line: 22742, value: (r) => r.everyEpoch.costEpochs },
  ],
  conclusion: "Spend compute to save more compute: one selection pass buys 9×, but reselecting every epoch costs more than training on everything.",
});
