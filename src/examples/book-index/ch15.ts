/**
 * Book index, Chapter 15: the worked examples and numeric examples of
 * reference/book-ch13-15.md §15, in book order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 15 of the book index. */
export const chapter15Index = chapterIndex(15, [
  { id: "W15.1", lines: [37948, 37961], title: "COMPAS: FPR 44.9 % vs 23.5 %, FNR 47.7 % vs 28.0 %", status: "implemented" },
  { id: "W15.2", lines: [38017, 38038], title: "Alignment gap / Goodhart (Eq. 15.1)", status: "not numeric",
    reason: "Conceptual: the book states correlations (0.8 → 0.2) and changes (+20 % clicks, −5 % satisfaction) but computes no gap; it calls the quantification conceptual." },
  { id: "W15.4", lines: [38197, 38197], title: "Representation arithmetic: 10 samples of a 1 % subgroup, 100× more data", status: "implemented" },
  { id: "W15.3", lines: [38202, 38252], title: "Gender Shades error-rate disparity (Table 15.2)", status: "implemented" },
  { id: "W15.5", lines: [38254, 38254], title: "The four-fifths rule (60 % → 48 %)", status: "implemented" },
  { id: "W15.6", lines: [38396, 38402], title: "FaceID minority test set (100,000 random vs 1,000 stratified)", status: "implemented" },
  { id: "W15.7", lines: [38603, 38697], title: "Fairness analysis in loan approval (Tables 15.6–15.7)", status: "implemented" },
  { id: "W15.8", lines: [38822, 38851], title: "Price of fairness (hiring model, '3 % utility')", status: "not numeric",
    reason: "No group sizes, base rates or score distributions are given, so the 3 % cannot be derived; notebook 15 computes the trade-off on generated data with fairnessFrontier." },
  { id: "W15.9", lines: [38957, 38957], title: "GDPR Article 22 review load (1,000 cases a day)", status: "implemented" },
  { id: "W15.10", lines: [39093, 39211], title: "Edge deployment fit (Tables 15.11–15.12)", status: "implemented" },
  { id: "W15.11", lines: [39228, 39496], title: "TCO of a recommender for 10 M users a day ($2.07 M)", status: "implemented" },
  { id: "W15.12", lines: [39245, 39496], title: "Carbon of the recommender (0.16 kg/GPU-h, ≈ 99 t)", status: "implemented" },
  { id: "W15.13", lines: [39531, 39546], title: "GPT-3-scale carbon (520 t, 113 cars)", status: "implemented" },
  { id: "W15.15", lines: [39657, 39657], title: "30 pp TPR gap = 4× higher rejection", status: "implemented" },
  { id: "W15.17", lines: [39681, 39681], title: "A 20 % latency cut saves $304K and 19 t CO₂", status: "implemented" },
]);
