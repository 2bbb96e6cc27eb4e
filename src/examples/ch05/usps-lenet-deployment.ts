/**
 * WE-5.11 "USPS LeNet deployment" (book Ch. 5, Tables 5.5 and 5.6, seed 004 L9922–L10067).
 */
import { parameterMemory } from "../../calc/model/numeric-format";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-5.11: the 1990s USPS digit reader against the same network on a 2025 board.
 *
 * @example
 * ```ts
 * uspsLenetDeploymentExample.compute().energyGain // 20000
 * ```
 */
export const uspsLenetDeploymentExample = workedExample({
  id: "WE-5.11",
  slug: "usps-lenet-deployment",
  title: "USPS LeNet deployment",
  chapter: 5,
  section: "Chapter 5, Case study: USPS digit recognition (Tables 5.5 and 5.6)",
  lines: [9922, 10067],
  problem: "How much cheaper, faster and more energy-efficient is the same ~10,000-parameter network on 2025 hardware than on the 1990 workstation?",
  inputs: {
    params: { label: "model parameters", value: q(10_000, "param"), line: 9949 },
    cost1990: { label: "hardware cost, 1990s", value: q(50_000, "USD"), line: 10023 },
    cost2025: { label: "hardware cost, 2025", value: q(50, "USD"), line: 10024 },
    latency1990: { label: "latency per digit, 1990s", value: q(100, "ms"), line: 10030 },
    latency2025: { label: "latency per digit, 2025", value: q(0.1, "ms"), line: 10031 },
    power1990Low: { label: "power, 1990s (low)", value: q(50, "W"), line: 10037 },
    power1990High: { label: "power, 1990s (high)", value: q(100, "W"), line: 10037 },
    power2025: { label: "power, 2025", value: q(5, "W"), line: 10038 },
    training1990: { label: "training time, 1990s", value: q(3, "day"), line: 10044 },
    training2025: { label: "training time, 2025", value: q(30, "s"), line: 10045 },
  },
  compute: (i) => {
    const energy1990 = i.power1990High.times(i.latency1990);
    const energy2025 = i.power2025.times(i.latency2025);
    return {
      storage: parameterMemory({ params: i.params, precision: "fp32" }),
      energy1990, energy2025,
      energyGain: energy1990.div(energy2025).to("1"),
      costGain: i.cost1990.ratio(i.cost2025),
      latencyGain: i.latency1990.ratio(i.latency2025),
      powerGainLow: i.power1990Low.ratio(i.power2025),
      powerGainHigh: i.power1990High.ratio(i.power2025),
      trainingGain: i.training1990.ratio(i.training2025),
    };
  },
  checks: [
    { name: "model storage in FP32", printed: "~39 KB", book: 39, unit: "KiB", tolerance: 2e-3, line: 10051, value: (r) => r.storage, note: "10,000 × 4 B = 40,000 B = 39.1 KiB." },
    { name: "hardware cost", printed: "1,000×", book: 1000, unit: "×", tolerance: 0, line: 10025, value: (r) => r.costGain },
    { name: "latency", printed: "1,000×", book: 1000, unit: "×", tolerance: 1e-12, line: 10032, value: (r) => r.latencyGain },
    { name: "power (50 W)", printed: "10–20×", book: 10, unit: "×", tolerance: 0, line: 10039, value: (r) => r.powerGainLow },
    { name: "power (100 W)", printed: "20×", book: 20, unit: "×", tolerance: 0, line: 10039, value: (r) => r.powerGainHigh },
    { name: "training time", printed: "8,640×", book: 8640, unit: "×", tolerance: 1e-12, line: 10046, value: (r) => r.trainingGain },
    { name: "energy per inference, 1990s (100 W × 100 ms)", printed: "~10 J", book: 10, unit: "J", tolerance: 1e-12, line: 10058, value: (r) => r.energy1990 },
    { name: "energy per inference, 2025 (5 W × 0.1 ms)", printed: "~0.5 mJ", book: 0.5, unit: "mJ", tolerance: 1e-12, line: 10059, value: (r) => r.energy2025 },
    { name: "energy per inference", printed: "20,000×", book: 20_000, unit: "×", tolerance: 1e-12, line: 10060, value: (r) => r.energyGain },
  ],
  conclusion: "The algorithm and its 39 KB of weights did not change; every factor of a thousand came from hardware, and energy per inference improved most.",
});
