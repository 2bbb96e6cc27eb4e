/**
 * Book index, Chapter 12: the worked examples of reference/book-ch07-12.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 12 of the book index. */
export const chapter12Index = chapterIndex(12, [
  { id: "W12.1", lines: [27261, 27276], title: "MobileNet lighthouse pipeline", status: "not yet" },
  { id: "W12.2", lines: [27286, 27290], title: "Proxy principles", status: "not yet" },
  { id: "W12.3", lines: [27523, 27543], title: "Problem: An image classifier currently has 95% accuracy … 1,000-image test set, yielding 94%", status: "not yet" },
  { id: "W12.4", lines: [27552, 27572], title: "Metric trap (BLEU)", status: "not yet" },
  { id: "W12.5", lines: [27232, 27587], title: "Peak vs achieved", status: "not yet" },
  { id: "W12.6", lines: [27699, 27703], title: "System-benchmark spread", status: "not yet" },
  { id: "W12.7", lines: [27709, 27713], title: "A100 roofline facts", status: "not yet" },
  { id: "W12.8", lines: [27720, 27782], title: "Problem: BERT-Base must be deployed for inference on an A100 GPU …", status: "not yet" },
  { id: "W12.9", lines: [27788, 29933], title: "ImageNet/GPU co-evolution", status: "not yet" },
  { id: "W12.10", lines: [27860, 27866], title: "Micro-benchmark rules", status: "not yet" },
  { id: "W12.11", lines: [28251, 28368], title: "Anomaly-detection benchmark", status: "not yet" },
  { id: "W12.12", lines: [28294, 28332], title: "Scenario: A team validates MobileNetV2 for a wildlife camera trap running on a Raspberry Pi 4", status: "not yet" },
  { id: "W12.13", lines: [28341, 28358], title: "Problem: A vendor claims 'Our system achieves 10,000 images/second on ResNet-50.'", status: "not yet" },
  { id: "W12.14", lines: [28378, 28384], title: "Compression benchmark numbers", status: "not yet" },
  { id: "W12.15", lines: [28430, 28430], title: "Smartphone camera", status: "not yet" },
  { id: "W12.16", lines: [28433, 28450], title: "Thermal throttling doorbell", status: "not yet" },
  { id: "W12.17", lines: [28460, 28466], title: "Edge checklist numbers", status: "not yet" },
  { id: "W12.18", lines: [28505, 28521], title: "Training benchmarks", status: "not yet" },
  { id: "W12.19", lines: [28600, 28671], title: "Problem: A team trains ResNet-50 on ImageNet. Single-GPU training takes 24 hours. With 8 GPUs, training takes 4 hours.", status: "not yet" },
  { id: "W12.20", lines: [28783, 28826], title: "MobileNet INT8 energy", status: "not yet" },
  { id: "W12.21", lines: [29088, 29163], title: "Latency breakdown & Amdahl", status: "not yet" },
  { id: "W12.22", lines: [29023, 29027], title: "SLO/SLA example", status: "not yet" },
  { id: "W12.23", lines: [29415, 29415], title: "Cold start", status: "not yet" },
  { id: "W12.24", lines: [29396, 29396], title: "Context priorities", status: "not yet" },
  { id: "W12.25", lines: [29583, 29643], title: "MobileNet EdgeTPU SingleStream validation", status: "not yet" },
  { id: "W12.26", lines: [29658, 29660], title: "Power claim gap", status: "not yet" },
  { id: "W12.27", lines: [29667, 29731], title: "Power spectrum", status: "not yet" },
  { id: "W12.28", lines: [29754, 29802], title: "Power measurement facts", status: "not yet" },
  { id: "W12.29", lines: [29975, 30046], title: "MobileNetV2 INT8 validation protocol", status: "not yet" },
  { id: "W12.30", lines: [30050, 30050], title: "Lottery ticket benchmarking", status: "not yet" },
  { id: "W12.31", lines: [30060, 30089], title: "LLM benchmark numbers", status: "not yet" },
  { id: "W12.32", lines: [30105, 30141], title: "Data-benchmark numbers", status: "not yet" },
  { id: "W12.33", lines: [30362, 30378], title: "Fallacy numbers", status: "not yet" },
]);
