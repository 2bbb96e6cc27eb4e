/**
 * W10.34 The scale compression must bridge, and what INT8 does to a 175B model (book
 * Ch. 10, seed 004 L23857–L23867).
 */
import { compressedModelCost } from "../../calc/compression/compressed-model-cost";
import { quantizationSpeedup } from "../../calc/compression/precision-speedup";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.34: 175B in FP16 is 350 GB, 175 GB in INT8 (2×), and INT8 tensor cores 2× faster: up to 4×; 350 GB to a 512 KB MCU is 5.8 orders of magnitude. */
export const compressionScaleExample = workedExample({
  id: "W10.34",
  slug: "compression-scale",
  title: "The deployment gap and INT8 for a 175B model",
  chapter: 10,
  section: "Chapter 10, Why compression matters (scale of the gap)",
  lines: [23857, 23867],
  problem: "How far apart are a 175B model, a smartphone and a microcontroller, and what does INT8 buy the model?",
  inputs: {
    params: { label: "Parameters", value: q(175, "Bparam"), line: 23857 },
    phone: { label: "Smartphone RAM", value: q(8, "GB"), line: 23857 },
    mcu: { label: "Microcontroller memory", value: q(512, "KB"), line: 23857 },
  },
  compute: (i) => {
    const fp16 = compressedModelCost({ params: i.params, precision: "fp16" }).weightBytes;
    const int8 = compressedModelCost({ params: i.params, precision: "int8" }).weightBytes;
    const memory = fp16.ratio(int8);
    const compute = quantizationSpeedup({ regime: "compute", from: "fp16", to: "int8", hardware: "A100" });
    return { fp16, int8, memory, combined: memory * compute, ordersToMcu: Math.log10(fp16.ratio(i.mcu)), overPhone: fp16.ratio(i.phone) };
  },
  checks: [
    { name: "FP16 weights", printed: "over 350 GB in FP16", book: 350, unit: "GB", tolerance: 0, line: 23857, value: (r) => r.fp16 },
    { name: "orders of magnitude to a microcontroller", printed: "Bridging six orders of magnitude", book: 6, unit: "orders", tolerance: 0.03, line: 23857, value: (r) => r.ordersToMcu, note: "350 GB / 512 KB = 683,594: 5.8 orders." },
    { name: "INT8 weights", printed: "to 175 GB", book: 175, unit: "GB", tolerance: 0, line: 23867, value: (r) => r.int8 },
    { name: "combined throughput gain", printed: "up to 4× combined throughput improvement", book: 4, unit: "×", tolerance: 0, line: 23867, value: (r) => r.combined },
  ],
  conclusion: "Even at INT8 the model is 22× a phone's RAM: quantization alone cannot close six orders of magnitude, which is why the chapter stacks techniques.",
});
