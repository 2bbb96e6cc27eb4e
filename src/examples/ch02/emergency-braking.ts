/**
 * WE-2.11 The emergency-braking decision framework (book Ch. 2, seed 004 L3744–L3792).
 */
import { distanceDuringLatency } from "../../calc/deployment/distance-during-latency";
import { edgeComputeDemand } from "../../calc/deployment/edge-compute-demand";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-2.11: at 100 km/h a car covers 2.8 m in 100 ms; detection needs 300 GFLOP/s; an
 * edge GPU of $500–1,000 over 10 years costs $50–100 a year.
 *
 * @example
 * ```ts
 * emergencyBrakingExample.compute().distance.to("m") // 2.777…
 * ```
 */
export const emergencyBrakingExample = workedExample({
  id: "WE-2.11",
  slug: "emergency-braking",
  title: "Emergency braking: the decision framework",
  chapter: 2,
  section: "Chapter 2, Choosing a paradigm (decision framework)",
  lines: [3744, 3792],
  problem: "Where should pedestrian detection for emergency braking run: cloud, edge, mobile or TinyML?",
  inputs: {
    speed: { label: "vehicle speed", value: q(100, "km/h"), line: 3752 },
    budget: { label: "response budget", value: q(100, "ms"), line: 3752 },
    operations: { label: "detection per frame", value: q(10, "GFLOP"), line: 3764 },
    fps: { label: "frame rate", value: q(30, "Hz"), line: 3764 },
    gpuLow: { label: "edge GPU, low", value: q(500, "USD"), line: 3781 },
    gpuHigh: { label: "edge GPU, high", value: q(1000, "USD"), line: 3781 },
    life: { label: "vehicle life", value: q(10, "year"), line: 3781 },
  },
  compute: (i) => ({
    distance: distanceDuringLatency({ speed: i.speed, latency: i.budget }),
    demand: edgeComputeDemand({ sites: 1, streamsPerSite: 1, fps: i.fps, operationsPerInference: i.operations }).demandPerSite,
    costLow: i.gpuLow.div(i.life), costHigh: i.gpuHigh.div(i.life),
  }),
  checks: [
    { name: "distance covered within the budget", printed: "2.8 meters in 100 ms", book: 2.8, unit: "m", tolerance: 0.008, line: 3752, value: (r) => r.distance },
    { name: "sustained compute", printed: "= 300 GFLOPs/s", book: 300, unit: "GFLOP/s", tolerance: 1e-12, line: 3764, value: (r) => r.demand },
    { name: "edge GPU per year, low", printed: "= $50-100/year", book: 50, unit: "USD/year", tolerance: 1e-12, line: 3781, value: (r) => r.costLow },
    { name: "edge GPU per year, high", printed: "= $50-100/year", book: 100, unit: "USD/year", tolerance: 1e-12, line: 3781, value: (r) => r.costHigh },
  ],
  conclusion: "Latency eliminates the cloud before compute or cost are considered; what remains is sized by sustained FLOP/s and amortised over the vehicle's life.",
});
