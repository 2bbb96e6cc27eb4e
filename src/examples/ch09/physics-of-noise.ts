/**
 * W9.3 "The physics of noise": why one clean sample is worth a hundred noisy ones at
 * 1 % error (book Ch. 9, seed 004 L21581–L21612).
 */
import { labelNoiseSampleCost } from "../../calc/selection/label-noise";
import { workedExample } from "../worked-example";

/** W9.3: ε = 0.01 needs ~100 clean or ~10,000 noisy samples: 100×. */
export const physicsOfNoiseExample = workedExample({
  id: "W9.3",
  slug: "physics-of-noise",
  title: "The physics of noise: clean vs noisy samples",
  chapter: 9,
  section: "Chapter 9, Data quality as a compute multiplier (The Physics of Noise)",
  lines: [21581, 21612],
  problem: "If clean-label error falls as 1/N and noisy-label error as 1/√N, how many more noisy samples reach 1 % error?",
  inputs: { targetError: { label: "Target error ε", value: 0.01, line: 21601 } },
  compute: (i) => labelNoiseSampleCost({ targetError: i.targetError }),
  checks: [
    { name: "clean samples", printed: "N_clean ≈ 100", book: 100, unit: "samples", tolerance: 1e-12, line: 21604, value: (r) => r.cleanSamples },
    { name: "noisy samples", printed: "N_noisy ≈ 10,000", book: 10_000, unit: "samples", tolerance: 1e-12, line: 21606, value: (r) => r.noisySamples },
    { name: "ratio", printed: "100× more data required if noisy", book: 100, unit: "×", tolerance: 1e-12, line: 21608, value: (r) => r.ratio },
  ],
  conclusion: "The ratio is 1/ε, so it grows as the target tightens: cleaning labels is a compute accelerator, worth 100× at a 1 % target.",
});
