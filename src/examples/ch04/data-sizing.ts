/**
 * WE-4.15 "Miscellaneous sizing examples" of the data-engineering chapter: label sizes
 * by annotation type, manual labelling effort for MSWC, loader bandwidth, model weights
 * (book Ch. 4, seed 004 L6546–L7078).
 */
import { annotationValues } from "../../calc/data/annotation-size";
import { feedingTax } from "../../calc/data/feeding-tax";
import { manualLabelEffort } from "../../calc/data/manual-label-effort";
import { parameterMemory } from "../../calc/model/numeric-format";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** WE-4.15: a box is 5× a class label, a 1920×1080 mask 2.07M values (41,472× ten boxes, not ~200,000×); MSWC needs 65,000 person-hours. */
export const dataSizingExample = workedExample({
  id: "WE-4.15",
  slug: "data-sizing",
  title: "Sizing labels, labelling effort and data rates",
  chapter: 4,
  section: "Chapter 4, Labelling and storage (sizing examples)",
  lines: [6463, 7397],
  problem: "How much storage does each annotation type take, how long would MSWC take to label by hand, and what data rates do loaders need?",
  inputs: {
    maskWidth: { label: "Frame width", value: 1920, line: 6548 },
    maskHeight: { label: "Frame height", value: 1080, line: 6548 },
    boxesPerImage: { label: "Bounding boxes per image", value: 10, line: 6548 },
    mswcClips: { label: "MSWC examples", value: 23.4e6, line: 6633 },
    secondsPerLabel: { label: "Time per label", value: q(10, "s"), line: 6633 },
    loaderRate: { label: "Images per second (loader)", value: 1000, line: 6974 },
    imageSize: { label: "JPEG size", value: q(150, "KB"), line: 6974 },
    eightGpuRate: { label: "ResNet-50 on 8 GPUs, images per second", value: 40_000, line: 7078 },
    featureSize: { label: "Precomputed feature vector", value: q(5, "KB"), line: 7078 },
    gpt3: { label: "GPT-3 parameters", value: 175e9, line: 6968 },
  },
  compute: (i) => {
    const label = annotationValues({ kind: "classification" });
    const box = annotationValues({ kind: "boundingBoxes" });
    const mask = annotationValues({ kind: "segmentationMask", width: i.maskWidth, height: i.maskHeight });
    const rate = (computeSamplesPerSecond: number) => feedingTax({ computeSamplesPerSecond, bytesPerSample: i.imageSize, storageBandwidth: q(1, "GB/s") }).requiredBandwidth;
    return {
      boxVsLabel: box / label, mask, maskVsBoxes: mask / annotationValues({ kind: "boundingBoxes", boxes: i.boxesPerImage }),
      mswc: manualLabelEffort({ items: i.mswcClips, timePerLabel: i.secondsPerLabel }),
      loader: rate(i.loaderRate), eightGpu: rate(i.eightGpuRate), featureReduction: i.imageSize.ratio(i.featureSize),
      gpt3: parameterMemory({ params: i.gpt3, precision: "fp32" }),
    };
  },
  checks: [
    { name: "bounding box vs class label", printed: "multiplying storage by 5×", book: 5, unit: "×", tolerance: 0, line: 6546, value: (r) => r.boxVsLabel },
    { name: "labels in a 1920×1080 mask", printed: "2 million labels", book: 2e6, unit: "labels", tolerance: 0.04, line: 6548, value: (r) => r.mask, note: "2,073,600, rounded." },
    { name: "mask vs ten bounding boxes", printed: "~200,000× storage increase", book: 200_000, expected: 41_472, unit: "×", tolerance: 0, line: 6548, value: (r) => r.maskVsBoxes,
      note: "With the book's 5 values a box, ten boxes are 50 values: 2,073,600 / 50 = 41,472×. The ~200,000× counts a box as one value." },
    { name: "MSWC by hand", printed: "approximately 65,000 person-hours", book: 65_000, unit: "h", tolerance: 1e-12, line: 6633, value: (r) => r.mswc.effort },
    { name: "MSWC in person-years", printed: "roughly 32.5 person-years", book: 32.5, unit: "years", tolerance: 1e-12, line: 6633, value: (r) => r.mswc.personYears },
    { name: "loader at 1,000 img/s", printed: "requires 150 MB/s sustained throughput", book: 150, unit: "MB/s", tolerance: 1e-12, line: 6974, value: (r) => r.loader },
    { name: "8-GPU ResNet-50 loader", printed: "roughly 500 MB/s of decompressed data", book: 500, expected: 6000, unit: "MB/s", tolerance: 1e-12, line: 7078, value: (r) => r.eightGpu,
      note: "40,000 img/s × 150 KB = 6 GB/s; 500 MB/s would mean 12.5 KB per image." },
    { name: "precomputed features", printed: "30-fold storage reduction", book: 30, unit: "×", tolerance: 1e-12, line: 7078, value: (r) => r.featureReduction },
    { name: "GPT-3 weights in FP32", printed: "approximately 700 GB", book: 700, unit: "GB", tolerance: 1e-12, line: 6968, value: (r) => r.gpt3 },
  ],
  conclusion: "Annotation granularity and loader rates are multiplications worth writing down: a mask is four orders of magnitude more labels than boxes, and eight GPUs need gigabytes per second.",
});
