/**
 * WE-4.4 "KWS design-space budgeting": split a $150K budget and count the labels it
 * buys (book Ch. 4, seed 004 L5587–L5717).
 */
import { labelingBudget } from "../../calc/data/labeling-budget";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** WE-4.4: $90K / $37.5K / $22.5K, and 750K labels at $0.10 + 20 % review: below 1M, not "between 1M and 10M". */
export const kwsDesignBudgetExample = workedExample({
  id: "WE-4.4",
  slug: "kws-design-budget",
  title: "Keyword spotting: budgeting the design space",
  chapter: 4,
  section: "Chapter 4, KWS design-space scenario (Table 4.1)",
  lines: [5587, 5717],
  problem: "With $150K, how should a KWS team split its budget, and how many labelled examples does the labelling share buy?",
  inputs: {
    budget: { label: "Budget", value: q(150_000, "USD"), line: 5616 },
    labeling: { label: "Labelling share", value: 0.6, line: 5619 },
    storage: { label: "Storage/processing share", value: 0.25, line: 5621 },
    governance: { label: "Governance/other share", value: 0.15, line: 5623 },
    pricePerLabel: { label: "Price per label", value: q(0.1, "USD"), line: 5627 },
    review: { label: "Review overhead", value: 0.2, line: 5627 },
  },
  compute: (i) => {
    const r = labelingBudget({ budget: i.budget, shares: { labeling: i.labeling, storage: i.storage, governance: i.governance }, pricePerLabel: i.pricePerLabel, reviewOverhead: i.review });
    return { ...r, band: r.labels < 1e6 ? "below 1M" : r.labels <= 1e7 ? "between 1M and 10M" : "above 10M" };
  },
  checks: [
    { name: "labelling budget", printed: "90 K available", book: 90_000, unit: "USD", tolerance: 1e-12, line: 5619, value: (r) => r.amounts.labeling },
    { name: "storage and processing", printed: "37.5 K", book: 37_500, unit: "USD", tolerance: 1e-12, line: 5621, value: (r) => r.amounts.storage },
    { name: "governance and other", printed: "22.5 K", book: 22_500, unit: "USD", tolerance: 1e-12, line: 5623, value: (r) => r.amounts.governance },
    { name: "labelled examples", printed: "90 K ÷ 0.12 = 750 K labeled examples", book: 750_000, unit: "labels", tolerance: 0, line: 5627, value: (r) => r.labels },
    { name: "where 750K sits in Table 4.1's 1M–10M row", printed: "between 1M and 10M", book: "between 1M and 10M", expected: "below 1M", line: 5629, value: (r) => r.band,
      note: "750K is below the table's 1M end, so the +5–8 % of the 1M → 10M row does not apply as stated." },
  ],
  conclusion: "The budget buys 750K real labels; the 98 % target then rests on 16 kHz audio and 2M cheap synthetic examples rather than more labels.",
});
