/**
 * WE-6.8 "RNN sizing" (book Ch. 6, seed 004 L11405–L11506).
 */
import { recurrentLayerCost } from "../../calc/model/recurrent-layer";
import { workedExample } from "../worked-example";

/**
 * WE-6.8: MACs per step of a 128-wide RNN on 100-dimensional words, its state size, and
 * the sequential steps of a 1,000-word document.
 *
 * @example
 * ```ts
 * rnnSizingExample.compute().cell.macsPerStep // 29184
 * ```
 */
export const rnnSizingExample = workedExample({
  id: "WE-6.8",
  slug: "rnn-sizing",
  title: "RNN sizing",
  chapter: 6,
  section: "Chapter 6, Recurrent networks: computational mapping and system implications",
  lines: [11405, 11506],
  problem: "How much work is one RNN step, how large is its state, and how many steps must run in order?",
  inputs: {
    hidden: { label: "hidden state", value: 128, line: 11410 },
    input: { label: "word vector", value: 100, line: 11410 },
    wideState: { label: "a wider hidden state", value: 512, line: 11506 },
    words: { label: "document length", value: 1000, line: 11500 },
  },
  compute: (i) => ({
    cell: recurrentLayerCost({ cell: "rnn", inputSize: i.input, hiddenSize: i.hidden, sequenceLength: i.words }),
    wide: recurrentLayerCost({ cell: "rnn", inputSize: i.input, hiddenSize: i.wideState }),
  }),
  checks: [
    { name: "recurrent MACs per step", printed: "16,384 MACs for recurrent connections", book: 16_384, unit: "MAC", tolerance: 0, line: 11405, value: (r) => r.cell.recurrentMacsPerStep },
    { name: "input MACs per step", printed: "12,800 for input projection", book: 12_800, unit: "MAC", tolerance: 0, line: 11405, value: (r) => r.cell.inputMacsPerStep },
    { name: "MACs per step", printed: "= 29,184 MACs", book: 29_184, unit: "MAC", tolerance: 0, line: 11431, value: (r) => r.cell.macsPerStep },
    { name: "sequential steps for 1,000 words", printed: "1,000 sequential matrix-vector multiplications", book: 1000, unit: "steps", tolerance: 0, line: 11500, value: (r) => r.cell.sequentialSteps },
    { name: "512-dim state in FP32", printed: "2 KB for a 512-dim state", book: 2, unit: "KiB", tolerance: 0, line: 11506, value: (r) => r.wide.stateMemory },
  ],
  conclusion: "An RNN's state is kilobytes whatever the sequence length, but its steps form a chain no hardware can shorten.",
});
