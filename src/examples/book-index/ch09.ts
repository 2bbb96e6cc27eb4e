/**
 * Book index, Chapter 9: the worked examples of reference/book-ch07-12.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 9 of the book index. */
export const chapter9Index = chapterIndex(9, [
  { id: "W9.1", lines: [21374, 21374], title: "70B compute vs data gap", status: "not numeric", reason: "The '10T tokens' a 10,000-H100 budget can process is asserted without the efficiency it assumes; the only arithmetic is 10T / 5T = 2×." },
  { id: "W9.2", lines: [21515, 21556], title: "Scenario: Training our ResNet-50 … random batch selection versus EL2N-based coreset", status: "implemented" },
  { id: "W9.3", lines: [21581, 21612], title: "Physics of noise", status: "implemented" },
  { id: "W9.4", lines: [21718, 21733], title: "Coreset 1M → 100k", status: "not numeric", reason: "A qualitative walkthrough (proxy trained 5 epochs, keep the top 100,000 by EL2N) with no figures to recompute; the selection algorithms are in calc/selection." },
  { id: "W9.5", lines: [21804, 21804], title: "DLRM embedding dedup", status: "not numeric", reason: "An empirical claim (20 % fewer unique interactions shrink DLRM embedding tables by 30–40 %) that does not follow from the numbers given." },
  { id: "W9.6", lines: [21904, 21955], title: "Curriculum speedups", status: "implemented" },
  { id: "W9.7", lines: [21989, 22015], title: "Problem: … medical diagnostic AI … 1 Million unlabeled scans … $5.00 … budget of $500,000 … deadline of 1 month", status: "implemented" },
  { id: "W9.8", lines: [22038, 22038], title: "Semi-supervised clinical economics", status: "implemented" },
  { id: "W9.9", lines: [22058, 22125], title: "FixMatch", status: "implemented" },
  { id: "W9.10", lines: [22253, 22264], title: "Foundation-model amortization", status: "implemented" },
  { id: "W9.11", lines: [22382, 22410], title: "KWS data stack", status: "implemented" },
  { id: "W9.12", lines: [22674, 22718], title: "Scenario: Given 1 million training images … 100k coreset (10%) using EL2N", status: "implemented" },
  { id: "W9.13", lines: [22725, 22744], title: "Problem: An active learning system selects the best 10% …", status: "implemented" },
  { id: "W9.14", lines: [22786, 22837], title: "Random-access penalty", status: "implemented" },
  { id: "W9.15", lines: [22871, 22921], title: "Scenario: Training ResNet-50 on ImageNet with heavy augmentation (RandAugment + MixUp)", status: "implemented" },
  { id: "W9.16", lines: [23000, 23046], title: "Vision data cost table", status: "implemented" },
  { id: "W9.17", lines: [23125, 23146], title: "Active-learning break-even", status: "implemented" },
  { id: "W9.18", lines: [23154, 23236], title: "Dedup amortized ROI", status: "implemented" },
  { id: "W9.19", lines: [23250, 23256], title: "CIFAR-10.1 leakage", status: "not numeric", reason: "A reported measurement (CIFAR-10.1 accuracy drops 11–14 %, Recht et al. 2019); nothing to compute." },
  { id: "W9.20", lines: [23387, 23422], title: "Scenario: Select a 10% coreset from ImageNet (1.2M images) using 8 workers with 4 GPUs each", status: "implemented" },
  { id: "W9.21", lines: [23697, 23739], title: "Fallacy numbers", status: "implemented" },
  { id: "W9.22", lines: [21574, 23453], title: "Other quick numbers", status: "not numeric", reason: "A list of reported figures (dataset sizes, published augmentation gains, duplicate rates) without arithmetic to redo." },
]);
