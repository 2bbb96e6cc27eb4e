/**
 * W9.11 "The KWS data stack": 10,000 training utterances built from 500 recordings
 * (book Ch. 9, seed 004 L22382–L22410).
 */
import { totalDataCost } from "../../calc/selection/total-data-cost";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W9.11: recording 10,000 utterances costs $20–50K; 500 seeds × 10 augmentations × 2 noise mixes give 10,000 at 5 % of that. */
export const kwsDataStackExample = workedExample({
  id: "W9.11",
  slug: "kws-data-stack",
  title: "Keyword spotting: building 10,000 samples from 500",
  chapter: 9,
  section: "Chapter 9, Synthetic data generation (KWS data stack)",
  lines: [22382, 22410],
  problem: "What does recording 10,000 wake-word utterances cost, and what does the augmentation stack cost instead?",
  inputs: {
    target: { label: "Training samples needed", value: 10_000, line: 22387 },
    lowPrice: { label: "Professional recording per sample, low", value: q(2, "USD"), line: 22389 },
    highPrice: { label: "Professional recording per sample, high", value: q(5, "USD"), line: 22389 },
    speakers: { label: "Seed speakers", value: 50, line: 22398 },
    utterances: { label: "Utterances per speaker", value: 10, line: 22398 },
    augmentation: { label: "Augmentation multiplier", value: 10, line: 22400 },
    noiseMixes: { label: "Noise-injected copies per augmented sample", value: 2, line: 22402 },
  },
  compute: (i) => {
    const record = (acquiredSamples: number, pricePerSample: typeof i.lowPrice) => totalDataCost({ acquiredSamples, pricePerSample }).total;
    const seed = i.speakers * i.utterances;
    return { seed, augmented: seed * i.augmentation, noisy: seed * i.augmentation * i.noiseMixes, allLow: record(i.target, i.lowPrice), allHigh: record(i.target, i.highPrice), seedShare: record(seed, i.lowPrice).ratio(record(i.target, i.lowPrice)) };
  },
  checks: [
    { name: "recording everything, low price", printed: "($20–50K total)", book: 20_000, unit: "USD", tolerance: 0, line: 22389, value: (r) => r.allLow },
    { name: "recording everything, high price", printed: "50K total", book: 50_000, unit: "USD", tolerance: 0, line: 22389, value: (r) => r.allHigh },
    { name: "seed recordings", printed: "Seed Data (500 samples)", book: 500, unit: "samples", tolerance: 0, line: 22398, value: (r) => r.seed },
    { name: "after augmentation", printed: "Augmentation (5,000 samples)", book: 5000, unit: "samples", tolerance: 0, line: 22400, value: (r) => r.augmented },
    { name: "after noise injection", printed: "Noise Injection (10,000 samples)", book: 10_000, unit: "samples", tolerance: 0, line: 22402, value: (r) => r.noisy },
    { name: "cost of the seed against recording everything", printed: "at 5% of the cost", book: 5, unit: "%", tolerance: 1e-12, line: 22410, value: (r) => r.seedShare * 100 },
  ],
  conclusion: "For a tiny model the problem inverts: not reducing terabytes but making 10,000 useful samples from 500 real ones, for a twentieth of the recording bill.",
});
