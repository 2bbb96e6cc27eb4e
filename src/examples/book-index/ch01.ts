/**
 * Book index, Chapter 1: the worked examples of reference/book-ch01-06.md, in catalogue
 * order, plus WE-1.12 (the GPT-3 energy footnote the catalogue lists under WE-1.3).
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 1 of the book index. */
export const chapter1Index = chapterIndex(1, [
  { id: "WE-1.1", lines: [823, 833], title: "STUDENT algebra problem", status: "not numeric",
    reason: "A 1964 algebra word problem quoted to show what the STUDENT program solved; there is no systems quantity to model." },
  { id: "WE-1.2", lines: [774, 774], title: "Verification-gap sizing", status: "implemented" },
  { id: "WE-1.3", lines: [1316, 1347], title: "GPT-3 training time — Iron Law worked example", status: "implemented" },
  { id: "WE-1.4", lines: [1119, 1119], title: "D·A·M diagnosis — ResNet-50 batch-1 on A100", status: "implemented" },
  { id: "WE-1.5", lines: [1224, 1224], title: "Samples-per-dollar illustration", status: "not numeric",
    reason: "Illustrative proportionality (\"10 % more efficiency might yield 1 % accuracy\") with no inputs to compute from." },
  { id: "WE-1.6", lines: [1386, 1386], title: "RoC illustration", status: "not numeric",
    reason: "A hypothetical (\"if a 1 % gain requires 10× more compute\") with no result stated or derivable." },
  { id: "WE-1.7", lines: [1103, 1103], title: "Production recommendation system", status: "not numeric",
    reason: "Qualitative: which Iron Law term a 10 % data reduction or a 2× faster chip moves, without data volumes or times." },
  { id: "WE-1.8", lines: [1878, 1902], title: "Amdahl pitfall — Optimizing individual components", status: "implemented" },
  { id: "WE-1.9", lines: [1237, 1882], title: "Degradation numbers (used as oracles for the Degradation Equation)", status: "implemented" },
  { id: "WE-1.10", lines: [1977, 1977], title: "Scaling Gap", status: "implemented" },
  { id: "WE-1.11", lines: [1489, 1510], title: "Historical efficiency trends", status: "implemented" },
  { id: "WE-1.12", lines: [1075, 1075], title: "GPT-3 training energy and carbon (footnote)", status: "implemented" },
]);
