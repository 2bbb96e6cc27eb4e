/**
 * Book index, Chapter 11: the worked examples of reference/book-ch07-12.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 11 of the book index. */
export const chapter11Index = chapterIndex(11, [
  { id: "W11.1", lines: [26984, 27006], title: "ResNet-50 vs GPT-2 on H100", status: "not yet" },
  { id: "W11.2", lines: [27025, 27031], title: "TPUv1 vs K80", status: "not yet" },
  { id: "W11.3", lines: [27044, 27070], title: "Specialization history", status: "not yet" },
  { id: "W11.4", lines: [26907, 27130], title: "Accelerator vs CPU", status: "not yet" },
]);
