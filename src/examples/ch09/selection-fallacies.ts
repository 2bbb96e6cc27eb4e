/**
 * W9.21 The fallacies and pitfalls of data selection: overhead, rare classes and scale
 * (book Ch. 9, seed 004 L23697–L23739).
 */
import { expectedClassRetention } from "../../calc/selection/class-retention";
import { selectionInequality } from "../../calc/selection/selection-inequality";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W9.21: 10 h of selection for 2 h of training is 5× overhead; a 30-minute proxy is 6 % of 8 h; a 10 % coreset keeps 100 of 1,000 rare samples (< 150); 10 % of $100M is $10M. */
export const selectionFallaciesExample = workedExample({
  id: "W9.21",
  slug: "selection-fallacies",
  title: "Data-selection fallacies in numbers",
  chapter: 9,
  section: "Chapter 9, Fallacies and pitfalls",
  lines: [23697, 23739],
  problem: "Put numbers on the chapter's pitfalls: selection overhead, pruning a rare class, and the value of efficiency at scale.",
  inputs: {
    slowSelection: { label: "Coreset algorithm run time", value: q(10, "h"), line: 23717 },
    shortTraining: { label: "Training run it selects for", value: q(2, "h"), line: 23717 },
    proxy: { label: "Proxy EL2N scoring", value: q(30, "min"), line: 23717 },
    fullTraining: { label: "Full training", value: q(8, "h"), line: 23717 },
    rare: { label: "Rare-class samples (0.1 % of 1M)", value: 1000, line: 23721 },
    coreset: { label: "Uniform coreset fraction", value: 0.1, line: 23721 },
    minimum: { label: "Minimum samples per class", value: 150, line: 23721 },
    run: { label: "Frontier training run", value: q(100e6, "USD"), line: 23711 },
    efficiency: { label: "Efficiency gain", value: 0.1, line: 23711 },
  },
  compute: (i) => {
    const overhead = (selectionTime: typeof i.proxy, training: typeof i.proxy) =>
      selectionInequality({ poolSize: 1, subsetSize: 1, selectionTime, trainingTimePerSample: training, epochs: 1 }).overheadShare ?? Number.NaN;
    return {
      slowOverhead: overhead(i.slowSelection, i.shortTraining), proxyOverhead: overhead(i.proxy, i.fullTraining),
      rare: expectedClassRetention({ classCount: i.rare, fraction: i.coreset, minimumPerClass: i.minimum }),
      saved: i.run.times(i.efficiency),
    };
  },
  checks: [
    { name: "10 h selection for a 2 h run", printed: "has 5× overhead", book: 5, unit: "×", tolerance: 1e-12, line: 23717, value: (r) => r.slowOverhead },
    { name: "proxy scoring against 8 h of training", printed: "(6% overhead)", book: 6, unit: "%", tolerance: 0.042, line: 23717, value: (r) => r.proxyOverhead * 100,
      note: "30 min / 8 h = 6.25 %, rounded." },
    { name: "rare samples a 10 % coreset keeps", printed: "retains only 100 rare examples", book: 100, unit: "samples", tolerance: 1e-12, line: 23721, value: (r) => r.rare.expectedRetained },
    { name: "is that enough?", printed: "below the 150-sample minimum", book: "no", line: 23721, value: (r) => (r.rare.meetsMinimum ? "yes" : "no") },
    { name: "10 % efficiency on a $100M run", printed: "saves $10M", book: 10e6, unit: "USD", tolerance: 1e-12, line: 23711, value: (r) => r.saved },
  ],
  conclusion: "Measure selection overhead against the training it shortens, stratify before pruning rare classes, and remember that efficiency is worth most at the largest scale.",
});
