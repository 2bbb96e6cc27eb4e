/**
 * WE-6.10 "Attention matrix at N = 100,000" (book Ch. 6, seed 004 L11677–L11692).
 */
import { listHardware } from "../../constants/hardware";
import { fitsOnDevice } from "../../calc/memory/fits-on-device";
import { attentionScoreMemory } from "../../calc/memory/attention-memory";
import { workedExample } from "../worked-example";

/**
 * WE-6.10: materialised attention scores of a 100,000-token context.
 *
 * @example
 * ```ts
 * attentionMatrix100kExample.compute().scores.perLayer.to("GB") // 240
 * ```
 */
export const attentionMatrix100kExample = workedExample({
  id: "WE-6.10",
  slug: "attention-matrix-100k",
  title: "Attention matrix at N = 100,000",
  chapter: 6,
  section: "Chapter 6, The quadratic wall (napkin math)",
  lines: [11677, 11692],
  problem: "How much memory does one layer's attention score matrix need at a 100,000-token context?",
  inputs: {
    sequenceLength: { label: "sequence length N", value: 100_000, line: 11677 },
    heads: { label: "heads", value: 12, line: 11684 },
    layers: { label: "layers of a larger model", value: 32, line: 11690 },
  },
  compute: (i) => {
    const scores = attentionScoreMemory({ sequenceLength: i.sequenceLength, heads: i.heads, layers: i.layers, precision: "fp16" });
    const devices = listHardware().filter((d) => d.memoryCapacity !== undefined && d.provenance.seed === "004");
    return { scores, anyDeviceFits: devices.some((device) => fitsOnDevice({ required: scores.perLayer, device }).fits) };
  },
  checks: [
    { name: "scores per layer", printed: "= 1.2e11 elements", book: 1.2e11, unit: "scores", tolerance: 1e-12, line: 11684, value: (r) => r.scores.elementsPerLayer },
    { name: "bytes per layer in FP16", printed: "= 240 GB", book: 240, unit: "GB", tolerance: 1e-12, line: 11686, value: (r) => r.scores.perLayer },
    { name: "32 layers", printed: "7,680 GB just for transient attention scores", book: 7680, unit: "GB", tolerance: 1e-12, line: 11690, value: (r) => r.scores.total },
    { name: "one layer on the largest registry device", printed: "far exceeding any single GPU", book: "does not fit", line: 11690, value: (r) => (r.anyDeviceFits ? "fits" : "does not fit") },
  ],
  conclusion: "Materialising N² scores is impossible at long context on any device; FlashAttention computes them tile by tile without storing the matrix.",
});
