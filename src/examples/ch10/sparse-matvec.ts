/**
 * W10.27 Sparse matrix-vector multiplication: the 4 × 4 example in CSR (book Ch. 10,
 * seed 004 L26267–L26276).
 */
import { csrMatVec, toCsr } from "../../calc/compression/csr";
import { workedExample } from "../worked-example";

/** W10.27: 16 multiplies dense, 6 in CSR; y = [2x₁ + x₄, 3x₂, 4x₁ + 5x₃, 6x₄]. */
export const sparseMatvecExample = workedExample({
  id: "W10.27",
  slug: "sparse-matvec",
  title: "Sparse matrix-vector multiplication in CSR",
  chapter: 10,
  section: "Chapter 10, Sparsity (sparse matrix operations)",
  lines: [26267, 26276],
  problem: "How many multiplications does the book's 4 × 4 sparse matrix need against a vector, dense and sparse?",
  inputs: {
    matrix: { label: "Matrix", value: [[2, 0, 0, 1], [0, 3, 0, 0], [4, 0, 5, 0], [0, 0, 0, 6]], line: 26269 },
    x: { label: "x (ones, to read off the row sums)", value: [1, 1, 1, 1], line: 26274 },
  },
  compute: (i) => csrMatVec({ matrix: toCsr({ values: Float64Array.from(i.matrix.flat()), shape: [4, 4] }), x: Float64Array.from(i.x) }),
  checks: [
    { name: "dense multiplies", printed: "requires 16 multiplications", book: 16, unit: "multiplies", tolerance: 0, line: 26267, value: (r) => r.denseMultiplies },
    { name: "sparse multiplies", printed: "computes only the 6 nonzero operations", book: 6, unit: "multiplies", tolerance: 0, line: 26267, value: (r) => r.multiplies },
  ],
  conclusion: "Skipping zeros saves 10 of 16 multiplies here; the catch is the index arrays and the irregular access they cause.",
});
