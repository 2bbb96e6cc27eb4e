/**
 * Book index, Chapter 1: the worked examples of reference/book-ch01-06.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 1 of the book index. */
export const chapter1Index = chapterIndex(1, [
  { id: "WE-1.1", lines: [823, 833], title: "STUDENT algebra problem", status: "not yet" },
  { id: "WE-1.2", lines: [774, 774], title: "Verification-gap sizing", status: "not yet" },
  { id: "WE-1.3", lines: [1316, 1347], title: "GPT-3 training time — Iron Law worked example", status: "implemented" },
  { id: "WE-1.4", lines: [1119, 1119], title: "D·A·M diagnosis — ResNet-50 batch-1 on A100", status: "not yet" },
  { id: "WE-1.5", lines: [1224, 1224], title: "Samples-per-dollar illustration", status: "not yet" },
  { id: "WE-1.6", lines: [1386, 1386], title: "RoC illustration", status: "not yet" },
  { id: "WE-1.7", lines: [1103, 1103], title: "Production recommendation system", status: "not yet" },
  { id: "WE-1.8", lines: [1878, 1902], title: "Amdahl pitfall — Optimizing individual components", status: "not yet" },
  { id: "WE-1.9", lines: [1237, 1882], title: "Degradation numbers (used as oracles for the Degradation Equation)", status: "not yet" },
  { id: "WE-1.10", lines: [1977, 1977], title: "Scaling Gap", status: "not yet" },
  { id: "WE-1.11", lines: [1489, 1510], title: "Historical efficiency trends", status: "not yet" },
]);
