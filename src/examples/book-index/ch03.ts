/**
 * Book index, Chapter 3: the worked examples of reference/book-ch01-06.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 3 of the book index. */
export const chapter3Index = chapterIndex(3, [
  { id: "WE-3.1", lines: [4299, 4312], title: "Iteration Tax: DR screening, large ensemble vs lightweight model", status: "implemented" },
  { id: "WE-3.2", lines: [4562, 4590], title: "Stage-transition audit", status: "implemented" },
  { id: "WE-3.3", lines: [5029, 5063], title: "Constraint-propagation exercise", status: "implemented" },
  { id: "WE-3.4", lines: [4642, 4655], title: "Bandwidth vs. Compute: rural clinic upload", status: "implemented" },
  { id: "WE-3.5", lines: [4887, 4921], title: "Cloud vs Edge DR deployment economics", status: "implemented" },
  { id: "WE-3.6", lines: [4722, 4968], title: "Model development sizing (with the DR monitoring thresholds)", status: "implemented" },
]);
