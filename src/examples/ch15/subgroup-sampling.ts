/**
 * W15.4 Representation arithmetic (book Ch. 15, seed 004 L38197) and W15.6 the FaceID
 * minority test set (L38396–L38402).
 */
import { proportionPrecision, subgroupSampleSize } from "../../calc/fairness/representation";
import { workedExample } from "../worked-example";

/**
 * W15.4: a 1,000-sample test set holds 10 samples of a 1 % subgroup; matching the
 * majority's evidence needs 100× more data.
 *
 * @example
 * ```ts
 * representationArithmeticExample.compute().subgroupSamples // 10
 * ```
 */
export const representationArithmeticExample = workedExample({
  id: "W15.4",
  slug: "representation-arithmetic",
  title: "How few samples a small subgroup gets",
  chapter: 15,
  section: "Chapter 15, Measuring responsible properties",
  lines: [38197, 38197],
  problem: "How many samples of a 1 % subgroup does a 1,000-sample test set contain, and how much more data gives it 1,000?",
  inputs: {
    testSet: { label: "test-set size", value: 1000, line: 38197 },
    share: { label: "subgroup share", value: 0.01, line: 38197 },
  },
  compute: (i) => ({ subgroupSamples: i.testSet * i.share, sizing: subgroupSampleSize({ subgroupSamples: i.testSet, subgroupShare: i.share }) }),
  checks: [
    { name: "subgroup samples in the set", printed: "only 10 samples", book: 10, unit: "samples", tolerance: 1e-12, line: 38197, value: (r) => r.subgroupSamples },
    { name: "more data needed for 1,000 of them", printed: "requiring 100x more data", book: 100, unit: "×", tolerance: 1e-12, line: 38197, value: (r) => r.sizing.oversampling },
  ],
  conclusion: "Random sampling starves small groups of evidence; an evaluation set must be designed per subgroup.",
});

/**
 * W15.6: 1,000 images of a 1 % group cost 100,000 random or 1,000 stratified samples; at
 * 95 % accuracy 1,000 images pin the rate to ±1.35 pp, not ±1.
 *
 * @example
 * ```ts
 * faceIdTestSetExample.compute().sizing.randomSamples // 100000
 * ```
 */
export const faceIdTestSetExample = workedExample({
  id: "W15.6",
  slug: "faceid-minority-test-set",
  title: "A FaceID test set for a 1 % minority",
  chapter: 15,
  section: "Chapter 15, Data requirements for fairness testing",
  lines: [38396, 38402],
  problem: "How many images must be collected to test a FaceID model on 1,000 images of a group that is 1 % of users?",
  inputs: {
    subgroupSamples: { label: "images needed from the group", value: 1000, line: 38396 },
    subgroupShare: { label: "the group's share of users", value: 0.01, line: 38396 },
    accuracy: { label: "accuracy to measure (assumption)", value: 0.95, provenance: { seed: "user", source: "assumption of this example", note: "A typical accuracy, to size the confidence interval." } },
    z: { label: "z for 95 % confidence", value: 1.959963984540054, provenance: { seed: "user", source: "standard normal quantile", note: "Φ⁻¹(0.975)." } },
  },
  compute: (i) => ({
    sizing: subgroupSampleSize({ subgroupSamples: i.subgroupSamples, subgroupShare: i.subgroupShare }),
    precision: proportionPrecision({ proportion: i.accuracy, samples: i.subgroupSamples, z: i.z }),
  }),
  checks: [
    { name: "random sampling", printed: "= 100,000 images", book: 100_000, unit: "images", tolerance: 0, line: 38398, value: (r) => r.sizing.randomSamples },
    { name: "stratified sampling", printed: "N_{total} = 1,000 images", book: 1000, unit: "images", tolerance: 0, line: 38400, value: (r) => r.sizing.stratifiedSamples },
    { name: "precision of the group's accuracy", printed: "to detect a 1% performance gap with 95% confidence", book: 0.01, expected: 0.013508, unit: "accuracy", tolerance: 1e-4, line: 38396,
      value: (r) => r.precision.halfWidth,
      note: "At 95 % accuracy 1,000 images give a 95 % interval of ±1.35 points; ±1 point needs 1,825, and detecting a 1-point gap between two groups needs several times more." },
  ],
  conclusion: "Stratified collection makes a 1 % group testable at 1 % of the cost, but 1,000 samples resolve differences of a point or two, not less.",
});
