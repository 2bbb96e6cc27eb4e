/**
 * WE-2.7 Drone obstacle avoidance and the Data Locality Invariant (book Ch. 2, seed 004
 * L3169–L3205).
 */
import { dataLocality } from "../../calc/deployment/data-locality";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-2.7: a 4K frame takes 1,991 ms over a 100 Mbps uplink against a 110 ms remote
 * path: bandwidth-blocked, locality mandatory.
 *
 * @example
 * ```ts
 * droneDataLocalityExample.compute().transmitTime.to("ms") // 1990.656
 * ```
 */
export const droneDataLocalityExample = workedExample({
  id: "WE-2.7",
  slug: "drone-data-locality",
  title: "Drone obstacle avoidance: the Data Locality Invariant",
  chapter: 2,
  section: "Chapter 2, The Data Locality Invariant",
  lines: [3169, 3205],
  problem: "Should a drone's 4K, 60 FPS obstacle avoidance offload frames to the cloud over a 100 Mbps uplink?",
  inputs: {
    payload: { label: "4K frame (3840 × 2160 × 3 B)", value: q(3840 * 2160 * 3, "B"), line: 3188, note: "The book writes ≈ 25 MB; its 1,991 ms is exact for 24,883,200 B." },
    networkBandwidth: { label: "uplink", value: q(100, "Mbps"), line: 3190 },
    networkLatency: { label: "round trip + remote compute", value: q(110, "ms"), line: 3192 },
  },
  compute: (i) => dataLocality(i),
  checks: [
    { name: "transmission time of one frame", printed: "= 1,991 ms", book: 1991, unit: "ms", tolerance: 2e-4, line: 3199, value: (r) => r.transmitTime },
    { name: "verdict", printed: "the system is Bandwidth Blocked", book: "Bandwidth Blocked", line: 3205, value: (r) => (r.localMandatory ? "Bandwidth Blocked" : "offload possible") },
  ],
  conclusion: "Even an infinitely fast cloud cannot help when moving the input takes 18× longer than the whole latency budget.",
});
