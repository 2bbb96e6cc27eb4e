/**
 * WE-2.14 The TCO pitfall (book Ch. 2, Fallacies, seed 004 L4008).
 */
import { costBreakdown } from "../../calc/economics/cost-breakdown";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-2.14: $500 of edge hardware a month grows to $6,000 with network, maintenance and
 * reliability engineering: 3× the $2,000 cloud bill.
 *
 * @example
 * ```ts
 * tcoPitfallExample.compute().edge.total.to("USD/month") // 6000
 * ```
 */
export const tcoPitfallExample = workedExample({
  id: "WE-2.14",
  slug: "tco-pitfall",
  title: "The TCO pitfall: cheap edge hardware, expensive edge operations",
  chapter: 2,
  section: "Chapter 2, Fallacies and pitfalls",
  lines: [4008, 4008],
  problem: "Is $500 a month of edge hardware cheaper than a $2,000 a month cloud service once operations are counted?",
  inputs: {
    cloud: { label: "cloud compute", value: q(2000, "USD/month"), line: 4008 },
    hardware: { label: "edge hardware amortisation", value: q(500, "USD/month"), line: 4008 },
    network: { label: "network engineering", value: q(3000, "USD/month"), line: 4008 },
    maintenance: { label: "hardware maintenance", value: q(500, "USD/month"), line: 4008 },
    reliability: { label: "reliability engineering", value: q(2000, "USD/month"), line: 4008 },
  },
  compute: (i) => {
    const edge = costBreakdown({ unit: "USD/month", items: { hardware: i.hardware, network: i.network, maintenance: i.maintenance, reliability: i.reliability } });
    return { edge, ratio: edge.total.ratio(i.cloud) };
  },
  checks: [
    { name: "edge total per month", printed: "totaling 6000", book: 6000, unit: "USD/month", tolerance: 1e-12, line: 4008, value: (r) => r.edge.total },
    { name: "edge ÷ cloud", printed: "a 3$ difference", book: 3, unit: "×", tolerance: 1e-12, line: 4008, value: (r) => r.ratio,
      note: "The printed sentence is garbled (\"6000−−−a36\\,000---a 3$ difference\"); $6,000 against $2,000 is 3×." },
  ],
  conclusion: "Hardware is the smallest line of an edge deployment; operations decide which paradigm is cheaper.",
});
