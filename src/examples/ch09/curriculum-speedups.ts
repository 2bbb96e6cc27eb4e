/**
 * W9.6 Table 9.5 "Curriculum learning convergence speedups": epochs to 95 % of the
 * baseline's final accuracy (book Ch. 9, seed 004 L21904–L21955).
 */
import { epochReduction } from "../../calc/selection/epoch-reduction";
import { workedExample } from "../worked-example";

/** W9.6: 115 vs 150 epochs is 23 % faster, 180 vs 220 18 %, 80 vs 90 11 %, 70 vs 90 22 %. */
export const curriculumSpeedupsExample = workedExample({
  id: "W9.6",
  slug: "curriculum-speedups",
  title: "Curriculum learning speedups (Table 9.5)",
  chapter: 9,
  section: "Chapter 9, Curriculum learning (Table 9.5)",
  lines: [21904, 21955],
  problem: "How much training time does each curriculum in Table 9.5 save to reach the same target accuracy?",
  inputs: {
    cifar10: { label: "CIFAR-10, ResNet-18, linear warmup: epochs vs baseline", value: [115, 150], line: 21930 },
    cifar100: { label: "CIFAR-100, ResNet-32, self-paced", value: [180, 220], line: 21938 },
    imagenetLoss: { label: "ImageNet, ResNet-50, loss-based", value: [80, 90], line: 21946 },
    imagenetMentor: { label: "ImageNet, ResNet-50, MentorNet (noisy)", value: [70, 90], line: 21954 },
  },
  compute: (i) => {
    const saved = ([epochs, baselineEpochs]: readonly number[]) => epochReduction({ baselineEpochs, epochs }).timeSaved * 100;
    return { cifar10: saved(i.cifar10), cifar100: saved(i.cifar100), imagenetLoss: saved(i.imagenetLoss), imagenetMentor: saved(i.imagenetMentor) };
  },
  checks: [
    { name: "CIFAR-10, linear warmup", printed: "23% faster", book: 23, unit: "%", tolerance: 0.015, line: 21931, value: (r) => r.cifar10, note: "23.3 %." },
    { name: "CIFAR-100, self-paced", printed: "18% faster", book: 18, unit: "%", tolerance: 0.012, line: 21939, value: (r) => r.cifar100, note: "18.2 %." },
    { name: "ImageNet, loss-based", printed: "11% faster", book: 11, unit: "%", tolerance: 0.011, line: 21947, value: (r) => r.imagenetLoss, note: "11.1 %." },
    { name: "ImageNet, MentorNet", printed: "22% faster", book: 22, unit: "%", tolerance: 0.011, line: 21955, value: (r) => r.imagenetMentor, note: "22.2 %." },
  ],
  conclusion: "Curricula save a fifth of the epochs on redundant or noisy data and about a tenth on ImageNet, whose samples are less redundant.",
});
