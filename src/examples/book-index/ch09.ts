/**
 * Book index, Chapter 9: the worked examples of reference/book-ch07-12.md, in catalogue order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 9 of the book index. */
export const chapter9Index = chapterIndex(9, [
  { id: "W9.1", lines: [21374, 21374], title: "70B compute vs data gap", status: "not yet" },
  { id: "W9.2", lines: [2, 21556], title: "Scenario: Training our ResNet-50 … random batch selection versus EL2N-based coreset", status: "not yet" },
  { id: "W9.3", lines: [21581, 21612], title: "Physics of noise", status: "not yet" },
  { id: "W9.4", lines: [21718, 21733], title: "Coreset 1M → 100k", status: "not yet" },
  { id: "W9.5", lines: [21804, 21804], title: "DLRM embedding dedup", status: "not yet" },
  { id: "W9.6", lines: [21904, 21955], title: "Curriculum speedups", status: "not yet" },
  { id: "W9.7", lines: [21989, 22015], title: "Problem: … medical diagnostic AI … 1 Million unlabeled scans … $5.00 … budget of $500,000 … deadline of 1 month", status: "not yet" },
  { id: "W9.8", lines: [22038, 22038], title: "Semi-supervised clinical economics", status: "not yet" },
  { id: "W9.9", lines: [22058, 22125], title: "FixMatch", status: "not yet" },
  { id: "W9.10", lines: [22253, 22264], title: "Foundation-model amortization", status: "not yet" },
  { id: "W9.11", lines: [22382, 22410], title: "KWS data stack", status: "not yet" },
  { id: "W9.12", lines: [2, 22718], title: "Scenario: Given 1 million training images … 100k coreset (10%) using EL2N", status: "not yet" },
  { id: "W9.13", lines: [22725, 22744], title: "Problem: An active learning system selects the best 10% …", status: "not yet" },
  { id: "W9.14", lines: [22786, 22837], title: "Random-access penalty", status: "not yet" },
  { id: "W9.15", lines: [22871, 22921], title: "Scenario: Training ResNet-50 on ImageNet with heavy augmentation (RandAugment + MixUp)", status: "not yet" },
  { id: "W9.16", lines: [23000, 23046], title: "Vision data cost table", status: "not yet" },
  { id: "W9.17", lines: [23125, 23146], title: "Active-learning break-even", status: "not yet" },
  { id: "W9.18", lines: [23161, 23236], title: "Dedup amortized ROI", status: "not yet" },
  { id: "W9.19", lines: [23250, 23256], title: "CIFAR-10.1 leakage", status: "not yet" },
  { id: "W9.20", lines: [23387, 23422], title: "Scenario: Select a 10% coreset from ImageNet (1.2M images) using 8 workers with 4 GPUs each", status: "not yet" },
  { id: "W9.21", lines: [23697, 23739], title: "Fallacy numbers", status: "not yet" },
  { id: "W9.22", lines: [2, 23453], title: "Other quick numbers", status: "not yet" },
]);
