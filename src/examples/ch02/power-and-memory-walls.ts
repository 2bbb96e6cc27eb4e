/**
 * WE-2.16 The power wall and the memory wall (book Ch. 2, Eq. 2.2 and 2.3, seed 004
 * L2188–L2200).
 */
import { dynamicPowerRatio } from "../../calc/deployment/power-wall";
import { memoryWallGap } from "../../calc/deployment/memory-wall";
import { exponentialGrowth } from "../../calc/performance/exponential-growth";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-2.16: doubling the clock with V ∝ f costs 8× the power; compute at 1.6×/year
 * against bandwidth at 1.2×/year widens the gap 1.33× a year (a doubling every 18
 * months is 1.59× a year).
 *
 * @example
 * ```ts
 * powerAndMemoryWallsExample.compute().powerRatio // 8
 * ```
 */
export const powerAndMemoryWallsExample = workedExample({
  id: "WE-2.16",
  slug: "power-and-memory-walls",
  title: "The power wall and the memory wall",
  chapter: 2,
  section: "Chapter 2, Physical constraints (Eq. 2.2 and 2.3)",
  lines: [2188, 2200],
  problem: "What does doubling the clock cost in power, and how fast does compute outrun memory bandwidth?",
  inputs: {
    frequencyRatio: { label: "clock frequency ratio", value: 2, line: 2190 },
    computeGrowth: { label: "compute growth per year", value: 1.6, line: 2198 },
    bandwidthGrowth: { label: "memory-bandwidth growth per year", value: 1.2, line: 2198 },
    computeDoubling: { label: "compute doubles every", value: q(18, "month"), line: 2200 },
    decade: { label: "span", value: q(10, "year"), provenance: { seed: "user", source: "assumption of this example", note: "A decade, to show how the yearly gap compounds." } },
  },
  compute: (i) => ({
    powerRatio: dynamicPowerRatio({ frequencyRatio: i.frequencyRatio }),
    wall: memoryWallGap({ computeGrowthPerYear: i.computeGrowth, bandwidthGrowthPerYear: i.bandwidthGrowth, duration: i.decade }),
    computeFromDoubling: exponentialGrowth({ duration: q(1, "year"), doublingTime: i.computeDoubling }).factor,
  }),
  checks: [
    { name: "power for a doubled clock", printed: "approximately 8× more power", book: 8, unit: "×", tolerance: 1e-12, line: 2190, value: (r) => r.powerRatio },
    { name: "compute ÷ bandwidth growth per year", printed: "≈ 1.33×/year", book: 1.33, unit: "×/year", tolerance: 0.003, line: 2198, value: (r) => r.wall.gapPerYear },
    { name: "compute growth from an 18-month doubling", printed: "≈ 1.6×/year", book: 1.6, unit: "×/year", tolerance: 0.01, line: 2198, value: (r) => r.computeFromDoubling,
      note: "2^(12/18) = 1.587× a year (with the library's 30-day month, 1.60)." },
  ],
  conclusion: "Power ended the clock race and bandwidth lags compute a little more every year, which is why data movement dominates modern ML.",
});
