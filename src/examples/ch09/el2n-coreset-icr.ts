/**
 * W9.2 "Random batch selection versus EL2N coreset": information gained per FLOP for
 * one ResNet-50 epoch on ImageNet (book Ch. 9, seed 004 L21515–L21556).
 */
import { informationComputeRatio } from "../../calc/selection/information-compute-ratio";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W9.2: 1.05e16 FLOP for 5.0 points (4.8e−16/FLOP) against 5.3e15 for 4.5 points (8.6e−16): 1.8× the ICR. */
export const el2nCoresetIcrExample = workedExample({
  id: "W9.2",
  slug: "el2n-coreset-icr",
  title: "Random batches vs an EL2N coreset: the Information-Compute Ratio",
  chapter: 9,
  section: "Chapter 9, The Information-Compute Ratio (ResNet-50 scenario)",
  lines: [21515, 21556],
  problem: "How much more accuracy per FLOP does a 50 % EL2N coreset buy than a random epoch of ImageNet?",
  inputs: {
    images: { label: "ImageNet images", value: 1.28e6, line: 21520 },
    flopsPerImage: { label: "ResNet-50 forward + backward", value: q(8.2, "GFLOP"), line: 21522 },
    randomGain: { label: "Accuracy gain per epoch, random", value: 5.0, line: 21535 },
    coresetImages: { label: "EL2N coreset", value: 641e3, line: 21544 },
    coresetGain: { label: "Accuracy gain, coreset", value: 4.5, line: 21548 },
  },
  compute: (i) => {
    const random = informationComputeRatio({ accuracyGainPoints: i.randomGain, samples: i.images, flopsPerSample: i.flopsPerImage });
    const coreset = informationComputeRatio({ accuracyGainPoints: i.coresetGain, samples: i.coresetImages, flopsPerSample: i.flopsPerImage });
    return { random, coreset, ratio: (coreset.icr ?? Number.NaN) / (random.icr ?? Number.NaN) };
  },
  checks: [
    { name: "FLOPs of one epoch", printed: "1.05e+16 FLOPs", book: 10.5, unit: "PFLOP", tolerance: 0.001, line: 21524, value: (r) => r.random.flops, note: "1.0496e16, rounded." },
    { name: "ICR, random", printed: "4.8e-16 per FLOP", book: 4.8e-16, unit: "points/FLOP", tolerance: 0.01, line: 21537, value: (r) => r.random.icr ?? Number.NaN, note: "4.76e−16, rounded." },
    { name: "FLOPs of the coreset", printed: "5.3e+15 FLOPs", book: 5.3, unit: "PFLOP", tolerance: 0.01, line: 21550, value: (r) => r.coreset.flops, note: "5.256e15, rounded." },
    { name: "ICR, coreset", printed: "8.6e-16 per FLOP", book: 8.6e-16, unit: "points/FLOP", tolerance: 0.005, line: 21552, value: (r) => r.coreset.icr ?? Number.NaN, note: "8.56e−16 (8.49e−16 with the rounded 5.3e15)." },
    { name: "ICR ratio", printed: "1.8× higher ICR", book: 1.8, unit: "×", tolerance: 0.005, line: 21556, value: (r) => r.ratio, note: "1.797." },
  ],
  conclusion: "Half the compute for 90 % of the gain: the coreset learns almost twice as much per FLOP by skipping easy samples.",
});
