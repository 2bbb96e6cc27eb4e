/**
 * W10.7 The magnitude-pruning listing: keep the weights of a 3 × 3 matrix with |w| ≥ 0.5
 * (book Ch. 10, seed 004 L24374–L24387).
 */
import { magnitudePrune } from "../../calc/compression/magnitude-prune";
import { workedExample } from "../worked-example";

/** W10.7: 4 of 9 weights survive (0.8, −0.7, −0.9, −0.6): 55.6 % sparsity. */
export const magnitudePruningListingExample = workedExample({
  id: "W10.7",
  slug: "magnitude-pruning-listing",
  title: "Magnitude pruning of a 3 × 3 weight matrix",
  chapter: 10,
  section: "Chapter 10, Unstructured pruning (magnitude-pruning listing)",
  lines: [24374, 24387],
  problem: "Which weights of the listing's 3 × 3 matrix survive magnitude pruning at threshold 0.5?",
  inputs: {
    weights: { label: "Weights (row-major 3 × 3)", value: [0.8, 0.1, -0.7, 0.05, -0.9, 0.03, -0.6, 0.02, 0.4], line: 24378 },
    threshold: { label: "Threshold", value: 0.5, line: 24382 },
  },
  compute: (i) => magnitudePrune({ values: Float32Array.from(i.weights), threshold: i.threshold }),
  checks: [
    { name: "weights kept", printed: "Pruned (4 non-zeros)", book: 4, unit: "weights", tolerance: 0, line: 24387, value: (r) => r.kept },
    { name: "which weights", printed: "keep only the 4 largest weights", book: "0.8, -0.7, -0.9, -0.6", line: 24381,
      value: (r) => Array.from(r.pruned).filter((w) => w !== 0).map((w) => Number(w.toFixed(3))).join(", ") },
  ],
  conclusion: "Five of nine weights (55.6 %) go to zero; the rest are untouched, so the matrix is sparse but not smaller until a sparse format or kernel exploits it.",
});
