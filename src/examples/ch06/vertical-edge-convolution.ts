/**
 * WE-6.6 "Vertical edge convolution" (book Ch. 6, seed 004 L10953–L11017).
 */
import { conv2d } from "../../calc/neural/conv2d";
import { workedExample } from "../worked-example";

const image = (column: number) => Array.from({ length: 7 }, () => Array.from({ length: 7 }, (_, j) => (j === column ? 1 : 0)));

/**
 * WE-6.6: a vertical-edge filter on a 7×7 image, then on the image shifted by two columns.
 *
 * @example
 * ```ts
 * verticalEdgeConvolutionExample.compute().original[0] // [3, 0, -3, 0, 0]
 * ```
 */
export const verticalEdgeConvolutionExample = workedExample({
  id: "WE-6.6",
  slug: "vertical-edge-convolution",
  title: "Vertical edge convolution",
  chapter: 6,
  section: "Chapter 6, Convolutional networks: translation equivariance (worked example)",
  lines: [10953, 11017],
  problem: "What does a vertical-edge filter output for a 7×7 image with a bright column, and what happens when the column moves two pixels right?",
  inputs: {
    edgeColumn: { label: "bright column (0-based)", value: 2, line: 10957 },
    shift: { label: "shift T₂ (columns)", value: 2, line: 10993 },
    kernel: { label: "vertical edge filter", value: [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]], line: 10971 },
  },
  compute: (i) => {
    const original = conv2d({ input: image(i.edgeColumn), kernel: i.kernel });
    const shifted = conv2d({ input: image(i.edgeColumn + i.shift), kernel: i.kernel });
    const shiftOf = (rows: readonly (readonly number[])[]) => rows.map((row) => row.map((_, j) => (j >= i.shift ? row[j - i.shift] : 0)));
    return { original, shifted, equivariant: JSON.stringify(shiftOf(original)) === JSON.stringify(shifted) };
  },
  checks: [
    { name: "f(x), edge response", printed: "3 & 0 & -3 & 0 & 0", book: 3, unit: "", tolerance: 0, line: 10983, value: (r) => r.original[0][0] },
    { name: "f(x), opposite edge", printed: "-3", book: -3, unit: "", tolerance: 0, line: 10983, value: (r) => r.original[0][2] },
    { name: "f(T₂x), edge response moved", printed: "0 & 0 & 3 & 0 & -3", book: 3, unit: "", tolerance: 0, line: 11009, value: (r) => r.shifted[0][2] },
    { name: "f(T₂x) = T₂(f(x))", printed: "T_2(f(\\mathbf{x}))", book: "equivariant", line: 11014, value: (r) => (r.equivariant ? "equivariant" : "not equivariant") },
  ],
  conclusion: "Moving the input moves the feature map by the same amount: the network learns an edge detector once and it works at every position.",
});
