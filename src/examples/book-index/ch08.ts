/**
 * Book index, Chapter 8: the worked examples of reference/book-ch07-12.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 8 of the book index. */
export const chapter8Index = chapterIndex(8, [
  { id: "W8.1", lines: [17378, 17378], title: "Training memory 4× multiplier, 7B", status: "not yet" },
  { id: "W8.2", lines: [17388, 17388], title: "GPT-2 1.5B memory pressure", status: "not yet" },
  { id: "W8.3", lines: [17415, 17428], title: "7B NaN failure", status: "not yet" },
  { id: "W8.4", lines: [17571, 17599], title: "GPT-2 lighthouse spec", status: "not yet" },
  { id: "W8.5", lines: [17680, 17709], title: "GPT-2 layer FLOPs", status: "not yet" },
  { id: "W8.6", lines: [17746, 17747], title: "Activation benchmark, Apple M2", status: "not yet" },
  { id: "W8.7", lines: [18098, 18107], title: "GPT-2 Adam static memory", status: "not yet" },
  { id: "W8.8", lines: [17954, 18930], title: "ResNet-50 batch scaling", status: "not yet" },
  { id: "W8.9", lines: [18336, 18381], title: "GPT-2 activation memory", status: "not yet" },
  { id: "W8.10", lines: [18634, 18717], title: "GPT-2 data pipeline", status: "not yet" },
  { id: "W8.11", lines: [18724, 18739], title: "Problem: You are training a large model on 8 GPUs. … network … bottleneck", status: "not yet" },
  { id: "W8.12", lines: [18755, 18755], title: "Pipeline utilization", status: "not yet" },
  { id: "W8.13", lines: [18623, 19338], title: "Preprocessing feed", status: "not yet" },
  { id: "W8.14", lines: [18799, 18801], title: "Forward-pass op counts", status: "not yet" },
  { id: "W8.15", lines: [18841, 18873], title: "Wave quantization table", status: "not yet" },
  { id: "W8.16", lines: [18903, 18922], title: "Problem: Will a 7 B parameter model fit on a 24 GB GPU for training?", status: "not yet" },
  { id: "W8.17", lines: [18990, 19016], title: "Problem: Is it cheaper to rent an H100 or buy it for training Llama-2-70B?", status: "not yet" },
  { id: "W8.18", lines: [19036, 19036], title: "MFU example", status: "not yet" },
  { id: "W8.19", lines: [19140, 21049], title: "Profiling/throughput gap figures", status: "not yet" },
  { id: "W8.20", lines: [19452, 19541], title: "Mixed precision, GPT-2", status: "not yet" },
  { id: "W8.21", lines: [19760, 19760], title: "GPT-2 per-GPU throughput across generations", status: "not yet" },
  { id: "W8.22", lines: [19779, 19866], title: "FlashAttention memory", status: "not yet" },
  { id: "W8.23", lines: [19943, 19991], title: "FlashAttention benchmark", status: "not yet" },
  { id: "W8.24", lines: [20108, 20189], title: "BERT-Large accumulation", status: "not yet" },
  { id: "W8.25", lines: [20181, 20181], title: "Optimal checkpointing, GPT-2", status: "not yet" },
  { id: "W8.26", lines: [20198, 20286], title: "GPT-2 gradient accumulation cost", status: "not yet" },
  { id: "W8.27", lines: [20433, 20656], title: "GPT-2 optimization walkthrough", status: "not yet" },
  { id: "W8.28", lines: [20884, 20905], title: "Energy corollary", status: "not yet" },
  { id: "W8.29", lines: [20985, 21049], title: "Scaling fallacies", status: "not yet" },
]);
