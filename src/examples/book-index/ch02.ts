/**
 * Book index, Chapter 2: the worked examples of reference/book-ch01-06.md, in catalogue
 * order, plus WE-2.16 (the power and memory walls, Eq. 2.2–2.3, which the catalogue lists
 * as equations).
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 2 of the book index. */
export const chapter2Index = chapterIndex(2, [
  { id: "WE-2.1", lines: [2252, 3151], title: "The Energy of Transmission — sensor: local TinyML vs cloud", status: "implemented" },
  { id: "WE-2.2", lines: [2657, 2704], title: "ResNet-50 cloud vs mobile bottleneck", status: "implemented" },
  { id: "WE-2.3", lines: [2178, 2906], title: "Distance Penalty — robot-arm safety monitor", status: "implemented" },
  { id: "WE-2.4", lines: [2938, 3037], title: "Cloud vs Edge TCO — vision system", status: "implemented" },
  { id: "WE-2.5", lines: [3056, 3086], title: "Voice Assistant Wall", status: "implemented" },
  { id: "WE-2.6", lines: [3132, 3147], title: "Factory quality control: 100 cameras", status: "implemented" },
  { id: "WE-2.7", lines: [3169, 3205], title: "Drone object avoidance — Data Locality Invariant", status: "implemented" },
  { id: "WE-2.8", lines: [3218, 3308], title: "Smart retail edge sizing: 500 stores × 20 cameras × 15 FPS", status: "implemented" },
  { id: "WE-2.9", lines: [3362, 3996], title: "Battery tax — always-on phone object detector", status: "implemented" },
  { id: "WE-2.10", lines: [3380, 3395], title: "Thermal wall — 12 W LLM on mobile", status: "implemented" },
  { id: "WE-2.11", lines: [3744, 3792], title: "Emergency-braking decision framework", status: "implemented" },
  { id: "WE-2.12", lines: [3803, 3814], title: "Complexity Tax", status: "implemented" },
  { id: "WE-2.13", lines: [4012, 4042], title: "Amdahl — smartphone camera pipeline", status: "implemented" },
  { id: "WE-2.14", lines: [4008, 4008], title: "TCO pitfall", status: "implemented" },
  { id: "WE-2.15", lines: [4016, 4016], title: "Data-scaling pitfall", status: "implemented" },
  { id: "WE-2.16", lines: [2188, 2200], title: "The power wall and the memory wall", status: "implemented" },
]);
