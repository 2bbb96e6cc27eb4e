/**
 * W9.10 "Cost amortization in foundation models": ten classifiers from scratch or
 * fine-tuned from one pre-trained model (book Ch. 9, Figure 9.7, seed 004 L22253–L22264).
 */
import { foundationModelAmortization } from "../../calc/selection/foundation-amortization";
import { workedExample } from "../worked-example";

/** W9.10: 10,000 vs 10,500 GPU-hours at 10 tasks, 20× lower marginal cost, crossover at 10.5 tasks ("around 11"). */
export const foundationAmortizationExample = workedExample({
  id: "W9.10",
  slug: "foundation-amortization",
  title: "Foundation-model amortization across ten tasks",
  chapter: 9,
  section: "Chapter 9, Cost amortization (Figure 9.7)",
  lines: [22253, 22264],
  problem: "Across ten tasks, when does pre-training once and fine-tuning per task beat training each task from scratch?",
  inputs: {
    tasks: { label: "Tasks", value: 10, line: 22253 },
    scratchGpuHours: { label: "GPU-hours per task from scratch", value: 1000, line: 22264 },
    pretrainGpuHours: { label: "Pre-training GPU-hours (once)", value: 10_000, line: 22257 },
    fineTuneGpuHours: { label: "Fine-tuning GPU-hours per task", value: 50, line: 22257 },
    scratchLabels: { label: "Labels per task from scratch", value: 100_000, line: 22255 },
    fineTuneLabels: { label: "Labels per fine-tuned task", value: 1000, line: 22257 },
  },
  compute: (i) => ({
    gpu: foundationModelAmortization({ tasks: i.tasks, scratchCostPerTask: i.scratchGpuHours, pretrainingCost: i.pretrainGpuHours, fineTuneCostPerTask: i.fineTuneGpuHours }),
    labels: foundationModelAmortization({ tasks: i.tasks, scratchCostPerTask: i.scratchLabels, pretrainingCost: 0, fineTuneCostPerTask: i.fineTuneLabels }),
  }),
  checks: [
    { name: "scratch GPU-hours at 10 tasks", printed: "10,000 vs 10,500", book: 10_000, unit: "GPU-h", tolerance: 0, line: 22264, value: (r) => r.gpu.scratchTotal },
    { name: "foundation GPU-hours at 10 tasks", printed: "10,500", book: 10_500, unit: "GPU-h", tolerance: 0, line: 22264, value: (r) => r.gpu.foundationTotal },
    { name: "per-task marginal compute", printed: "decreases by 20×", book: 20, unit: "×", tolerance: 0, line: 22259, value: (r) => r.gpu.marginalCostRatio ?? Number.NaN },
    { name: "labelling saving", printed: "drop by 100× (from $1M to $10K)", book: 100, unit: "×", tolerance: 0, line: 22259, value: (r) => r.labels.marginalCostRatio ?? Number.NaN },
    { name: "crossover", printed: "around 11 tasks", book: 11, unit: "tasks", tolerance: 0.05, line: 22264, value: (r) => r.gpu.crossoverTasks ?? Number.NaN, note: "10,000 / (1,000 − 50) = 10.5 tasks." },
  ],
  conclusion: "Pre-training is a fixed cost; past about ten tasks every new task is 20× cheaper in compute and 100× in labels.",
});
