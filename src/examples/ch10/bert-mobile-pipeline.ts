/**
 * W10.30 BERT-Base on mobile: structured pruning, distillation and INT8 QAT in sequence
 * (book Ch. 10, seed 004 L26534).
 */
import { bytesPerElement } from "../../calc/model/numeric-format";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.30: 440 → 28 MB is 15.7× ("16×"), i.e. INT8's 4× times 3.9× from pruning; accuracy 76.2 → 75.6 %, 0.6 points. */
export const bertMobilePipelineExample = workedExample({
  id: "W10.30",
  slug: "bert-mobile-pipeline",
  title: "BERT on mobile: a three-stage compression pipeline",
  chapter: 10,
  section: "Chapter 10, Combining techniques (BERT mobile pipeline)",
  lines: [26534, 26534],
  problem: "Pruning, distillation and INT8 quantization take BERT-Base from 440 MB to 28 MB: how do the factors combine, and what accuracy is lost?",
  inputs: {
    before: { label: "BERT-Base", value: q(440, "MB"), line: 26534 },
    after: { label: "After the pipeline", value: q(28, "MB"), line: 26534 },
    accuracyBefore: { label: "Accuracy before (%)", value: 76.2, line: 26534 },
    accuracyAfter: { label: "Final accuracy (%)", value: 75.6, line: 26534 },
  },
  compute: (i) => {
    const total = i.before.ratio(i.after);
    const quantization = bytesPerElement("fp32") / bytesPerElement("int8");
    return { total, quantization, pruning: total / quantization, loss: i.accuracyBefore - i.accuracyAfter };
  },
  checks: [
    { name: "memory reduction", printed: "16× memory reduction (440 MB to 28 MB)", book: 16, unit: "×", tolerance: 0.02, line: 26534, value: (r) => r.total, note: "15.7×." },
    { name: "INT8's share of it", printed: "4× additional memory reduction", book: 4, unit: "×", tolerance: 0, line: 26534, value: (r) => r.quantization },
    { name: "accuracy lost", printed: "only 0.6% final accuracy loss", book: 0.6, unit: "points", tolerance: 1e-9, line: 26534, value: (r) => r.loss },
  ],
  conclusion: "16× needs about 4× from pruning on top of INT8's 4×, i.e. three quarters of the parameters gone; removing 30 % of heads and 40 % of FFN width alone removes closer to a quarter of BERT-Base.",
});
