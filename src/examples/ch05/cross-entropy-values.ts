/**
 * WE-5.6 "Cross-entropy values" (book Ch. 5, seed 004 L9155–L9209).
 */
import { crossEntropy } from "../../calc/neural/cross-entropy";
import { workedExample } from "../worked-example";

/**
 * WE-5.6: −log 0.8 = 0.223, −log 0.9 = 0.105, and ln 10 ≈ 2.3 for a random 10-class start.
 *
 * @example
 * ```ts
 * crossEntropyValuesExample.compute().confident // 0.2231435513142097
 * ```
 */
export const crossEntropyValuesExample = workedExample({
  id: "WE-5.6",
  slug: "cross-entropy-values",
  title: "Cross-entropy values",
  chapter: 5,
  section: "Chapter 5, Loss functions: cross-entropy",
  lines: [9155, 9209],
  problem: "What does cross-entropy charge a prediction of 0.8, or 0.9, for the correct digit, and what does an untrained 10-class network start at?",
  inputs: {
    prediction: { label: "predicted probabilities for an image of 7", value: [0.1, 0, 0, 0, 0, 0, 0, 0.8, 0, 0.1], line: 9157 },
    trueClass: { label: "correct digit", value: 7, line: 9158 },
    moreConfident: { label: "a more confident prediction", value: 0.9, line: 9160 },
    classes: { label: "classes", value: 10, line: 9209 },
  },
  compute: (i) => ({
    confident: crossEntropy({ probabilities: i.prediction, target: i.trueClass }).loss,
    moreConfident: crossEntropy({ probabilities: [i.moreConfident, 1 - i.moreConfident], target: 0 }).loss,
    randomStart: crossEntropy({ logits: new Array<number>(i.classes).fill(0), target: 0 }).loss,
  }),
  checks: [
    { name: "−log 0.8", printed: "approximately 0.223", book: 0.223, unit: "nat", tolerance: 1e-3, line: 9160, value: (r) => r.confident },
    { name: "−log 0.9", printed: "approximately 0.105", book: 0.105, unit: "nat", tolerance: 4e-3, line: 9160, value: (r) => r.moreConfident },
    { name: "random guessing among 10 classes", printed: "∼2.3", book: 2.3, unit: "nat", tolerance: 2e-3, line: 9209, value: (r) => r.randomStart, note: "ln 10 = 2.3026." },
  ],
  conclusion: "The loss depends only on the probability given to the right class, and falls from ln 10 ≈ 2.3 for a uniform guess toward zero as confidence grows.",
});
