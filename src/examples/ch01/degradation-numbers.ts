/**
 * WE-1.9 Degradation numbers (book Ch. 1, seed 004 L1237–L1882): the accuracy losses
 * the chapter quotes, read through the Degradation Equation.
 */
import { degradedAccuracy } from "../../calc/operations/degradation";
import { workedExample } from "../worked-example";

/**
 * WE-1.9: the pedestrian detector loses 10 pp, the recommender 4.8 pp in six months
 * (85 % → 80.2 %). The chapter's other figure for the same recommender, "below 40 %",
 * contradicts it.
 *
 * @example
 * ```ts
 * degradationNumbersExample.compute().recommender.drop // 0.0479…
 * ```
 */
export const degradationNumbersExample = workedExample({
  id: "WE-1.9",
  slug: "degradation-numbers",
  title: "Degradation numbers and the Degradation Equation",
  chapter: 1,
  section: "Chapter 1, The Degradation Equation (Eq. 1.3)",
  lines: [1237, 1882],
  problem: "How much accuracy do the chapter's drifting systems lose, and what sensitivity λ does one unit of divergence imply?",
  inputs: {
    pedestrianStart: { label: "pedestrian detector at deployment", value: 0.95, line: 1237 },
    pedestrianLater: { label: "after several months of seasonal change", value: 0.85, line: 1237 },
    recommenderStart: { label: "recommender at deployment", value: 0.85, line: 1882 },
    recommenderLater: { label: "recommender after six months", value: 0.802, line: 1882 },
    divergence: { label: "divergence after six months (one unit, to read λ per unit)", value: 1, line: 1882,
      note: "The book gives no divergence value; with D = 1 the sensitivity λ equals the drop." },
  },
  compute: (i) => ({
    pedestrian: degradedAccuracy({ initialAccuracy: i.pedestrianStart, divergence: i.divergence, observedAccuracy: i.pedestrianLater }),
    recommender: degradedAccuracy({ initialAccuracy: i.recommenderStart, divergence: i.divergence, observedAccuracy: i.recommenderLater }),
  }),
  checks: [
    { name: "pedestrian detector drop", printed: "from 95% to 85%", book: 0.1, unit: "accuracy", tolerance: 1e-9, line: 1237, value: (r) => r.pedestrian.drop },
    { name: "recommender drop in six months", printed: "losing 4.8 percentage points", book: 0.048, unit: "accuracy", tolerance: 1e-9, line: 1882, value: (r) => r.recommender.drop },
    { name: "recommender accuracy after six months (the other figure)", printed: "from 85% to below 40%", book: 0.4, expected: 0.802, unit: "accuracy", tolerance: 1e-9, line: 1276,
      value: (r) => r.recommender.accuracy,
      note: "The chapter describes the same recommender twice: falling 'below 40 %' in six months, and later 'to 80.2 %, losing 4.8 points'. The second is the one it computes with; the first would be a 45-point loss." },
  ],
  conclusion: "Accuracy decays without any code change; the Degradation Equation turns a measured drop into a sensitivity λ, which is what a retraining trigger needs.",
});
