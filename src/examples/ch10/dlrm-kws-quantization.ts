/**
 * W10.20 Quantization at both extremes: DLRM's embedding tables and the smart doorbell's
 * keyword spotter (book Ch. 10, seed 004 L25136–L25145).
 */
import { bytesPerElement } from "../../calc/model/numeric-format";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.20: FP32 → INT8 is 4×, → INT4 8× smaller; 4× less energy per inference turns 1 month of battery into 4. */
export const dlrmKwsQuantizationExample = workedExample({
  id: "W10.20",
  slug: "dlrm-kws-quantization",
  title: "Quantization for DLRM embeddings and an always-on keyword spotter",
  chapter: 10,
  section: "Chapter 10, Quantization across the lighthouse models",
  lines: [25136, 25145],
  problem: "How much smaller do DLRM's FP32 embeddings get in INT8 and INT4, and what does INT8 do to a coin-cell keyword spotter's battery life?",
  inputs: { battery: { label: "Battery life in FP32", value: q(1, "month"), line: 25145 } },
  compute: (i) => {
    const int8 = bytesPerElement("fp32") / bytesPerElement("int8");
    return { int8, int4: bytesPerElement("fp32") / bytesPerElement("int4"), battery: i.battery.times(int8) };
  },
  checks: [
    { name: "FP32 → INT8", printed: "reduces memory footprint by 4–8×", book: 4, unit: "×", tolerance: 0, line: 25136, value: (r) => r.int8 },
    { name: "FP32 → INT4", printed: "8×", book: 8, unit: "×", tolerance: 0, line: 25136, value: (r) => r.int4 },
    { name: "battery life in INT8", printed: "might last 4 months on INT8", book: 4, unit: "month", tolerance: 1e-12, line: 25145, value: (r) => r.battery,
      note: "Assumes energy scales with bytes moved, as the book does." },
  ],
  conclusion: "For DLRM quantization is storage density; for the doorbell it is battery life; the same 4× serves both ends of the Iron Law.",
});
