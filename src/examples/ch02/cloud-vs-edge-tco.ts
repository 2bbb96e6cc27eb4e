/**
 * WE-2.4 Cloud vs edge TCO for a vision system (book Ch. 2, seed 004 L2938–L3037; the
 * printed table is partly garbled and is reconstructed from its line items).
 */
import { constantQuantity, getConstant } from "../../constants/constant-registry";
import { breakEvenUtilization } from "../../calc/economics/break-even";
import { costBreakdown } from "../../calc/economics/cost-breakdown";
import { fleetEnergy } from "../../calc/sustainability/fleet-energy";
import { q, type Quantity } from "../../units/quantity";
import { workedExample } from "../worked-example";

const electricity = { label: "electricity price", value: constantQuantity("CLOUD_ELECTRICITY_PER_KWH", "USD/kWh"), provenance: getConstant("CLOUD_ELECTRICITY_PER_KWH").provenance };

/**
 * WE-2.4: cloud $35,136 a year against edge $21,610 for 1M inferences a day: edge wins
 * by 38 %, breaks even at 61.5 % of that volume, and labour is 69 % of its cost.
 *
 * @example
 * ```ts
 * cloudVsEdgeTcoExample.compute().edge.total.format() // "$21,610/year"
 * ```
 */
export const cloudVsEdgeTcoExample = workedExample({
  id: "WE-2.4",
  slug: "cloud-vs-edge-tco",
  title: "Cloud vs edge TCO for a vision system",
  chapter: 2,
  section: "Chapter 2, Cost of ownership (Eq. 2.7 break-even)",
  lines: [2938, 3037],
  problem: "For 1M ResNet-50 inferences a day with 100 KB responses, is a cloud deployment or an on-premise T4 server cheaper per year, and where do they break even?",
  inputs: {
    volume: { label: "inferences per day", value: q(1e6, "1/day"), line: 2938 },
    gpuInstances: { label: "A10G instances", value: 4, line: 2959 },
    gpuPrice: { label: "A10G price", value: q(0.75, "USD/h"), line: 2959 },
    response: { label: "response size", value: q(100, "KiB"), line: 2938, note: "The book's 95 GB/day of egress is 1M × 100 KiB = 95.4 GiB." },
    egressPrice: { label: "egress price (per GiB, as the book's total implies)", value: q(0.09, "USD/GiB"), line: 2961 },
    loadBalancer: { label: "load balancer", value: q(3723, "USD/year"), line: 2967 },
    logging: { label: "CloudWatch / logging", value: q(2000, "USD/year"), line: 2973 },
    server: { label: "T4 server", value: q(15_000, "USD"), line: 3004 },
    serverLife: { label: "server life", value: q(3, "year"), line: 3004 },
    serverPower: { label: "server power, 24/7", value: q(300, "W"), line: 3006 },
    electricity,
    coolingShare: { label: "cooling overhead (share of power)", value: 0.3, line: 3011 },
    network: { label: "fibre line for remote management", value: q(1200, "USD/year"), line: 3018 },
    devops: { label: "DevOps labour (0.1 FTE × $150,000)", value: q(0.1 * 150_000, "USD/year"), line: 3019 },
  },
  compute: (i) => {
    const year = q(1, "year");
    const power = i.electricity.times(fleetEnergy({ devices: 1, powerPerDevice: i.serverPower, duration: year }).energy).div(year);
    const cloud = costBreakdown({ unit: "USD/year", items: {
      gpu: i.gpuPrice.times(i.gpuInstances), egress: i.egressPrice.times(i.response.times(i.volume)), loadBalancer: i.loadBalancer, logging: i.logging } });
    const edge = costBreakdown({ unit: "USD/year", items: {
      hardware: i.server.div(i.serverLife), power, cooling: power.times(i.coolingShare), network: i.network, devops: i.devops } });
    const breakEven = breakEvenUtilization({ fixedCost: edge.total as Quantity<"moneyRate">, costPerUnit: cloud.total.div(i.volume) as Quantity<"money">, capacity: i.volume });
    return { cloud, edge, breakEven, edgeSaving: 1 - edge.total.ratio(cloud.total) };
  },
  checks: [
    { name: "cloud GPU instances per year", printed: "~26280", book: 26_280, unit: "USD/year", tolerance: 1e-9, line: 2960, value: (r) => r.cloud.items.gpu },
    { name: "cloud total per year", printed: "~$35,136/year", book: 35_136, unit: "USD/year", tolerance: 1e-4, line: 2979, value: (r) => r.cloud.total,
      note: "With egress at 95.37 GiB/day × 365 × $0.09 = $3,132.9; at 95 GB exactly the total would be $35,124." },
    { name: "edge cooling per year", printed: "~$95", book: 95, unit: "USD/year", tolerance: 0.005, line: 3012, value: (r) => r.edge.items.cooling },
    { name: "edge total per year", printed: "~$21,610/year", book: 21_610, unit: "USD/year", tolerance: 1e-5, line: 3025, value: (r) => r.edge.total },
    { name: "edge saving at 1M/day", printed: "edge wins by ~38%", book: 0.38, unit: "fraction", tolerance: 0.015, line: 3035, value: (r) => r.edgeSaving },
    { name: "break-even utilisation", printed: "around 60% sustained utilization", book: 0.6, unit: "fraction", tolerance: 0.03, line: 3035, value: (r) => r.breakEven.utilization,
      note: "21,610 / 35,136 = 61.5 % of 1M inferences a day (615K/day), if the cloud bill scales with volume." },
    { name: "labour share of edge TCO", printed: "dominated by labor (69%)", book: 0.69, unit: "fraction", tolerance: 0.006, line: 3037, value: (r) => r.edge.shares.devops },
  ],
  conclusion: "At steady high volume owning the hardware wins, but most of its cost is people, not silicon: the break-even moves with labour, not with GPU prices.",
});
