/**
 * W9.18 Tables 9.16–9.17 "Amortized ROI of a deduplication pipeline" (book Ch. 9,
 * seed 004 L23154–L23236).
 */
import { amortizedRoi } from "../../calc/selection/technique-roi";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W9.18: $55,000 once, $10,000 saved a run: −82 % after 1 run, −9 % after 5, +82 % after 10, +809 % after 50. */
export const dedupAmortizedRoiExample = workedExample({
  id: "W9.18",
  slug: "dedup-amortized-roi",
  title: "Deduplication: amortized ROI over training runs",
  chapter: 9,
  section: "Chapter 9, ROI of data selection (Tables 9.16 and 9.17)",
  lines: [23154, 23236],
  problem: "A deduplication pipeline costs $55,000 once and saves $10,000 every training run: when does it pay off?",
  inputs: {
    build: { label: "Build the pipeline", value: q(50_000, "USD"), line: 23179 },
    minhash: { label: "MinHash signatures (one-time)", value: q(5000, "USD"), line: 23184 },
    saving: { label: "Saving per run (20 % less data)", value: q(10_000, "USD"), line: 23189 },
  },
  compute: (i) => {
    const roi = (runs: number) => amortizedRoi({ runs, savingsPerRun: i.saving, oneTimeInvestment: i.build.plus(i.minhash) });
    return { one: roi(1), five: roi(5), ten: roi(10), fifty: roi(50) };
  },
  checks: [
    { name: "ROI after 1 run", printed: "-82% (net loss)", book: -82, unit: "%", tolerance: 0.003, line: 23221, value: (r) => r.one.roi * 100 },
    { name: "ROI after 5 runs", printed: "-9% (near break-even)", book: -9, unit: "%", tolerance: 0.011, line: 23226, value: (r) => r.five.roi * 100 },
    { name: "ROI after 10 runs", printed: "+82% (positive)", book: 82, unit: "%", tolerance: 0.003, line: 23231, value: (r) => r.ten.roi * 100 },
    { name: "ROI after 50 runs", printed: "+809% (highly profitable)", book: 809, unit: "%", tolerance: 0.0002, line: 23236, value: (r) => r.fifty.roi * 100 },
  ],
  conclusion: "Infrastructure that loses money on its first use breaks even at 5.5 runs and pays many times over across a model's lifetime of retraining.",
});
