/**
 * W9.12 "Selecting a 100k coreset from 1M images with EL2N": full-model against proxy
 * scoring, and the selection inequality (book Ch. 9, Eq. 9.2, seed 004 L22674–L22718).
 */
import { selectionInequality } from "../../calc/selection/selection-inequality";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W9.12: 30.6 h (ResNet-50 scoring) and 28.3 h (ResNet-18 proxy) against 278 h; a 50 h selection still wins at 77.8 h. */
export const selectionInequalityExample = workedExample({
  id: "W9.12",
  slug: "selection-inequality",
  title: "The selection inequality: full-model vs proxy scoring",
  chapter: 9,
  section: "Chapter 9, The Selection Inequality (Eq. 9.2, coreset scenario)",
  lines: [22674, 22718],
  problem: "Scoring 1M images to keep a 10 % coreset: does it pay with the target model, with a proxy, and with a 50-hour selector?",
  inputs: {
    pool: { label: "Training images", value: 1e6, line: 22674 },
    subset: { label: "Coreset", value: 1e5, line: 22674 },
    fullScore: { label: "ResNet-50 scoring per image", value: q(0.01, "s"), line: 22679 },
    proxyScore: { label: "ResNet-18 proxy scoring per image", value: q(0.002, "s"), line: 22690 },
    train: { label: "Training time per image per epoch", value: q(0.01, "s"), line: 22681 },
    epochs: { label: "Epochs", value: 100, line: 22681 },
    trap: { label: "Selection with a 7B model", value: q(50, "h"), line: 22716 },
  },
  compute: (i) => {
    const base = { poolSize: i.pool, subsetSize: i.subset, trainingTimePerSample: i.train, epochs: i.epochs };
    const full = selectionInequality({ ...base, scoringTimePerSample: i.fullScore });
    const proxy = selectionInequality({ ...base, scoringTimePerSample: i.proxyScore });
    return { full, proxy, trap: selectionInequality({ ...base, selectionTime: i.trap }), proxyAdvantage: full.totalTime.minus(proxy.totalTime) };
  },
  checks: [
    { name: "full-model scoring", printed: "10,000 seconds (2.8 hours)", book: 10_000, unit: "s", tolerance: 1e-12, line: 22679, value: (r) => r.full.selectionTime },
    { name: "coreset training", printed: "100,000 seconds (27.8 hours)", book: 100_000, unit: "s", tolerance: 1e-12, line: 22681, value: (r) => r.full.subsetTrainingTime },
    { name: "total with full-model scoring", printed: "Total: 30.6 hours", book: 30.6, unit: "h", tolerance: 0.002, line: 22683, value: (r) => r.full.totalTime },
    { name: "total with proxy scoring", printed: "Total: 28.3 hours", book: 28.3, unit: "h", tolerance: 0.002, line: 22694, value: (r) => r.proxy.totalTime },
    { name: "baseline", printed: "1,000,000 seconds (278 hours)", book: 1e6, unit: "s", tolerance: 1e-12, line: 22701, value: (r) => r.full.baselineTime },
    { name: "saving of option A", printed: "247 hours vs. baseline (89% reduction)", book: 247, unit: "h", tolerance: 0.002, line: 22708, value: (r) => r.full.timeSaved },
    { name: "saving of option B", printed: "249 hours vs. baseline (90% reduction)", book: 249, unit: "h", tolerance: 0.002, line: 22710, value: (r) => r.proxy.timeSaved },
    { name: "proxy advantage", printed: "beats Option A by 2.2 hours", book: 2.2, unit: "h", tolerance: 0.011, line: 22712, value: (r) => r.proxyAdvantage },
    { name: "total with a 50-hour selection", printed: "would reach 77.8 hours", book: 77.8, unit: "h", tolerance: 0.001, line: 22716, value: (r) => r.trap.totalTime },
    { name: "share of the savings the 50 h selection consumes", printed: "consumes 25% of the savings", book: 25, expected: 20, unit: "%", tolerance: 1e-9, line: 22716,
      value: (r) => r.trap.selectionTime.ratio(r.trap.baselineTime.minus(r.trap.subsetTrainingTime)) * 100,
      note: "Against the 250 h that skipping 90 % of the data saves, 50 h is 20 %; the book's 25 % divides by the 200 h that remain after selection." },
  ],
  conclusion: "Selection pays when its cost stays small next to the training it removes; a proxy scorer keeps it at 2 % of the subset's training time.",
});
