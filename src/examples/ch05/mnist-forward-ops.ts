/**
 * WE-5.5 "Forward-pass ops, MNIST batch 32" (book Ch. 5, seed 004 L8994–L9078).
 */
import { mlpMemory } from "../../calc/memory/mlp-memory";
import { mlpLayers, modelCost } from "../../calc/model/model-cost";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-5.5: the book's operation table, 7,000,704 operations for a batch of 32. Its
 * "~15.8 FLOPs/byte" per image is the batch's figure; per image it is 0.5.
 *
 * @example
 * ```ts
 * mnistForwardOpsExample.compute().batch.operations.to("FLOP") // 7000704
 * ```
 */
export const mnistForwardOpsExample = workedExample({
  id: "WE-5.5",
  slug: "mnist-forward-ops",
  title: "Forward-pass ops, MNIST batch 32",
  chapter: 5,
  section: "Chapter 5, Counting operations in the forward pass (worked example)",
  lines: [8994, 9078],
  problem: "How many arithmetic operations does one forward pass of the 784→128→64→10 network take at batch 32, and where do they go?",
  inputs: {
    widths: { label: "widths", value: [784, 128, 64, 10], line: 8994 },
    batch: { label: "batch size", value: 32, line: 8994 },
    gpuRate: { label: "GPU throughput", value: q(10, "TFLOPS"), line: 9076 },
    widerWidths: { label: "doubled hidden widths", value: [784, 256, 128, 10], line: 9078 },
  },
  compute: (i) => {
    const batch = modelCost({ ...mlpLayers({ widths: i.widths }), batch: i.batch });
    const perImage = batch.operations.div(i.batch);
    const modelBytes = mlpMemory({ widths: i.widths, batch: i.batch, precision: "fp32", optimizer: "sgd", inferenceBatch: 1 }).inference.total;
    const wider = modelCost({ ...mlpLayers({ widths: i.widerWidths }), batch: i.batch });
    return {
      batch, perImage, wider,
      layer1Share: (100 * (batch.layers[0].flops + batch.layers[0].elementwiseOps)) / batch.operations.to("FLOP"),
      perImageIntensity: perImage.div(modelBytes),
      perImageTime: perImage.div(i.gpuRate),
      growth: wider.operations.ratio(batch.operations),
    };
  },
  checks: [
    { name: "layer 1 matmul", printed: "= 6,422,528", book: 6_422_528, unit: "FLOP", tolerance: 0, line: 9021, value: (r) => r.batch.layers[0].flops },
    { name: "layer 1 bias + ReLU", printed: "= 8,192", book: 8192, unit: "op", tolerance: 0, line: 9028, value: (r) => r.batch.layers[0].elementwiseOps },
    { name: "layer 2 matmul", printed: "= 524,288", book: 524_288, unit: "FLOP", tolerance: 0, line: 9035, value: (r) => r.batch.layers[1].flops },
    { name: "layer 3 matmul", printed: "= 40,960", book: 40_960, unit: "FLOP", tolerance: 0, line: 9049, value: (r) => r.batch.layers[2].flops },
    { name: "layer 3 bias + softmax", printed: "~640 (simplified)", book: 640, unit: "op", tolerance: 0, line: 9056, value: (r) => r.batch.layers[2].elementwiseOps },
    { name: "total", printed: "~7.0 MOps", book: 7.0, unit: "MFLOP", tolerance: 2e-4, line: 9063, value: (r) => r.batch.operations, note: "7,000,704 operations." },
    { name: "per image", printed: "~219 KOps per image", book: 219, unit: "kFLOP", tolerance: 2e-3, line: 9069, value: (r) => r.perImage },
    { name: "layer 1 share", printed: "92% of all operations", book: 92, unit: "%", tolerance: 2e-3, line: 9074, value: (r) => r.layer1Share },
    { name: "arithmetic intensity per image", printed: "~15.8 FLOPs/byte", book: 15.8, expected: 0.49553, unit: "FLOP/B", tolerance: 1e-4, line: 9076,
      value: (r) => r.perImageIntensity,
      note: "219 K operations over 431 KiB (441,488 B) is 0.50 FLOP/B, as the chapter's pitfall says; 15.8 divides the whole batch's 7.0 M operations by one image's memory." },
    { name: "compute time per image at 10 TFLOPS", printed: "~22 nanoseconds", book: 22, unit: "ns", tolerance: 0.01, line: 9076, value: (r) => r.perImageTime },
    { name: "doubled hidden widths", printed: "~15.0 MOps", book: 15.0, unit: "MFLOP", tolerance: 4e-3, line: 9078, value: (r) => r.wider.operations },
    { name: "growth from doubling", printed: "about 2.15×", book: 2.15, unit: "×", tolerance: 1e-3, line: 9078, value: (r) => r.growth },
  ],
  conclusion: "The first layer does 92 % of the work, and per image the network performs only half an operation per byte of memory it touches: on any accelerator it is memory-bound.",
});
