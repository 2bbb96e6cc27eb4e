/**
 * WE-1.8 "Optimizing individual components" (book Ch. 1, Fallacies, seed 004 L1878;
 * summary L1902): Amdahl's law on a three-stage inference pipeline.
 */
import { amdahlSpeedup } from "../../calc/performance/speedup";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-1.8: inference 45 → 15 ms inside a 130 ms pipeline cuts latency by 23 %, not the
 * 67 % the model alone improved.
 *
 * @example
 * ```ts
 * amdahlPitfallExample.compute().endToEndReduction // 0.2307…
 * ```
 */
export const amdahlPitfallExample = workedExample({
  id: "WE-1.8",
  slug: "amdahl-pitfall",
  title: "The Amdahl pitfall: a 3× faster model in a 130 ms pipeline",
  chapter: 1,
  section: "Chapter 1, Fallacies and pitfalls",
  lines: [1878, 1878],
  problem: "A team cuts model inference from 45 ms to 15 ms; preprocessing takes 60 ms and postprocessing 25 ms. How much faster is the request?",
  inputs: {
    inference: { label: "model inference before", value: q(45, "ms"), line: 1878 },
    optimizedInference: { label: "model inference after", value: q(15, "ms"), line: 1878 },
    preprocessing: { label: "preprocessing", value: q(60, "ms"), line: 1878 },
    postprocessing: { label: "postprocessing", value: q(25, "ms"), line: 1878 },
  },
  compute: (i) => {
    const before = i.inference.plus(i.preprocessing).plus(i.postprocessing);
    const law = amdahlSpeedup({ acceleratedFraction: i.inference.ratio(before), speedup: i.inference.ratio(i.optimizedInference) });
    return { before, after: before.div(law.speedup), speedup: law.speedup, endToEndReduction: 1 - 1 / law.speedup, modelReduction: 1 - i.optimizedInference.ratio(i.inference) };
  },
  checks: [
    { name: "latency before", printed: "130 ms", book: 130, unit: "ms", tolerance: 1e-12, line: 1878, value: (r) => r.before },
    { name: "latency after", printed: "100 ms", book: 100, unit: "ms", tolerance: 1e-12, line: 1878, value: (r) => r.after },
    { name: "end-to-end reduction", printed: "23% improvement", book: 0.23, unit: "fraction", tolerance: 0.004, line: 1878, value: (r) => r.endToEndReduction,
      note: "30 / 130 = 23.08 %; the book rounds." },
    { name: "reduction of the model alone", printed: "the expected 67%", book: 0.67, unit: "fraction", tolerance: 0.005, line: 1878, value: (r) => r.modelReduction,
      note: "30 / 45 = 66.7 %." },
  ],
  conclusion: "A component's speedup reaches the user only in proportion to the share of time it occupies: profile the whole pipeline before optimising one stage.",
});
