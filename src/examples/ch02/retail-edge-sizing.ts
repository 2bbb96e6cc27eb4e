/**
 * WE-2.8 Smart retail edge sizing: 500 stores × 20 cameras × 15 FPS (book Ch. 2, seed
 * 004 L3218–L3308).
 */
import { constantQuantity, getConstant } from "../../constants/constant-registry";
import { edgeComputeDemand } from "../../calc/deployment/edge-compute-demand";
import { fleetEnergy } from "../../calc/sustainability/fleet-energy";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-2.8: 300 inferences/s and 2,610 GFLOP/s per store, ~5 TFLOPS with headroom; Coral
 * boards cost a quarter of Jetsons, draw 12× less, and their 3-year power bill is
 * $3,154 (≈ $3K), $78K in all against $9.855M of cloud instances.
 *
 * @example
 * ```ts
 * retailEdgeSizingExample.compute().demand.provisionPerSite.to("TFLOP/s") // 5.22
 * ```
 */
export const retailEdgeSizingExample = workedExample({
  id: "WE-2.8",
  slug: "retail-edge-sizing",
  title: "Smart retail edge sizing",
  chapter: 2,
  section: "Chapter 2, Edge ML (smart retail scenario)",
  lines: [3218, 3308],
  problem: "What compute does each of 500 stores with 20 cameras at 15 FPS need, and what does a Coral fleet cost over 3 years against Jetsons or the cloud?",
  inputs: {
    stores: { label: "stores", value: 500, line: 3218 },
    cameras: { label: "cameras per store", value: 20, line: 3218 },
    fps: { label: "frames per second", value: q(15, "Hz"), line: 3218 },
    operations: { label: "YOLOv8-nano per inference", value: q(8.7, "GFLOP"), line: 3245 },
    headroom: { label: "headroom", value: 2, line: 3251 },
    jetsonCost: { label: "Jetson Orin NX unit cost", value: q(600, "USD"), line: 3283 },
    jetsonPower: { label: "Jetson power (midpoint of 10–40 W)", value: q(25, "W"), line: 3282 },
    coralCost: { label: "Coral Dev unit cost", value: q(150, "USD"), line: 3299 },
    coralPower: { label: "Coral power", value: q(2, "W"), line: 3298 },
    years: { label: "TCO horizon", value: q(3, "year"), line: 3308 },
    electricity: { label: "electricity price", value: constantQuantity("CLOUD_ELECTRICITY_PER_KWH", "USD/kWh"), provenance: getConstant("CLOUD_ELECTRICITY_PER_KWH").provenance },
    cloudPerStore: { label: "cloud instance per store (A10G, as in the TCO example)", value: q(0.75, "USD/h"), line: 2959,
      note: "The book's $9,855K is 500 stores × $0.75/h × 8,760 h × 3 years; the rate is the A10G price of the cloud-vs-edge example." },
  },
  compute: (i) => {
    const demand = edgeComputeDemand({ sites: i.stores, streamsPerSite: i.cameras, fps: i.fps, operationsPerInference: i.operations, headroom: i.headroom });
    const energy = fleetEnergy({ devices: i.stores, powerPerDevice: i.coralPower, duration: i.years }).energy;
    const coralFleet = i.coralCost.times(i.stores);
    const powerBill = i.electricity.times(energy);
    return {
      demand, coralFleet, jetsonFleet: i.jetsonCost.times(i.stores), powerBill, coralTco: coralFleet.plus(powerBill),
      costRatio: i.coralCost.ratio(i.jetsonCost), powerRatio: i.jetsonPower.ratio(i.coralPower), cloud: i.cloudPerStore.times(i.stores).times(i.years),
    };
  },
  checks: [
    { name: "inferences per store", printed: "300 inferences/sec", book: 300, unit: "1/s", tolerance: 1e-12, line: 3240, value: (r) => r.demand.inferencesPerSitePerSecond },
    { name: "compute per store", printed: "2,610 GFLOPs/sec", book: 2610, unit: "GFLOP/s", tolerance: 1e-12, line: 3246, value: (r) => r.demand.demandPerSite },
    { name: "throughput to provision", printed: "~5 TFLOPS", book: 5, unit: "TFLOP/s", tolerance: 0.045, line: 3252, value: (r) => r.demand.provisionPerSite, note: "2,610 × 2 = 5.22 TFLOPS." },
    { name: "Jetson fleet", printed: "USD 300,000", book: 300_000, unit: "USD", tolerance: 1e-12, line: 3284, value: (r) => r.jetsonFleet },
    { name: "Coral fleet", printed: "USD 75,000", book: 75_000, unit: "USD", tolerance: 1e-12, line: 3300, value: (r) => r.coralFleet },
    { name: "Coral cost ÷ Jetson cost", printed: "at 1/4 the cost of Jetson", book: 0.25, unit: "×", tolerance: 1e-12, line: 3306, value: (r) => r.costRatio },
    { name: "Jetson power ÷ Coral power", printed: "with 12× lower power", book: 12, unit: "×", tolerance: 0.042, line: 3306, value: (r) => r.powerRatio },
    { name: "3-year power bill of the Coral fleet", printed: "USD 3 K", book: 3000, expected: 3153.6, unit: "USD", tolerance: 1e-9, line: 3308, value: (r) => r.powerBill,
      note: "2 W × 500 × 8,760 h × 3 × $0.12/kWh = $3,153.60; the book rounds to $3K." },
    { name: "3-year TCO of the Coral fleet", printed: "USD 78,000 total", book: 78_000, unit: "USD", tolerance: 0.002, line: 3308, value: (r) => r.coralTco },
    { name: "3 years of cloud instances", printed: "~USD 9,855 K", book: 9.855e6, unit: "USD", tolerance: 1e-9, line: 3308, value: (r) => r.cloud },
  ],
  conclusion: "Sized from the workload, a $150 board per store does the job; at fleet scale unit cost and watts, not peak TOPS, decide.",
});
