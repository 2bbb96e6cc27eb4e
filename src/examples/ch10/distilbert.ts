/**
 * W10.10 "DistilBERT": what distillation buys against BERT-Base (book Ch. 10, seed 004
 * L24655–L24694).
 */
import { distillationEconomics } from "../../calc/compression/distillation";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.10: 66M vs 110M parameters is 40 % fewer; 85 → 34 ms is 60 % less latency (2.5×); 1.35 → 0.54 GB is 2.5× less memory. */
export const distilbertExample = workedExample({
  id: "W10.10",
  slug: "distilbert",
  title: "Knowledge distillation: DistilBERT against BERT-Base",
  chapter: 10,
  section: "Chapter 10, Knowledge distillation (DistilBERT)",
  lines: [24655, 24694],
  problem: "How much smaller, faster and leaner is DistilBERT than its teacher, for 97 % of its quality?",
  inputs: {
    teacherParams: { label: "BERT-Base parameters", value: q(110, "Mparam"), line: 24694 },
    studentParams: { label: "DistilBERT parameters", value: q(66, "Mparam"), line: 24694 },
    teacherLatency: { label: "BERT-Base latency", value: q(85, "ms"), line: 24694 },
    studentLatency: { label: "DistilBERT latency", value: q(34, "ms"), line: 24694 },
    teacherMemory: { label: "BERT-Base memory", value: q(1.35, "GB"), line: 24694 },
    studentMemory: { label: "DistilBERT memory", value: q(0.54, "GB"), line: 24694 },
    retained: { label: "Share of the teacher's performance kept", value: 0.97, line: 24689 },
  },
  compute: (i) => distillationEconomics({
    teacherParams: i.teacherParams, studentParams: i.studentParams, teacherLatency: i.teacherLatency, studentLatency: i.studentLatency,
    teacherMemory: i.teacherMemory, studentMemory: i.studentMemory, teacherScore: 1, studentScore: i.retained,
  }),
  checks: [
    { name: "fewer parameters", printed: "40% fewer parameters (66M vs. 110M)", book: 40, unit: "%", tolerance: 1e-12, line: 24694, value: (r) => r.parameterReduction * 100 },
    { name: "faster inference", printed: "60% faster", book: 60, unit: "%", tolerance: 1e-12, line: 24694, value: (r) => (r.latencyReduction ?? Number.NaN) * 100,
      note: "85 → 34 ms is 60 % less latency, i.e. 2.5× the speed." },
    { name: "performance retained", printed: "up to 97% of their teacher's performance", book: 97, unit: "%", tolerance: 1e-12, line: 24689, value: (r) => (r.scoreRetained ?? Number.NaN) * 100 },
  ],
  conclusion: "Distillation moves cost from inference to training: a 40 % smaller student runs 2.5× faster in 2.5× less memory and keeps 97 % of the teacher's quality.",
});
