/**
 * W9.9 Table 9.6 "FixMatch label efficiency" and the cost comparison that follows it
 * (book Ch. 9, seed 004 L22058–L22125).
 */
import { labelEfficiency } from "../../calc/selection/label-efficiency";
import { totalDataCost } from "../../calc/selection/total-data-cost";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W9.9: 12.5×, 200×, 1,250× fewer labels; supervised $4,050 against FixMatch $500, 8× cheaper. */
export const fixmatchEconomicsExample = workedExample({
  id: "W9.9",
  slug: "fixmatch-economics",
  title: "FixMatch: label efficiency and cost",
  chapter: 9,
  section: "Chapter 9, Semi-supervised learning (Table 9.6)",
  lines: [22058, 22125],
  problem: "How many times fewer labels does FixMatch need on CIFAR-10, and what does it cost against supervised training at $1 a label and $0.50 a GPU-hour?",
  inputs: {
    full: { label: "Fully supervised labels", value: 50_000, line: 22079 },
    labels4000: { label: "FixMatch labels (8 %)", value: 4000, line: 22086 },
    labels250: { label: "FixMatch labels (0.5 %)", value: 250, line: 22093 },
    labels40: { label: "FixMatch labels (0.08 %)", value: 40, line: 22100 },
    labelPrice: { label: "Price per label", value: q(1, "USD"), line: 22116 },
    gpuHour: { label: "GPU-hour", value: q(0.5, "USD"), line: 22116 },
    supervisedGpuHours: { label: "Supervised training GPU-hours ($50 of compute)", value: 100, line: 22119 },
    computeFactor: { label: "FixMatch compute relative to supervised", value: 5, line: 22116 },
  },
  compute: (i) => {
    const efficiency = (labels: number) => labelEfficiency({ fullLabels: i.full, labels }).efficiency;
    const cost = (labels: number, hours: number) => totalDataCost({ labeledSamples: labels, pricePerLabel: i.labelPrice, computeHours: hours, pricePerComputeHour: i.gpuHour }).total;
    const supervised = cost(i.labels4000, i.supervisedGpuHours);
    const fixmatch = cost(i.labels250, i.supervisedGpuHours * i.computeFactor);
    return { e4000: efficiency(i.labels4000), e250: efficiency(i.labels250), e40: efficiency(i.labels40), supervised, fixmatch, ratio: supervised.ratio(fixmatch) };
  },
  checks: [
    { name: "efficiency at 4,000 labels", printed: "12.5× more efficient", book: 12.5, unit: "×", tolerance: 0, line: 22089, value: (r) => r.e4000 },
    { name: "efficiency at 250 labels", printed: "200.0× more efficient", book: 200, unit: "×", tolerance: 0, line: 22096, value: (r) => r.e250 },
    { name: "efficiency at 40 labels", printed: "1250.0× more efficient", book: 1250, unit: "×", tolerance: 0, line: 22103, value: (r) => r.e40 },
    { name: "supervised cost", printed: "= $4,050", book: 4050, unit: "USD", tolerance: 0, line: 22119, value: (r) => r.supervised },
    { name: "FixMatch cost", printed: "= $500", book: 500, unit: "USD", tolerance: 0, line: 22121, value: (r) => r.fixmatch },
    { name: "cost reduction", printed: "8× cost reduction", book: 8, unit: "×", tolerance: 0.013, line: 22125, value: (r) => r.ratio, note: "8.1×." },
  ],
  conclusion: "FixMatch buys 94.9 % accuracy with 250 labels: it spends 5× the compute, but compute is cheap next to labels, so the run costs an eighth.",
});
