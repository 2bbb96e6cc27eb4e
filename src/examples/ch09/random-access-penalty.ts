/**
 * W9.14 Table 9.13 "The cost of randomness": sequential against random 4 KB reads per
 * storage tier (book Ch. 9, seed 004 L22786–L22837).
 */
import { randomReadThroughput } from "../../calc/data/random-read-throughput";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W9.14: random throughput = IOPS × 4 KB: HDD 0.32 MB/s (469×; book 0.3 MB/s, 500×), SATA 40 MB/s (14×), NVMe 2,000 MB/s (1.75×). */
export const randomAccessPenaltyExample = workedExample({
  id: "W9.14",
  slug: "random-access-penalty",
  title: "The random-access penalty by storage tier (Table 9.13)",
  chapter: 9,
  section: "Chapter 9, Data loading for selected subsets (Table 9.13)",
  lines: [22786, 22837],
  problem: "How much slower than sequential reads are the random 4 KB reads a selected subset causes, on HDD, SATA SSD and NVMe?",
  inputs: {
    hddSeq: { label: "HDD sequential", value: q(150, "MB/s"), line: 22810 },
    hddIops: { label: "HDD random IOPS", value: 80, line: 22811 },
    sataSeq: { label: "SATA SSD sequential", value: q(550, "MB/s"), line: 22818 },
    sataIops: { label: "SATA SSD random IOPS", value: 10_000, line: 22819 },
    nvmeSeq: { label: "NVMe sequential", value: q(3500, "MB/s"), line: 22826 },
    nvmeIops: { label: "NVMe random IOPS", value: 500_000, line: 22827 },
    block: { label: "Read size", value: q(4, "KB"), line: 22786 },
  },
  compute: (i) => {
    const tier = (iops: number, sequentialBandwidth: typeof i.hddSeq) => randomReadThroughput({ iops, blockSize: i.block, sequentialBandwidth });
    return { hdd: tier(i.hddIops, i.hddSeq), sata: tier(i.sataIops, i.sataSeq), nvme: tier(i.nvmeIops, i.nvmeSeq) };
  },
  checks: [
    { name: "HDD random throughput", printed: "~0.3 MB/s", book: 0.3, unit: "MB/s", tolerance: 0.07, line: 22812, value: (r) => r.hdd.randomThroughput, note: "80 × 4 KB = 0.32 MB/s." },
    { name: "HDD penalty", printed: "500×", book: 500, expected: 468.75, unit: "×", tolerance: 1e-9, line: 22813, value: (r) => r.hdd.penalty ?? Number.NaN,
      note: "150 / 0.32 = 469×; the book's 500× divides by the rounded 0.3 MB/s." },
    { name: "SATA random throughput", printed: "~40 MB/s", book: 40, unit: "MB/s", tolerance: 1e-12, line: 22820, value: (r) => r.sata.randomThroughput },
    { name: "SATA penalty", printed: "14×", book: 14, unit: "×", tolerance: 0.02, line: 22821, value: (r) => r.sata.penalty ?? Number.NaN, note: "13.75×." },
    { name: "NVMe random throughput", printed: "~2,000 MB/s", book: 2000, unit: "MB/s", tolerance: 1e-12, line: 22828, value: (r) => r.nvme.randomThroughput },
    { name: "NVMe penalty", printed: "1.75×", book: 1.75, unit: "×", tolerance: 1e-12, line: 22829, value: (r) => r.nvme.penalty ?? Number.NaN },
  ],
  conclusion: "A selected subset turns sequential scans into random reads: ruinous on disks, tolerable only on NVMe, so selection and storage have to be designed together.",
});
