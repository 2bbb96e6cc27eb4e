/**
 * W9.15 "Data echoing": ResNet-50 with heavy augmentation, a 300 img/s pipeline and an
 * 800 img/s GPU (book Ch. 9, seed 004 L22871–L22921).
 */
import { dataEchoing } from "../../calc/selection/data-echoing";
import { workedExample } from "../worked-example";

/** W9.15: R = 2.67, the GPU waits 62 %; 384,000 s (107 h) without echoing, 192,000 s (53 h) with e = 2. */
export const dataEchoingExample = workedExample({
  id: "W9.15",
  slug: "data-echoing",
  title: "Data echoing for an input-bound pipeline",
  chapter: 9,
  section: "Chapter 9, Data echoing (ResNet-50 augmentation scenario)",
  lines: [22871, 22921],
  problem: "The CPU pipeline prepares 300 images/s and the GPU trains on 800: what does reusing each batch twice buy over 90 epochs of ImageNet?",
  inputs: {
    pipeline: { label: "Data pipeline throughput (img/s)", value: 300, line: 22876 },
    gpu: { label: "GPU training throughput (img/s)", value: 800, line: 22878 },
    images: { label: "ImageNet images", value: 1.28e6, line: 22889 },
    epochs: { label: "Epochs", value: 90, line: 22889 },
    echo: { label: "Echo factor e", value: 2, line: 22895 },
  },
  compute: (i) => {
    const run = (echoFactor: number) => dataEchoing({ pipelineRate: i.pipeline, acceleratorRate: i.gpu, echoFactor, samplesPerEpoch: i.images, epochs: i.epochs });
    return { none: run(1), echo: run(i.echo) };
  },
  checks: [
    { name: "ratio R", printed: "800/300 ≈ 2.67", book: 2.67, unit: "", tolerance: 0.002, line: 22880, value: (r) => r.none.ratio },
    { name: "GPU waiting", printed: "GPU waiting 62% of time", book: 62, unit: "%", tolerance: 0.01, line: 22880, value: (r) => (1 - r.none.utilization) * 100, note: "62.5 %." },
    { name: "training time without echoing", printed: "384,000 seconds (107 hours)", book: 384_000, unit: "s", tolerance: 1e-12, line: 22889, value: (r) => r.none.trainingTime },
    { name: "GPU utilization without echoing", printed: "~38%", book: 38, unit: "%", tolerance: 0.014, line: 22891, value: (r) => r.none.utilization * 100, note: "37.5 %." },
    { name: "effective throughput with e = 2", printed: "600 images/second", book: 600, unit: "img/s", tolerance: 0, line: 22900, value: (r) => r.echo.trainedRate },
    { name: "training time with e = 2", printed: "192,000 seconds (53 hours)", book: 192_000, unit: "s", tolerance: 1e-12, line: 22904, value: (r) => r.echo.trainingTime },
  ],
  conclusion: "Echoing trades sample diversity for GPU time: at e = 2 the run halves if echoes are worth fresh samples, and less (research: 70–90 % of a fresh sample) in practice.",
});
