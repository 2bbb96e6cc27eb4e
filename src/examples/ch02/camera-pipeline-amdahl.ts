/**
 * WE-2.13 Amdahl's law on a smartphone camera pipeline (book Ch. 2, seed 004 L4012;
 * summary L4042).
 */
import { amdahlSpeedup } from "../../calc/performance/speedup";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-2.13: a 10× faster classifier takes the shot from 200 to 146 ms, 1.37×; removing
 * it altogether gives only 1.43×.
 *
 * @example
 * ```ts
 * cameraPipelineAmdahlExample.compute().tenfold.speedup // 1.3698…
 * ```
 */
export const cameraPipelineAmdahlExample = workedExample({
  id: "WE-2.13",
  slug: "camera-pipeline-amdahl",
  title: "Amdahl's law on a smartphone camera pipeline",
  chapter: 2,
  section: "Chapter 2, The Bottleneck Principle (Amdahl's law)",
  lines: [4012, 4042],
  problem: "How much faster is a 200 ms camera pipeline when its 60 ms scene classifier runs 10× faster, or not at all?",
  inputs: {
    signal: { label: "signal processing", value: q(100, "ms"), line: 4012 },
    ml: { label: "ML scene classification", value: q(60, "ms"), line: 4012 },
    post: { label: "post-processing", value: q(40, "ms"), line: 4012 },
    speedup: { label: "classifier speedup", value: 10, line: 4012 },
  },
  compute: (i) => {
    const total = i.signal.plus(i.ml).plus(i.post);
    const p = i.ml.ratio(total);
    const tenfold = amdahlSpeedup({ acceleratedFraction: p, speedup: i.speedup });
    return { total, tenfold, after: total.div(tenfold.speedup), limit: amdahlSpeedup({ acceleratedFraction: p, speedup: Infinity }).speedup };
  },
  checks: [
    { name: "pipeline after the 10× classifier", printed: "drops from 200 ms to 146 ms", book: 146, unit: "ms", tolerance: 1e-12, line: 4012, value: (r) => r.after },
    { name: "overall speedup", printed: "only 1.37× overall", book: 1.37, unit: "×", tolerance: 0.001, line: 4012, value: (r) => r.tenfold.speedup },
    { name: "speedup without the classifier", printed: "only 1.43× speedup", book: 1.43, unit: "×", tolerance: 0.001, line: 4012, value: (r) => r.limit },
    { name: "summary: 10× model at 30 % of the pipeline", printed: "only 1.37× system speedup", book: 1.37, unit: "×", tolerance: 0.001, line: 4042, value: (r) => r.tenfold.speedup },
  ],
  conclusion: "A model that is 30 % of the pipeline caps the end-to-end gain at 1.43× however fast it gets: profile the whole path.",
});
