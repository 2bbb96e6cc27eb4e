/**
 * WE-2.10 The thermal wall: a 12 W LLM on a phone (book Ch. 2, seed 004 L3380–L3395).
 */
import { thermalThrottle } from "../../calc/deployment/thermal-throttle";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

const assumed = (note: string) => ({ seed: "user" as const, source: "assumption of this example", note });

/**
 * WE-2.10: at 10 W against ~3 W of passive cooling a phone warms 1 °C a second and trips
 * at 80 °C within a minute; a 12 W model needs 4× less power, which INT8 gives.
 *
 * @example
 * ```ts
 * thermalWallExample.compute().tenWatts.timeToThrottle?.to("s") // 60
 * ```
 */
export const thermalWallExample = workedExample({
  id: "WE-2.10",
  slug: "thermal-wall",
  title: "The thermal wall of a 12 W model on a phone",
  chapter: 2,
  section: "Chapter 2, Mobile ML (the thermal wall)",
  lines: [3380, 3395],
  problem: "Can a 12 W model run on a phone whose passive cooling sheds about 3 W?",
  inputs: {
    peak: { label: "model power", value: q(12, "W"), line: 3380 },
    tdp: { label: "passive cooling (TDP)", value: q(3, "W"), line: 3385 },
    tenWatts: { label: "power of the heating example", value: q(10, "W"), line: 3387 },
    heatCapacity: { label: "heat capacity (J/°C)", value: 7, provenance: assumed("Chosen so that 10 W against 3 W of cooling warms the phone 1 °C per second, the book's rate.") },
    start: { label: "starting temperature (°C)", value: 20, provenance: assumed("Room temperature: 60 s at 1 °C/s then reaches the 80 °C trip point, the book's 'within 60 seconds'.") },
    trip: { label: "thermal trip point (°C)", value: 80, line: 3389 },
  },
  compute: (i) => {
    const run = (power: typeof i.peak) => thermalThrottle({ power, sustainablePower: i.tdp, heatCapacityJoulesPerDegree: i.heatCapacity, startTemperature: i.start, tripTemperature: i.trip });
    return { tenWatts: run(i.tenWatts), peak: run(i.peak) };
  },
  checks: [
    { name: "heating at 10 W", printed: "≈ 1°C per second", book: 1, unit: "°C/s", tolerance: 1e-12, line: 3387, value: (r) => r.tenWatts.heatingRateDegreesPerSecond },
    { name: "time to the 80 °C trip point", printed: "Within 60 seconds", book: 60, unit: "s", tolerance: 1e-12, line: 3389, value: (r) => r.tenWatts.timeToThrottle! },
    { name: "power reduction a 12 W model needs", printed: "reduces power by approximately 4×", book: 4, unit: "×", tolerance: 1e-12, line: 3395, value: (r) => r.peak.requiredPowerReduction },
  ],
  conclusion: "Sustained power, not peak compute, is the phone's limit: a model must fit the cooling budget, and quantisation is how it gets there.",
});
