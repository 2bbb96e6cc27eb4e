/**
 * WE-4.12 "Storage bandwidth budget": the storage that keeps one A100 training
 * ResNet-50 busy (book Ch. 4, seed 004 L6981–L7018).
 */
import { getHardware } from "../../constants/hardware";
import { peakFlopsOf } from "../../calc/device/hardware-rates";
import { feedingTax } from "../../calc/data/feeding-tax";
import { q } from "../../units/quantity";
import { recordInput, workedExample } from "../worked-example";

const a100 = getHardware("A100");

/** WE-4.12: 312 TFLOP/s / 12 GFLOP = 26,000 img/s (book 25,365), 3.9 GB/s of 150 KB JPEGs; SATA's 500 MB/s caps it at 3,333 img/s, 13 %. */
export const storageBandwidthBudgetExample = workedExample({
  id: "WE-4.12",
  slug: "storage-bandwidth-budget",
  title: "Storage bandwidth budget: an A100 training ResNet-50",
  chapter: 4,
  section: "Chapter 4, Storage performance (A100 bandwidth budget; Eqs. 4.5–4.6)",
  lines: [6981, 7018],
  problem: "How much storage bandwidth keeps an A100 training ResNet-50 from starving, and what does a SATA SSD leave of it?",
  inputs: {
    peak: recordInput("A100 FP16 dense peak", peakFlopsOf(a100, "fp16"), a100, "peakFlops.fp16"),
    stepFlops: { label: "ResNet-50 FLOPs per training image", value: q(12, "GFLOP"), line: 6988 },
    image: { label: "JPEG size", value: q(150, "KB"), line: 6997 },
    s3Thread: { label: "S3 Standard per thread", value: q(100, "MB/s"), line: 7006 },
    sata: { label: "SATA SSD sequential", value: q(500, "MB/s"), line: 7008 },
  },
  compute: (i) => {
    const common = { peakFlops: i.peak, flopsPerSample: i.stepFlops, bytesPerSample: i.image };
    return { s3: feedingTax({ ...common, storageBandwidth: i.s3Thread, bandwidthPerStream: i.s3Thread }), sata: feedingTax({ ...common, storageBandwidth: i.sata }) };
  },
  checks: [
    { name: "compute ceiling", printed: "25,365 images/sec", book: 25_365, expected: 26_000, unit: "img/s", tolerance: 1e-9, line: 6990, value: (r) => r.s3.computeSamplesPerSecond,
      note: "312e12 / 12e9 = 26,000; the book's 25,365 corresponds to 12.3 GFLOP per image (3 × 4.1)." },
    { name: "required bandwidth", printed: "≈ 3.8 GB/s", book: 3.8, expected: 3.9, unit: "GB/s", tolerance: 1e-9, line: 6999, value: (r) => r.s3.requiredBandwidth, note: "26,000 × 150 KB; the book's 3.8 follows from its 25,365." },
    { name: "S3 threads to saturate", printed: "38 concurrent worker threads", book: 38, expected: 39, unit: "threads", tolerance: 0, line: 7006, value: (r) => r.s3.streamsNeeded ?? Number.NaN,
      note: "3.9 GB/s / 100 MB/s = 39 threads (38.05 even with the book's 25,365 img/s, which still rounds up to 39)." },
    { name: "SATA-bound throughput", printed: "≈ 3,333 img/s", book: 3333, unit: "img/s", tolerance: 2e-4, line: 7014, value: (r) => r.sata.samplesPerSecond },
    { name: "GPU utilization on SATA", printed: "13% utilization", book: 13, unit: "%", tolerance: 0.015, line: 7014, value: (r) => r.sata.utilization * 100, note: "12.8 % of 26,000 img/s (13.1 % of the book's 25,365)." },
  ],
  conclusion: "One A100 needs about 4 GB/s of images: NVMe or dozens of parallel object-storage streams; a SATA SSD leaves seven eighths of the GPU idle.",
});
