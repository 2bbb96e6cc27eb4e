/**
 * Book index, Chapter 4: the worked examples of reference/book-ch01-06.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 4 of the book index. */
export const chapter4Index = chapterIndex(4, [
  { id: "WE-4.1", lines: [5229, 5316], title: "Physics of Data Gravity: 1 PB, US-East → US-West", status: "implemented" },
  { id: "WE-4.2", lines: [5241, 5245], title: "The Feeding Problem / Feeding Tax", status: "implemented" },
  { id: "WE-4.3", lines: [5463, 5485], title: "KWS false-wake budget", status: "implemented" },
  { id: "WE-4.4", lines: [5587, 5717], title: "KWS design-space budgeting", status: "implemented" },
  { id: "WE-4.5", lines: [5920, 5923], title: "Synthetic data notebook", status: "not numeric", reason: "The book only announces a notebook on synthetic audio (pitch shift, noise, room impulses) and gives no figures to compute." },
  { id: "WE-4.6", lines: [5359, 5363], title: "Credit-scoring zip-code cascade", status: "not numeric", reason: "A qualitative failure story (a zip-code cast drops the leading zero and a region is rejected); no figures. The credit_applications generator injects this schema fault." },
  { id: "WE-4.7", lines: [5985, 6008], title: "KS drift test on session_duration", status: "implemented" },
  { id: "WE-4.8", lines: [6222, 6235], title: "Cost of real-time: batch vs stream", status: "implemented" },
  { id: "WE-4.9", lines: [6268, 6330], title: "ETL vs ELT cost comparison", status: "implemented" },
  { id: "WE-4.10", lines: [6468, 6504], title: "Distributed mean: centralized vs local aggregation", status: "implemented" },
  { id: "WE-4.11", lines: [6599, 6619], title: "Active learning multiplier", status: "implemented" },
  { id: "WE-4.12", lines: [6981, 7018], title: "Storage bandwidth budget: A100 training ResNet-50", status: "implemented" },
  { id: "WE-4.13", lines: [7035, 7066], title: "Format efficiency CSV vs Parquet", status: "implemented" },
  { id: "WE-4.14", lines: [6871, 7424], title: "KWS tiered storage", status: "implemented" },
  { id: "WE-4.15", lines: [6463, 7397], title: "Misc. sizing examples", status: "implemented" },
]);
