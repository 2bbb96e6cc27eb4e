/**
 * WE-2.1 "The Energy of Transmission" (book Ch. 2, seed 004 L2252–L2274): should a
 * battery-powered sensor send its audio to the cloud or classify it locally?
 */
import { constantQuantity, getConstant } from "../../constants/constant-registry";
import { transmissionVsLocalEnergy } from "../../calc/deployment/transmission-energy";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-2.1: 1 MB at 100 mJ/MB costs 100 mJ to send, against 0.1 mJ for a local MobileNet
 * inference: 1,000×.
 *
 * @example
 * ```ts
 * energyOfTransmissionExample.compute().ratio // 1000
 * ```
 */
export const energyOfTransmissionExample = workedExample({
  id: "WE-2.1",
  slug: "energy-of-transmission",
  title: "The energy of transmission",
  chapter: 2,
  section: "Chapter 2, The energy of transmission",
  lines: [2252, 2274],
  problem: "Should a battery-powered sensor process one second of audio locally or send it to the cloud?",
  inputs: {
    payload: { label: "data per decision (1 s of audio)", value: q(1, "MB"), line: 2257 },
    energyPerByte: { label: "radio energy (Wi-Fi/LTE)", value: constantQuantity("NETWORK_5G_ENERGY_PER_MB_MJ", "mJ/MB"), provenance: getConstant("NETWORK_5G_ENERGY_PER_MB_MJ").provenance },
    localEnergy: { label: "MobileNet inference on an NPU", value: constantQuantity("ENERGY_MOBILENET_INF_MJ", "mJ"), provenance: getConstant("ENERGY_MOBILENET_INF_MJ").provenance },
  },
  compute: (i) => transmissionVsLocalEnergy(i),
  checks: [
    { name: "energy to transmit", printed: "= 100 mJ", book: 100, unit: "mJ", tolerance: 1e-12, line: 2268, value: (r) => r.transmitEnergy },
    { name: "energy to infer locally", printed: "= 0.1 mJ", book: 0.1, unit: "mJ", tolerance: 1e-12, line: 2270, value: (r) => r.localEnergy },
    { name: "transmit ÷ local", printed: "1,000× more expensive", book: 1000, unit: "×", tolerance: 1e-9, line: 2274, value: (r) => r.ratio },
  ],
  conclusion: "For always-on battery devices the radio, not the arithmetic, sets the energy budget: computing where the data is born wins by three orders of magnitude.",
});
