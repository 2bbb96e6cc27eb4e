/**
 * WE-6.16 "Wildlife camera-trap architecture selection" (book Ch. 6, seed 004 L13098–L13245).
 */
import { getModel } from "../../constants/models";
import { activationMemory } from "../../calc/memory/activation-memory";
import { fitsOnDevice } from "../../calc/memory/fits-on-device";
import { parameterMemory } from "../../calc/model/numeric-format";
import { ironLaw } from "../../calc/performance/iron-law";
import { q } from "../../units/quantity";
import { recordInput, workedExample } from "../worked-example";

const resnet = getModel("ResNet-50");
const mobilenetV1 = getModel("MobileNetV1");

/**
 * WE-6.16: memory, latency and energy of MobileNetV2 (0.75×) INT8 on a Cortex-A53 board.
 *
 * @example
 * ```ts
 * wildlifeCameraTrapExample.compute().latency.to("ms") // 75
 * ```
 */
export const wildlifeCameraTrapExample = workedExample({
  id: "WE-6.16",
  slug: "wildlife-camera-trap",
  title: "Wildlife camera-trap architecture selection",
  chapter: 6,
  section: "Chapter 6, Architecture selection: a wildlife camera trap (complete case)",
  lines: [13098, 13245],
  problem: "Which vision model fits a solar camera trap with 512 MB of RAM, a 500 ms latency budget and about 2 W, and does the choice pass the memory, compute and power checks?",
  inputs: {
    resnetParams: recordInput("ResNet-50 parameters", resnet.params, resnet, "params"),
    mobilenetV1Params: recordInput("MobileNetV1 parameters", mobilenetV1.params, mobilenetV1, "params"),
    chosenParams: { label: "MobileNetV2 (0.75×) parameters", value: q(2.2e6, "param"), line: 13186 },
    chosenOps: { label: "MobileNetV2 (0.75×) operations", value: q(150e6, "op"), line: 13188 },
    activationElements: { label: "largest activation map (224×224×64)", value: 224 * 224 * 64, line: 13198 },
    osBuffers: { label: "OS and buffers", value: q(50, "MB"), line: 13198 },
    ram: { label: "RAM", value: q(512, "MB"), line: 13155 },
    deviceRate: { label: "Cortex-A53 with NEON, INT8", value: q(2, "GOPS"), line: 13202 },
    power: { label: "inference power", value: q(200, "mW"), line: 13206 },
    inferencesPerDay: { label: "inferences per day", value: 100, line: 13206 },
  },
  compute: (i) => {
    const model = parameterMemory({ params: i.chosenParams, precision: "int8" });
    const activations = activationMemory({ batch: 1, elementsPerSample: i.activationElements, precision: "fp32" }).memory;
    const total = model.plus(activations).plus(i.osBuffers);
    const latency = ironLaw({ dataVolume: 0, bandwidth: 1, operations: i.chosenOps, peakFlops: i.deviceRate, efficiency: 1, latency: 0 }).computeTime;
    const energy = i.power.times(latency);
    return {
      resnetFp32: parameterMemory({ params: i.resnetParams, precision: "fp32" }),
      v1Fp32: parameterMemory({ params: i.mobilenetV1Params, precision: "fp32" }),
      v1Int8: parameterMemory({ params: i.mobilenetV1Params, precision: "int8" }),
      chosenFp32: parameterMemory({ params: i.chosenParams, precision: "fp32" }),
      model, activations, total, fit: fitsOnDevice({ required: total, capacity: i.ram }),
      latency, energy, energyPerDay: energy.times(i.inferencesPerDay),
    };
  },
  checks: [
    { name: "ResNet-50 in FP32", printed: "~102 MB FP32", book: 102, unit: "MB", tolerance: 5e-3, line: 13175, value: (r) => r.resnetFp32 },
    { name: "MobileNetV1 in FP32", printed: "~17 MB at FP32", book: 17, unit: "MB", tolerance: 0.015, line: 13177, value: (r) => r.v1Fp32 },
    { name: "MobileNetV1 in INT8", printed: "~4 MB quantized to INT8", book: 4, unit: "MB", tolerance: 0.06, line: 13177, value: (r) => r.v1Int8, note: "4.2 MB." },
    { name: "MobileNetV2 (0.75×) in FP32", printed: "~9 MB FP32", book: 9, unit: "MB", tolerance: 0.025, line: 13186, value: (r) => r.chosenFp32 },
    { name: "activations 224×224×64×4 B", printed: "≈ 12 MB", book: 12, expected: 12.845056, unit: "MB", tolerance: 1e-9, line: 13198, value: (r) => r.activations,
      note: "12.85 MB (12.25 MiB); the book's own total of 65 MB uses 12.85." },
    { name: "memory total", printed: "= 65 MB", book: 65, unit: "MB", tolerance: 1e-3, line: 13198, value: (r) => r.total },
    { name: "fits in the RAM", printed: "≪ 512 MB", book: "fits", line: 13198, value: (r) => (r.fit.fits ? "fits" : "does not fit") },
    { name: "latency", printed: "= 75 ms latency", book: 75, unit: "ms", tolerance: 1e-12, line: 13204, value: (r) => r.latency },
    { name: "energy per inference", printed: "= 15 mJ per inference", book: 15, unit: "mJ", tolerance: 1e-12, line: 13206, value: (r) => r.energy },
    { name: "energy per day", printed: "1.5 J/day", book: 1.5, unit: "J", tolerance: 1e-12, line: 13206, value: (r) => r.energyPerDay },
  ],
  conclusion: "MobileNetV2 at 0.75× width and INT8 uses an eighth of the RAM, a sixth of the latency budget and millijoules per image: the constraints, not the accuracy table, chose it.",
});
