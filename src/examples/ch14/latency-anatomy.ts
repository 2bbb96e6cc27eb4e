/**
 * W14.6 "Where does the time go?" and W14.7 the P99 budget (book Ch. 14, seed 004
 * L35642–L35730).
 */
import { latencyBudget } from "../../calc/operations/decision-threshold";
import { amdahlSpeedup } from "../../calc/performance/speedup";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W14.6: with inference at 45 % of end-to-end latency, a 2× faster model gives 1.29×.
 *
 * @example
 * ```ts
 * latencyAnatomyExample.compute().speedup // 1.2903…
 * ```
 */
export const latencyAnatomyExample = workedExample({
  id: "W14.6",
  slug: "where-does-the-time-go",
  title: "Where does the time go? A faster model in a slow request",
  chapter: 14,
  section: "Chapter 14, Serving latency (where does the time go?)",
  lines: [35642, 35706],
  problem: "A model takes 15 ms on an A100 but requests take 180 ms at P99; what does a 2× faster model buy end to end?",
  inputs: {
    inferenceShare: { label: "inference share of end-to-end latency", value: 0.45, line: 35706 },
    modelSpeedup: { label: "model speedup", value: 2, line: 35706 },
  },
  compute: (i) => amdahlSpeedup({ acceleratedFraction: i.inferenceShare, speedup: i.modelSpeedup }),
  checks: [
    { name: "end-to-end speedup", printed: "only 1.3× end-to-end improvement", book: 1.3, unit: "×", tolerance: 0.008, line: 35706, value: (r) => r.speedup, note: "1 / (0.55 + 0.45/2) = 1.29." },
  ],
  conclusion: "Model optimisation is capped by the model's share of the request; the rest of the path (network, features, serialisation) needs its own budget.",
});

/**
 * W14.7: a 100 ms P99 SLO split as network 15 + features 25 + inference 45 + post 15 ms.
 *
 * @example
 * ```ts
 * p99BudgetExample.compute().fits // true
 * ```
 */
export const p99BudgetExample = workedExample({
  id: "W14.7",
  slug: "p99-latency-budget",
  title: "Allocating a P99 latency budget",
  chapter: 14,
  section: "Chapter 14, Serving latency (budget allocation)",
  lines: [35721, 35730],
  problem: "How does a 100 ms P99 SLO split across network, feature fetch, inference and post-processing?",
  inputs: {
    slo: { label: "P99 SLO", value: q(100, "ms"), line: 35721 },
    network: { label: "network", value: q(15, "ms"), line: 35724 },
    features: { label: "feature fetch", value: q(25, "ms"), line: 35726 },
    inference: { label: "inference", value: q(45, "ms"), line: 35728 },
    post: { label: "post-processing", value: q(15, "ms"), line: 35730 },
  },
  compute: (i) => latencyBudget({ slo: i.slo, stages: { network: i.network, features: i.features, inference: i.inference, post: i.post } }),
  checks: [
    { name: "allocated total", printed: "a P99 SLO of 100ms", book: 100, unit: "ms", tolerance: 1e-12, line: 35721, value: (r) => r.total },
    { name: "inference share of the budget", printed: "Inference: 45ms", book: 0.45, unit: "fraction", tolerance: 1e-12, line: 35728, value: (r) => r.shares.inference },
  ],
  conclusion: "A budget turns an SLO into a requirement per component: the feature store must answer within 25 ms at P99, and the model gets under half the time.",
});
