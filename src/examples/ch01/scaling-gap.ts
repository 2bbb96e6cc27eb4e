/**
 * WE-1.10 "Scaling Gap" (book Ch. 1, System archetypes table, seed 004 L1933–L1977):
 * how far apart the cloud and TinyML archetypes are in memory and compute.
 */
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-1.10: 86 GB / 520 KB = 1.65 × 10⁵ (printed "~2 × 10⁵") and 989 / 0.0002 TFLOPS =
 * 4.9 × 10⁶ ("~5 × 10⁶").
 *
 * @example
 * ```ts
 * scalingGapExample.compute().memoryGap // 165384.6…
 * ```
 */
export const scalingGapExample = workedExample({
  id: "WE-1.10",
  slug: "scaling-gap",
  title: "The scaling gap between cloud and TinyML",
  chapter: 1,
  section: "Chapter 1, System archetypes (the scaling gap)",
  lines: [1933, 1977],
  problem: "By how many orders of magnitude do an H100 cluster node and an ESP32-S3 differ in memory and in compute?",
  inputs: {
    cloudMemory: { label: "cloud RAM (H100)", value: q(86, "GB"), line: 1945, note: "80 GiB written as 86 GB." },
    cloudCompute: { label: "cloud peak compute", value: q(989, "TFLOPS"), line: 1946 },
    tinyMemory: { label: "TinyML RAM (ESP32-S3)", value: q(520, "KB"), line: 1969 },
    tinyCompute: { label: "TinyML peak compute", value: q(0.0002, "TFLOPS"), line: 1970 },
  },
  compute: (i) => ({ memoryGap: i.cloudMemory.ratio(i.tinyMemory), computeGap: i.cloudCompute.ratio(i.tinyCompute) }),
  checks: [
    { name: "memory gap", printed: "2 × 10^5 in memory", book: 2e5, expected: 165384.6, unit: "×", tolerance: 1e-6, line: 1977, value: (r) => r.memoryGap,
      note: "86 GB / 520 KB = 1.65 × 10⁵, which the book rounds up to 2 × 10⁵ as an order of magnitude." },
    { name: "compute gap", printed: "5 × 10^6 in compute", book: 5e6, unit: "×", tolerance: 0.012, line: 1977, value: (r) => r.computeGap,
      note: "989 / 0.0002 = 4.945 × 10⁶." },
  ],
  conclusion: "Five to seven orders of magnitude separate the tiers: a model cannot simply be shrunk from one to the other; each tier needs its own design.",
});
