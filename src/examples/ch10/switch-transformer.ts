/**
 * W10.26 The Switch Transformer's sparse activation: parameters stored against
 * parameters used per token (book Ch. 10, seed 004 L26194).
 */
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.26: 2B of 1.6T parameters active per token is 0.125 % (book 0.13 %). */
export const switchTransformerExample = workedExample({
  id: "W10.26",
  slug: "switch-transformer",
  title: "Switch Transformer: active parameters per token",
  chapter: 10,
  section: "Chapter 10, Dynamic computation (mixture of experts)",
  lines: [26194, 26194],
  problem: "What fraction of the Switch Transformer's parameters does each token use?",
  inputs: {
    total: { label: "Parameters", value: q(1.6, "Tparam"), line: 26194 },
    active: { label: "Active per token", value: q(2, "Bparam"), line: 26194 },
  },
  compute: (i) => ({ activeShare: i.active.ratio(i.total) }),
  checks: [
    { name: "active share", printed: "(0.13% of total)", book: 0.13, unit: "%", tolerance: 0.04, line: 26194, value: (r) => r.activeShare * 100, note: "0.125 %, rounded." },
  ],
  conclusion: "Mixture-of-experts decouples capacity from compute: parameters grow 800× faster than the FLOPs a token costs.",
});
