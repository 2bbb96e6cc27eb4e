/**
 * W16.4 The Amdahl fallacy of the conclusion (book Ch. 16, Fallacies, seed 004 L40284)
 * and W16.5 mean against tail latency (L30974, L40144).
 */
import { amdahlSpeedup } from "../../calc/performance/speedup";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W16.4: a 10× faster inference inside a pipeline that spends 90 % loading data is 1.1×.
 *
 * @example
 * ```ts
 * conclusionAmdahlExample.compute().speedup // 1.0989…
 * ```
 */
export const conclusionAmdahlExample = workedExample({
  id: "W16.4",
  slug: "conclusion-amdahl-fallacy",
  title: "A 10× model in a data-bound pipeline",
  chapter: 16,
  section: "Chapter 16, Fallacies and pitfalls",
  lines: [40284, 40284],
  problem: "What does a 10× faster inference buy when data loading is 90 % of end-to-end latency?",
  inputs: {
    inferenceShare: { label: "inference share (1 − 90 % data loading)", value: 0.1, line: 40284 },
    speedup: { label: "inference speedup", value: 10, line: 40284 },
  },
  compute: (i) => amdahlSpeedup({ acceleratedFraction: i.inferenceShare, speedup: i.speedup }),
  checks: [{ name: "system speedup", printed: "yields only 1.1× system speedup", book: 1.1, unit: "×", tolerance: 0.002, line: 40284, value: (r) => r.speedup }],
  conclusion: "Find the dominant term first: a tenfold model gain disappears behind a data pipeline that takes nine tenths of the time.",
});

/**
 * W16.5: a 50 ms mean with a 2 s p99 means one request in a hundred waits 40× the mean.
 *
 * @example
 * ```ts
 * meanVersusTailExample.compute() // 40
 * ```
 */
export const meanVersusTailExample = workedExample({
  id: "W16.5",
  slug: "mean-versus-tail",
  title: "Mean against tail latency",
  chapter: 16,
  section: "Chapter 16, The latency budget invariant",
  lines: [30974, 40144],
  problem: "How much longer than average does the slowest 1 % of users wait when the mean is 50 ms and the p99 2 s?",
  inputs: {
    mean: { label: "mean latency", value: q(50, "ms"), line: 30974 },
    p99: { label: "p99 latency", value: q(2, "s"), line: 30974 },
  },
  compute: (i) => i.p99.ratio(i.mean),
  checks: [{ name: "p99 ÷ mean", printed: "waits 40 times longer than average", book: 40, unit: "×", tolerance: 1e-12, line: 40144, value: (r) => r }],
  conclusion: "Averages hide the tail that users feel: budget and monitor the p99.",
});
