/**
 * Book index, Chapter 6: the worked examples of reference/book-ch01-06.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 6 of the book index. */
export const chapter6Index = chapterIndex(6, [
  { id: "WE-6.1", lines: [10389, 10432], title: "Lighthouse intensity table", status: "implemented" },
  { id: "WE-6.2", lines: [10622, 10665], title: "MLP vs CNN learnability on MNIST", status: "implemented" },
  { id: "WE-6.3", lines: [10706, 10716], title: "Dense layer toy computation", status: "implemented" },
  { id: "WE-6.4", lines: [10584, 10818], title: "MLP sizing facts", status: "implemented" },
  { id: "WE-6.5", lines: [11021, 11021], title: "Parameter sharing", status: "implemented" },
  { id: "WE-6.6", lines: [10953, 11017], title: "Vertical edge convolution", status: "implemented" },
  { id: "WE-6.7", lines: [11313, 11331], title: "CNN layer sizing", status: "implemented" },
  { id: "WE-6.8", lines: [11405, 11506], title: "RNN sizing", status: "implemented" },
  { id: "WE-6.9", lines: [11530, 11808], title: "Attention sizing", status: "implemented" },
  { id: "WE-6.10", lines: [11677, 11692], title: "Attention matrix at N = 100,000", status: "implemented" },
  { id: "WE-6.11", lines: [11723, 11729], title: "BERT 512-token limit", status: "implemented" },
  { id: "WE-6.12", lines: [10369, 13281], title: "Transformer inference / KV cache", status: "implemented" },
  { id: "WE-6.13", lines: [11967, 12076], title: "Embedding capacity wall", status: "implemented" },
  { id: "WE-6.14", lines: [12211, 12330], title: "Plain vs residual 50-layer network on CIFAR-10", status: "implemented" },
  { id: "WE-6.15", lines: [13078, 13091], title: "ResNet-50 at 30 FPS throughput ceiling", status: "implemented" },
  { id: "WE-6.16", lines: [13098, 13245], title: "Wildlife camera-trap architecture selection", status: "implemented" },
  { id: "WE-6.17", lines: [13261, 13281], title: "Fallacy numbers", status: "implemented" },
]);
