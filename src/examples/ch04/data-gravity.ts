/**
 * WE-4.1 "The physics of data gravity": move a petabyte across the country, or move
 * the training job to it? (book Ch. 4, seed 004 L5229, L5301–L5316).
 */
import { constantQuantity, getConstant } from "../../constants/constant-registry";
import { dataGravityTransfer } from "../../calc/data/data-gravity";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** WE-4.1: 1 PB over 100 Gbps takes 80,000 s ≈ 22 h and $90,000 of egress; over 10 Gbps ≈ 9 days. */
export const dataGravityExample = workedExample({
  id: "WE-4.1",
  slug: "data-gravity",
  title: "The physics of data gravity: 1 PB from US East to US West",
  chapter: 4,
  section: "Chapter 4, Data gravity (The Physics of Data Gravity)",
  lines: [5229, 5316],
  problem: "A 1 PB dataset sits in US East and the TPU pod in US West: how long and how much does moving the data take?",
  inputs: {
    volume: { label: "Dataset", value: q(1, "PB"), line: 5301 },
    dedicatedLink: { label: "Dedicated line", value: q(100, "Gbps"), line: 5306 },
    slowLink: { label: "Ordinary link (introduction)", value: q(10, "Gbps"), line: 5229 },
    egress: { label: "Cloud egress price", value: constantQuantity("CLOUD_EGRESS_PER_GB", "USD/GB"), provenance: getConstant("CLOUD_EGRESS_PER_GB").provenance },
  },
  compute: (i) => ({
    fast: dataGravityTransfer({ volume: i.volume, linkRate: i.dedicatedLink, egressPrice: i.egress }),
    slow: dataGravityTransfer({ volume: i.volume, linkRate: i.slowLink }),
  }),
  checks: [
    { name: "line rate in bytes", printed: "12.5 GB/s", book: 12.5, unit: "GB/s", tolerance: 0, line: 5306, value: (r) => r.fast.effectiveRate },
    { name: "transfer time", printed: "80,000 seconds ≈ 22 hours", book: 80_000, unit: "s", tolerance: 1e-12, line: 5308, value: (r) => r.fast.time },
    { name: "transfer time in hours", printed: "≈ 22 hours", book: 22, unit: "h", tolerance: 0.011, line: 5308, value: (r) => r.fast.time, note: "22.2 h, rounded." },
    { name: "egress cost", printed: "USD 90,000", book: 90_000, unit: "USD", tolerance: 1e-12, line: 5310, value: (r) => r.fast.egressCost },
    { name: "1 PB over 10 Gbps", printed: "≈ 9 days", book: 9, unit: "day", tolerance: 0.03, line: 5229, value: (r) => r.slow.time, note: "9.26 days, rounded." },
  ],
  conclusion:
    "At petabyte scale moving the data costs about a day and $90,000 before any training starts; the computation should move to where the data lives.",
});
