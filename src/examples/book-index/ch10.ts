/**
 * Book index, Chapter 10: the worked examples of reference/book-ch07-12.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 10 of the book index. */
export const chapter10Index = chapterIndex(10, [
  { id: "W10.1", lines: [23957, 23983], title: "Problem: You want to deploy a 7 B parameter LLM on a device with 16 GB RAM … FP16", status: "implemented" },
  { id: "W10.2", lines: [24055, 24075], title: "Background blur", status: "implemented" },
  { id: "W10.3", lines: [24084, 24159], title: "Deployment gap", status: "not yet", reason: "Needs the fits-on-device calculator (calc/memory, another engineer's), with the book's mixed decimal/binary units." },
  { id: "W10.4", lines: [24183, 24194], title: "Pareto regions", status: "not numeric", reason: "Reported positions of techniques on the accuracy–speed Pareto plot (INT8 about +400 % speed for 0.5 %); no arithmetic. paretoFront and the notebook's chart compute a real front." },
  { id: "W10.5", lines: [24329, 24329], title: "Overparameterization", status: "implemented" },
  { id: "W10.6", lines: [24340, 24340], title: "MobileNet on a wearable", status: "implemented" },
  { id: "W10.7", lines: [24374, 24387], title: "Magnitude pruning listing", status: "implemented" },
  { id: "W10.8", lines: [24589, 24602], title: "Iterative vs one-shot pruning", status: "implemented" },
  { id: "W10.9", lines: [24618, 24642], title: "Lottery ticket / BERT heads", status: "not numeric", reason: "Reported experimental results (lottery-ticket subnetworks at 10–20 % size reach 93.2 %; removing 40 % of BERT heads costs 1.2 GLUE points); nothing to compute." },
  { id: "W10.10", lines: [24655, 24694], title: "Distillation", status: "implemented" },
  { id: "W10.11", lines: [24783, 26279], title: "Low-rank napkin math", status: "implemented" },
  { id: "W10.12", lines: [23885, 24937], title: "NAS costs", status: "implemented" },
  { id: "W10.13", lines: [25165, 25185], title: "Scenario: Deploying Llama 3 8 B", status: "implemented" },
  { id: "W10.14", lines: [25192, 25209], title: "SIMD multiplier", status: "implemented" },
  { id: "W10.15", lines: [25222, 25235], title: "Problem: You have a compute-bound matrix multiplication … FP16 to INT8", status: "implemented" },
  { id: "W10.16", lines: [25429, 25452], title: "Uniform quantization listing", status: "implemented" },
  { id: "W10.17", lines: [25509, 25538], title: "Affine quantization example", status: "implemented" },
  { id: "W10.18", lines: [25575, 25575], title: "Weight-quantization example", status: "implemented" },
  { id: "W10.19", lines: [25583, 25583], title: "AWQ", status: "implemented" },
  { id: "W10.20", lines: [25136, 25145], title: "DLRM and KWS quantization", status: "implemented" },
  { id: "W10.21", lines: [25863, 26803], title: "QAT vs PTQ", status: "not numeric", reason: "Reported QAT vs PTQ accuracies (99.1 % vs 96.8 % of FP32 GLUE) and rules of thumb; nothing to compute." },
  { id: "W10.22", lines: [25904, 25916], title: "Theory–practice gap", status: "implemented" },
  { id: "W10.23", lines: [25983, 25983], title: "MobileNetV2 vs ResNet-50", status: "implemented" },
  { id: "W10.24", lines: [26041, 26041], title: "SqueezeNet", status: "implemented" },
  { id: "W10.25", lines: [26085, 26117], title: "Conv-BN-ReLU fusion", status: "not yet", reason: "Needs the operator-fusion traffic calculator (calc/framework, another engineer's)." },
  { id: "W10.26", lines: [26194, 26194], title: "Switch Transformer", status: "implemented" },
  { id: "W10.27", lines: [26267, 26276], title: "Sparse mat-vec", status: "implemented" },
  { id: "W10.28", lines: [26386, 26386], title: "Sparsity accuracy cliff", status: "not numeric", reason: "A qualitative observation (accuracy holds to ~70 % sparsity and collapses at 80 %) with no inputs to compute from." },
  { id: "W10.29", lines: [26419, 26419], title: "Technique selection scenario", status: "not numeric", reason: "A qualitative technique-selection scenario (memory 3× over, latency 4× the SLO, ≤ 2 W) without a computation." },
  { id: "W10.30", lines: [26534, 26534], title: "BERT mobile pipeline", status: "implemented" },
  { id: "W10.31", lines: [26596, 26596], title: "ResNet-50 INT8 measurement", status: "implemented" },
  { id: "W10.32", lines: [26584, 26584], title: "ViT profiling", status: "not numeric", reason: "Reported profiling shares of a ViT (attention 65 % of FLOPs, LayerNorm 8 % of latency); nothing to recompute." },
  { id: "W10.33", lines: [26791, 26807], title: "Fallacy numbers", status: "implemented" },
  { id: "W10.34", lines: [23857, 23867], title: "Other numbers", status: "implemented" },
]);
