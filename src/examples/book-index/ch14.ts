/**
 * Book index, Chapter 14: the worked examples and numeric examples of
 * reference/book-ch13-15.md §14, in book order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 14 of the book index. */
export const chapter14Index = chapterIndex(14, [
  { id: "W14.1", lines: [33999, 34003], title: "Skew cost: $365,000 a year (Eq. 14.2)", status: "implemented" },
  { id: "W14.17", lines: [34227, 34227], title: "Retraining frequencies span '4 orders of magnitude' (Table 14.4)", status: "implemented" },
  { id: "W14.2", lines: [34346, 34372], title: "The compound cost of manual operations (break-even 20 weeks)", status: "implemented" },
  { id: "W14.19", lines: [34729, 34729], title: "Listing 14.2: validate_no_skew (KS statistic > 0.1)", status: "not numeric",
    reason: "A code listing applying ks2samp with D > 0.1 to arbitrary feature columns; no data or figure to reproduce (ks2samp is in the drift module)." },
  { id: "W14.3", lines: [34854, 34881], title: "The cost of silent failures (drift-detection ROI)", status: "implemented" },
  { id: "W14.4", lines: [35033, 35194], title: "Lighthouse fraud model: T* ≈ 1 day and Table 14.9 sensitivity", status: "implemented" },
  { id: "W14.5", lines: [35403, 35405], title: "A/B test sample size (Eq. 14.9)", status: "implemented" },
  { id: "W14.6", lines: [35642, 35706], title: "Where does the time go? (2× model → 1.3× end to end)", status: "implemented" },
  { id: "W14.7", lines: [35721, 35730], title: "P99 latency budget allocation (100 ms)", status: "implemented" },
  { id: "W14.8", lines: [36021, 36025], title: "Cost per 1,000 inferences (Eq. 14.10)", status: "implemented" },
  { id: "W14.9", lines: [36037, 36050], title: "Drift detection delay (1,000 samples, 17 min, 10 days)", status: "implemented" },
  { id: "W14.10", lines: [36112, 36142], title: "Observability data volume vs sampling interval", status: "not numeric",
    reason: "The ~1 GB/s at 1 s sampling is asserted without a metric count or point size; the 60 s row is that figure divided by 60." },
  { id: "W14.11", lines: [36272, 36358], title: "PSI of the age bins (0.029, stable)", status: "implemented" },
  { id: "W14.12", lines: [36497, 36537], title: "Monitoring budget for one ML node ($261/month)", status: "implemented" },
  { id: "W14.13", lines: [36555, 36559], title: "Monitoring ROI (Eq. 14.15, 5×)", status: "implemented" },
  { id: "W14.14", lines: [36684, 36736], title: "Slice analysis (Table 14.19: 91 % overall, tablets 62 %)", status: "implemented" },
  { id: "W14.18", lines: [37009, 37019], title: "Stakeholder arithmetic (4× faster iteration, 1,000 → 800 alerts)", status: "implemented" },
  { id: "W14.15", lines: [37012, 37012], title: "The business cost curve (Fig. 14.9)", status: "implemented" },
  { id: "W14.20", lines: [37121, 37255], title: "ML Test Score bands", status: "not numeric",
    reason: "A 16-item rubric with score bands; the book scores no system with it." },
  { id: "W14.16", lines: [37455, 37470], title: "Annual MLOps ROI (Eq. 14.16, 4.5×)", status: "implemented" },
]);
