/**
 * WE-6.14 "Plain vs residual 50-layer network on CIFAR-10" (book Ch. 6, seed 004 L12211–L12330).
 */
import { workedExample } from "../worked-example";

/**
 * WE-6.14: the measured gradient norms at layer 1 of a plain and a residual 50-layer
 * network differ by six orders of magnitude, not the four the book states.
 *
 * @example
 * ```ts
 * plainVsResidualExample.compute().ordersOfMagnitude // 6
 * ```
 */
export const plainVsResidualExample = workedExample({
  id: "WE-6.14",
  slug: "plain-vs-residual",
  title: "Plain vs residual 50-layer network on CIFAR-10",
  chapter: 6,
  section: "Chapter 6, Skip connections: empirical validation (50-layer comparison)",
  lines: [12211, 12330],
  problem: "How much larger is the layer-1 gradient of ResNet-50 than that of a plain 50-layer network?",
  inputs: {
    plainLayer1: { label: "plain network, gradient norm at layer 1", value: 1e-8, line: 12211 },
    residualLayer1: { label: "ResNet-50, gradient norm at layer 1", value: 0.01, line: 12324 },
  },
  compute: (i) => ({ ordersOfMagnitude: Math.log10(i.residualLayer1 / i.plainLayer1) }),
  checks: [
    { name: "ResNet over plain at layer 1", printed: "four orders of magnitude larger", book: 4, expected: 6, unit: "orders of magnitude", tolerance: 1e-12, line: 12324,
      value: (r) => r.ordersOfMagnitude, note: "0.01 / 1e−8 = 1e6: six orders of magnitude." },
  ],
  conclusion: "A plain deep network multiplies its gradient by a factor below 1 at every layer, so the early layers barely learn; the identity path of a residual block keeps the factor near 1.",
});
