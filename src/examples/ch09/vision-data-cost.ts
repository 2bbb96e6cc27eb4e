/**
 * W9.16 "The total cost of a vision dataset": acquisition, labels, storage and
 * training (book Ch. 9, Eq. 9.15, seed 004 L23000–L23046).
 */
import { totalDataCost } from "../../calc/selection/total-data-cost";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W9.16: $50,000 + $60,000 + $200 + $25,000 = $135,200, 82 % of it data (81.5 %). */
export const visionDataCostExample = workedExample({
  id: "W9.16",
  slug: "vision-data-cost",
  title: "The total cost of a vision dataset",
  chapter: 9,
  section: "Chapter 9, Data economics (Eq. 9.15, cost table)",
  lines: [23000, 23046],
  problem: "What does a 1.2M-image vision dataset cost end to end, and how much of it is data rather than compute?",
  inputs: {
    licence: { label: "Licensed raw data", value: q(50_000, "USD"), line: 23021 },
    images: { label: "Images labelled", value: 1.2e6, line: 23022 },
    labelPrice: { label: "Price per label", value: q(0.05, "USD"), line: 23022 },
    storage: { label: "Storage, 150 GB × 12 months", value: q(200, "USD"), line: 23028 },
    training: { label: "Training, 100 epochs × 8 A100 × 24 h", value: q(25_000, "USD"), line: 23034 },
  },
  compute: (i) => {
    const r = totalDataCost({ acquisitionCost: i.licence.plus(i.storage), labeledSamples: i.images, pricePerLabel: i.labelPrice, computeCost: i.training });
    return { ...r, labels: r.labeling };
  },
  checks: [
    { name: "total", printed: "$135,200", book: 135_200, unit: "USD", tolerance: 1e-12, line: 23040, value: (r) => r.total,
      note: "The labels row is garbled in the text; 1.2M × $0.05 = $60,000 is what the total implies." },
    { name: "data share", printed: "82% data, 18% compute", book: 82, unit: "%", tolerance: 0.007, line: 23046, value: (r) => (r.dataShare ?? Number.NaN) * 100, note: "110,200 / 135,200 = 81.5 %." },
  ],
  conclusion: "Four fifths of the bill is data: cheaper labels or fewer of them move the total far more than faster training.",
});
