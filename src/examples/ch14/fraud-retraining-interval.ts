/**
 * W14.4 The Lighthouse fraud model's optimal retraining interval (book Ch. 14, Eq. 14.4
 * and Table 14.9, seed 004 L35033–L35194).
 */
import { dailyLossIncrease, retrainingCadence } from "../../calc/operations/retraining-schedule";
import { workedExample } from "../worked-example";

/**
 * W14.4: T* = √(2C / (Q·V·A₀·λ)) = √(10,000 / 9,500) = 1.026 days ("≈ 1 day"); 4× the
 * cost doubles T*, 4× the traffic or the decay halves it, and doubling traffic shortens
 * it by 1/√2, not by half as the table's caption says.
 *
 * @example
 * ```ts
 * fraudRetrainingIntervalExample.compute().base.optimalInterval.to("day") // 1.0259…
 * ```
 */
export const fraudRetrainingIntervalExample = workedExample({
  id: "W14.4",
  slug: "fraud-retraining-interval",
  title: "The Lighthouse fraud model: how often to retrain",
  chapter: 14,
  section: "Chapter 14, Retraining economics (Eq. 14.4, Table 14.9)",
  lines: [35033, 35194],
  problem: "How often should a fraud model serving a million transactions a day be retrained when each retraining costs $5,000 and accuracy decays 2 % a day?",
  inputs: {
    queriesPerDay: { label: "traffic Q (transactions/day)", value: 1e6, line: 35040 },
    value: { label: "utility V (USD per unit accuracy per prediction)", value: 0.5, line: 35042,
      note: "The book says 'per accuracy point' but multiplies by A₀ = 0.95, a fraction: V is per unit of accuracy." },
    retrainCost: { label: "retraining cost C (USD)", value: 5000, line: 35044 },
    initialAccuracy: { label: "accuracy A₀", value: 0.95, line: 35037 },
    decay: { label: "drift rate λ (per day)", value: 0.02, line: 35046 },
  },
  compute: (i) => {
    const interval = (scale: { cost?: number; traffic?: number; decay?: number } = {}) => retrainingCadence({
      retrainCost: i.retrainCost * (scale.cost ?? 1),
      dailyLossIncreaseUsd: dailyLossIncrease({ queriesPerDay: i.queriesPerDay * (scale.traffic ?? 1), valuePerAccuracyUsd: i.value, accuracyLossPerDay: i.initialAccuracy * i.decay * (scale.decay ?? 1) }),
    });
    const base = interval();
    const t = (r: typeof base) => r.optimalInterval.to("day");
    return { base, costFourfold: t(interval({ cost: 4 })) / t(base), trafficFourfold: t(base) / t(interval({ traffic: 4 })), decayFourfold: t(base) / t(interval({ decay: 4 })), trafficDoubled: t(interval({ traffic: 2 })) / t(base) };
  },
  checks: [
    { name: "optimal interval T*", printed: "≈ 1 Day", book: 1, unit: "day", tolerance: 0.03, line: 35050, value: (r) => r.base.optimalInterval, note: "√(10,000 / 9,500) = 1.026 days." },
    { name: "4× retraining cost", printed: "2× longer interval", book: 2, unit: "×", tolerance: 1e-12, line: 35184, value: (r) => r.costFourfold },
    { name: "4× query volume", printed: "2× shorter interval", book: 2, unit: "×", tolerance: 1e-12, line: 35189, value: (r) => r.trafficFourfold },
    { name: "4× decay rate", printed: "2× shorter interval", book: 2, unit: "×", tolerance: 1e-12, line: 35194, value: (r) => r.decayFourfold },
    { name: "doubled query volume (the caption's claim)", printed: "Doubling query volume halves the optimal interval", book: 0.5, expected: 0.70711, unit: "× T*", tolerance: 1e-5, line: 35170,
      value: (r) => r.trafficDoubled, note: "T* ∝ 1/√Q: doubling Q multiplies T* by 1/√2 = 0.707; the table's own rows (4× → 2×) are right." },
  ],
  conclusion: "Retraining frequency follows a square-root law: high-traffic, fast-decaying models retrain daily, and costs or traffic must change fourfold to move the interval twofold.",
});
