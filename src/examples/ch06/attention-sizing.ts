/**
 * WE-6.9 "Attention sizing" (book Ch. 6, seed 004 L11530–L11808).
 */
import { attentionScoreMemory } from "../../calc/memory/attention-memory";
import { attentionCost } from "../../calc/model/attention";
import { workedExample } from "../worked-example";

/**
 * WE-6.9: score-matrix memory at 4,096 tokens, the fused QKV projection of Fig. 6.8 and
 * the per-head score and value MACs of Listing 6.7.
 *
 * @example
 * ```ts
 * attentionSizingExample.compute().listing.scoreMacs // 16777216
 * ```
 */
export const attentionSizingExample = workedExample({
  id: "WE-6.9",
  slug: "attention-sizing",
  title: "Attention sizing",
  chapter: 6,
  section: "Chapter 6, Attention mechanisms (Figures 6.7–6.8, Listings 6.7–6.8)",
  lines: [11530, 11808],
  problem: "How much memory and arithmetic does attention take for a few representative sequence lengths and widths?",
  inputs: {
    longSequence: { label: "sequence for the score matrix", value: 4096, line: 11530 },
    figureTokens: { label: "tokens in Fig. 6.8", value: 6, line: 11601 },
    dModel: { label: "GPT-2 width", value: 768, line: 11808 },
    heads: { label: "GPT-2 heads", value: 12, line: 11808 },
    listingLength: { label: "sequence in Listing 6.7", value: 512, line: 11615 },
    listingDim: { label: "head dimension in Listing 6.7", value: 64, line: 11615 },
  },
  compute: (i) => ({
    scores: attentionScoreMemory({ sequenceLength: i.longSequence, heads: 1, precision: "fp16" }),
    figure: attentionCost({ dModel: i.dModel, heads: i.heads, sequenceLength: i.figureTokens }),
    listing: attentionCost({ dModel: i.listingDim, heads: 1, sequenceLength: i.listingLength }),
    headDim: attentionCost({ dModel: i.dModel, heads: i.heads, sequenceLength: 1 }).scoreMacs / i.heads, // one token: h·d_head MACs
  }),
  checks: [
    { name: "4,096² FP16 scores per layer per head", printed: "≈ 32 MB per layer per head", book: 32, unit: "MiB", tolerance: 0, line: 11530, value: (r) => r.scores.perLayer,
      note: "33,554,432 B: 32 MiB (33.6 decimal MB)." },
    { name: "similarity computations for 6 tokens", printed: "(36 similarity computations)", book: 36, unit: "scores", tolerance: 0, line: 11595, value: (r) => r.figure.scoreElements / 12 },
    { name: "fused QKV projection, (6×768)·(768×2304)", printed: "= 10.6 million MACs", book: 10.6e6, unit: "MAC", tolerance: 2e-3, line: 11601,
      value: (r) => r.figure.queryProjectionMacs + 2 * r.figure.keyValueProjectionMacs, note: "10,616,832." },
    { name: "scores per head at N = 512, d = 64", printed: "= 16.8 million MACs per attention head", book: 16.8e6, unit: "MAC", tolerance: 2e-3, line: 11615, value: (r) => r.listing.scoreMacs },
    { name: "value aggregation per head", printed: "plus another 16.8M for value aggregation", book: 16.8e6, unit: "MAC", tolerance: 2e-3, line: 11615, value: (r) => r.listing.valueMacs },
    { name: "GPT-2 head dimension", printed: "each head operates on 64 dimensions", book: 64, unit: "dims", tolerance: 0, line: 11808, value: (r) => r.headDim },
  ],
  conclusion: "Projections grow linearly with the sequence and the score matrices quadratically: at a few thousand tokens one head of one layer already holds tens of megabytes of scores.",
});
