/**
 * Book index, Chapter 7: the worked examples of reference/book-ch07-12.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 7 of the book index. */
export const chapter7Index = chapterIndex(7, [
  { id: "W7.1", lines: [13998, 14060], title: "Fusion of y = relu(x + bias)", status: "not yet" },
  { id: "W7.2", lines: [14622, 14628], title: "Compilation breakeven, ResNet-50", status: "not yet" },
  { id: "W7.3", lines: [14620, 14620], title: "Research-prototyping regime", status: "not yet" },
  { id: "W7.4", lines: [14655, 14683], title: "Problem: When does Python overhead kill performance?", status: "not yet" },
  { id: "W7.5", lines: [15524, 15550], title: "Administrative Tax notebook", status: "implemented" },
  { id: "W7.6", lines: [15064, 15066], title: "ResNet-50 training memory", status: "implemented" },
  { id: "W7.7", lines: [15336, 15336], title: "Adam checkpoint size, 7B", status: "implemented" },
  { id: "W7.8", lines: [14826, 14841], title: "Dual-number forward-mode AD", status: "not yet" },
  { id: "W7.9", lines: [14935, 14945], title: "Reverse mode on a tiny net", status: "not yet" },
  { id: "W7.10", lines: [15035, 15217], title: "Autograd listings", status: "not yet" },
  { id: "W7.11", lines: [15675, 15675], title: "PCIe cost of a 1 GB activation", status: "not yet" },
  { id: "W7.12", lines: [15874, 15874], title: "Pinned-memory batch transfer", status: "not yet" },
  { id: "W7.13", lines: [15984, 15984], title: "Elementwise fusion bandwidth", status: "not yet" },
  { id: "W7.14", lines: [15411, 15411], title: "Fragmentation", status: "not yet" },
  { id: "W7.15", lines: [17002, 17183], title: "Anatomy of a training step, 2-layer MLP", status: "not yet" },
  { id: "W7.16", lines: [17229, 17255], title: "Fallacy arithmetic", status: "not yet" },
]);
