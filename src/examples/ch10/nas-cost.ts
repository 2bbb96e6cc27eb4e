/**
 * W10.12 The cost of neural architecture search: Zoph and Le's search and the size of a
 * search space (book Ch. 10, seed 004 L23885, L24918–L24937).
 */
import { gridSearchRuns } from "../../calc/workflow/grid-search";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.12: 800 GPUs for 28 days is 22,400 GPU-days (537,600 GPU-hours), not 22,400 GPU-hours; 10 choices over 20 layers is 10^20 architectures. */
export const nasCostExample = workedExample({
  id: "W10.12",
  slug: "nas-cost",
  title: "Neural architecture search: compute and search-space size",
  chapter: 10,
  section: "Chapter 10, Neural architecture search",
  lines: [23885, 24937],
  problem: "How much compute did the first RL-based NAS use, and how large is a search space of 10 choices per layer over 20 layers?",
  inputs: {
    gpus: { label: "GPUs", value: 800, line: 23885 },
    days: { label: "Search duration", value: q(28, "day"), line: 23885 },
    choices: { label: "Choices per layer", value: 10, line: 24937 },
    layers: { label: "Layers", value: 20, line: 24937 },
  },
  compute: (i) => ({
    gpuTime: i.days.times(i.gpus),
    space: gridSearchRuns({ values: i.choices, hyperparameters: i.layers }),
  }),
  checks: [
    { name: "GPU-time of the search", printed: "22,400 GPU-hours (800 GPUs for 28 days)", book: 22_400, expected: 537_600, unit: "h", tolerance: 1e-12, line: 23885, value: (r) => r.gpuTime,
      note: "800 GPUs × 28 days = 22,400 GPU-days = 537,600 GPU-hours; the figure is right, the unit is days." },
    { name: "architectures in the search space", printed: "yields 10^20 architectures", book: 1e20, unit: "architectures", tolerance: 0, line: 24937, value: (r) => r.space.runs },
  ],
  conclusion: "Exhaustive architecture search is hopeless and early RL search cost a GPU-century; weight sharing (1,000× cheaper) is what made NAS a tool.",
});
