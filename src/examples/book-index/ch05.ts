/**
 * Book index, Chapter 5: the worked examples of reference/book-ch01-06.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 5 of the book index. */
export const chapter5Index = chapterIndex(5, [
  { id: "WE-5.1", lines: [7610, 7775], title: "One MNIST digit across three paradigms", status: "implemented" },
  { id: "WE-5.2", lines: [8508, 8685], title: "MNIST training memory footprint, batch 32, FP32", status: "implemented" },
  { id: "WE-5.3", lines: [8693, 8702], title: "MNIST vs GPT-2 data-term scale", status: "implemented" },
  { id: "WE-5.4", lines: [8770, 8772], title: "Napkin: Can I train a 100M-parameter model on a 16 GB GPU?", status: "implemented" },
  { id: "WE-5.5", lines: [8994, 9078], title: "Forward-pass ops, MNIST batch 32", status: "implemented" },
  { id: "WE-5.6", lines: [9155, 9209], title: "Cross-entropy values", status: "implemented" },
  { id: "WE-5.7", lines: [9318, 9360], title: "Backprop by hand", status: "implemented" },
  { id: "WE-5.8", lines: [9385, 9398], title: "Larger MNIST variant 784→512→256→10, batch 32", status: "implemented" },
  { id: "WE-5.9", lines: [8449, 8464], title: "XOR network", status: "not numeric", reason: "The forward pass is written with symbolic weights (w11 … w32, b1 … b3); the book gives no values to compute, and the claim that XOR needs a hidden layer is a proof, not a figure." },
  { id: "WE-5.10", lines: [9706, 9753], title: "MNIST inference resource profile", status: "implemented" },
  { id: "WE-5.11", lines: [9922, 10067], title: "USPS LeNet deployment", status: "implemented" },
]);
