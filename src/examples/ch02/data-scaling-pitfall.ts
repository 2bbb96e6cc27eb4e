/**
 * WE-2.15 The data-scaling pitfall (book Ch. 2, Fallacies, seed 004 L4016).
 */
import { workedExample } from "../worked-example";

/**
 * WE-2.15: 95 % on 50K samples against 96.5 % on 1M is +1.5 pp for 20× the data, not
 * "0.3 % for 5×".
 *
 * @example
 * ```ts
 * dataScalingPitfallExample.compute().dataRatio // 20
 * ```
 */
export const dataScalingPitfallExample = workedExample({
  id: "WE-2.15",
  slug: "data-scaling-pitfall",
  title: "The data-scaling pitfall of a small keyword-spotting model",
  chapter: 2,
  section: "Chapter 2, Fallacies and pitfalls",
  lines: [4016, 4016],
  problem: "What does 20× more data buy a 250K-parameter keyword-spotting model?",
  inputs: {
    smallData: { label: "training samples, small", value: 50_000, line: 4016 },
    largeData: { label: "training samples, large", value: 1_000_000, line: 4016 },
    smallAccuracy: { label: "accuracy on 50K", value: 0.95, line: 4016 },
    largeAccuracy: { label: "accuracy on 1M", value: 0.965, line: 4016 },
  },
  compute: (i) => ({ dataRatio: i.largeData / i.smallData, accuracyGain: i.largeAccuracy - i.smallAccuracy }),
  checks: [
    { name: "accuracy gain", printed: "a 0.3% gain", book: 0.003, expected: 0.015, unit: "accuracy", tolerance: 1e-9, line: 4016, value: (r) => r.accuracyGain,
      note: "96.5 % − 95 % = 1.5 percentage points (a 1.6 % relative gain), not 0.3 %." },
    { name: "data multiple", printed: "for 5× more data", book: 5, expected: 20, unit: "×", tolerance: 1e-12, line: 4016, value: (r) => r.dataRatio,
      note: "1M / 50K = 20×." },
  ],
  conclusion: "Small models saturate: 20× the data, storage and labelling bought 1.5 points; capacity, not data volume, was the limit.",
});
