/**
 * WE-6.4 "MLP sizing facts" (book Ch. 6, seed 004 L10584–L10818).
 */
import { getHardware } from "../../constants/hardware";
import { peakFlopsOf } from "../../calc/device/hardware-rates";
import { conv2dLayerCost } from "../../calc/model/conv-layer";
import { denseLayerCost } from "../../calc/model/dense-layer";
import { workedExample } from "../worked-example";

const a100 = getHardware("A100");

/**
 * WE-6.4: parameter and memory sizes of dense layers, and their intensity at batch 1.
 *
 * @example
 * ```ts
 * mlpSizingExample.compute().square1024.params // 1048576
 * ```
 */
export const mlpSizingExample = workedExample({
  id: "WE-6.4",
  slug: "mlp-sizing",
  title: "MLP sizing facts",
  chapter: 6,
  section: "Chapter 6, Multi-layer perceptrons: system implications",
  lines: [10584, 10818],
  problem: "How large and how arithmetic-intensive are typical dense layers?",
  inputs: {
    width1024: { label: "1,024 → 1,024 layer", value: 1024, line: 10584 },
    mnistHidden: { label: "MNIST reference layer 784 → 100", value: 100, line: 10722 },
    width2048: { label: "2,048 → 2,048 layer", value: 2048, line: 10806 },
  },
  compute: (i) => ({
    square1024: denseLayerCost({ inputs: i.width1024, outputs: i.width1024, bias: false, precision: "fp16" }),
    filter3x3: conv2dLayerCost({ height: 3, width: 3, inChannels: i.width1024, outChannels: 1, kernel: 3, bias: false }),
    mnist: denseLayerCost({ inputs: 784, outputs: i.mnistHidden, bias: false }),
    neuron: denseLayerCost({ inputs: 784, outputs: 1, bias: false }),
    square2048: denseLayerCost({ inputs: i.width2048, outputs: i.width2048, bias: false }),
    tensorCoreGain: peakFlopsOf(a100, "fp16").ratio(peakFlopsOf(a100, "fp32")),
  }),
  checks: [
    { name: "1,024 → 1,024 parameters", printed: "1,048,576 parameters", book: 1_048_576, unit: "params", tolerance: 0, line: 10584, value: (r) => r.square1024.params },
    { name: "its FP16 weights", printed: "2 MB of weight memory in FP16", book: 2, unit: "MiB", tolerance: 0, line: 10584, value: (r) => r.square1024.parameterMemory, note: "2,097,152 B: 2 MiB (2.1 decimal MB)." },
    { name: "a 3×3 filter over 1,024 channels", printed: "versus 9,408 parameters for an equivalent 3×3 convolutional filter", book: 9408, expected: 9216, unit: "params", tolerance: 0, line: 10584,
      value: (r) => r.filter3x3.params, note: "A 3×3 filter spanning the 1,024 input channels has 9,216 weights; 9,408 is 7×7×3×64, ResNet-50's first convolution." },
    { name: "MNIST reference layer", printed: "(78,400 parameters)", book: 78_400, unit: "params", tolerance: 0, line: 10722, value: (r) => r.mnist.params },
    { name: "MACs per output neuron", printed: "784, multiply-accumulate operations", book: 784, unit: "MAC", tolerance: 0, line: 10795, value: (r) => r.neuron.macs },
    { name: "memory accesses per neuron (inputs + weights)", printed: "at least 1,568 memory accesses", book: 1568, unit: "accesses", tolerance: 0, line: 10795, value: (r) => r.neuron.weights + 784 },
    { name: "A100 tensor cores vs CUDA cores", printed: ">9× performance gap", book: 9, expected: 16, unit: "×", tolerance: 1e-12, line: 10795, value: (r) => r.tensorCoreGain,
      note: "312 / 19.5 TFLOPS = 16×; '>9×' is true but understates it." },
    { name: "2,048 → 2,048 parameters", printed: "4194304 parameters", book: 4_194_304, unit: "params", tolerance: 0, line: 10806, value: (r) => r.square2048.params },
    { name: "their FP32 weights", printed: "(17 MB at FP32)", book: 17, unit: "MB", tolerance: 0.015, line: 10806, value: (r) => r.square2048.parameterMemory, note: "16.8 MB (16 MiB)." },
    { name: "784 → 100 intensity at batch 1, FP32", printed: "roughly 0.5 FLOPs/byte", book: 0.5, unit: "FLOP/B", tolerance: 0.012, line: 10818, value: (r) => r.mnist.intensity },
  ],
  conclusion: "Dense layers grow with d², use each weight once per sample, and so run at about half a FLOP per byte at batch 1: far below any accelerator's ridge point.",
});
