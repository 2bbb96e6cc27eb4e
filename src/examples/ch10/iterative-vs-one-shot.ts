/**
 * W10.8 Iterative against one-shot pruning of 6 of 22 channels (book Ch. 10,
 * Figures 10.6–10.7, seed 004 L24589–L24602).
 */
import { workedExample } from "../worked-example";

/** W10.8: 6 of 22 channels is 27 %; iterative pruning ends 0.4 % below the original, one-shot 5 %. */
export const iterativeVsOneShotExample = workedExample({
  id: "W10.8",
  slug: "iterative-vs-one-shot",
  title: "Iterative vs one-shot channel pruning",
  chapter: 10,
  section: "Chapter 10, Pruning schedules (Figures 10.6 and 10.7)",
  lines: [24589, 24602],
  problem: "Removing 6 of 22 channels two at a time with fine-tuning, or all at once: how much accuracy does each keep?",
  inputs: {
    channels: { label: "Channels", value: 22, line: 24590 },
    removed: { label: "Channels removed", value: 6, line: 24589 },
    original: { label: "Accuracy before pruning", value: 0.995, line: 24590 },
    iterativeFinal: { label: "Accuracy after three prune/fine-tune cycles", value: 0.991, line: 24590 },
    oneShotTuned: { label: "Accuracy after one-shot pruning and fine-tuning", value: 0.943, line: 24602 },
  },
  compute: (i) => {
    const loss = (final: number) => ((i.original - final) / i.original) * 100;
    return { removedShare: (i.removed / i.channels) * 100, iterativeLoss: loss(i.iterativeFinal), oneShotLoss: loss(i.oneShotTuned) };
  },
  checks: [
    { name: "share of channels removed", printed: "All six channels (27%)", book: 27, unit: "%", tolerance: 0.011, line: 24602, value: (r) => r.removedShare, note: "27.3 %." },
    { name: "iterative accuracy loss", printed: "a 0.4% loss", book: 0.4, unit: "%", tolerance: 0.01, line: 24590, value: (r) => r.iterativeLoss, note: "0.40 % (relative)." },
    { name: "one-shot accuracy loss", printed: "a 5% degradation", book: 5, unit: "%", tolerance: 0.05, line: 24602, value: (r) => r.oneShotLoss, note: "5.2 % relative (5.2 points)." },
  ],
  conclusion: "Removing the same 27 % of channels gradually costs 0.4 %, all at once 5 %: fine-tuning between small steps lets the network reroute.",
});
