/**
 * W10.2 "Background blur at 30 FPS": INT8 turns an 8 FPS segmentation model into a
 * 35 FPS one (book Ch. 10, seed 004 L24055–L24075).
 */
import { bytesPerElement } from "../../calc/model/numeric-format";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.2: FP32 → INT8 is 4× smaller; 8 → 35 FPS is a 4.4× speedup and crosses the 33 ms frame budget. */
export const backgroundBlurExample = workedExample({
  id: "W10.2",
  slug: "background-blur",
  title: "Background blur: INT8 makes a feature shippable",
  chapter: 10,
  section: "Chapter 10, Why compression matters (background-blur case)",
  lines: [24055, 24075],
  problem: "A segmentation model runs at 8 FPS in FP32 and the feature needs 30 FPS: what does INT8 on the phone's NPU deliver?",
  inputs: {
    target: { label: "Target frame rate (fps)", value: 30, line: 24062 },
    fp32Fps: { label: "MobileNetV3 FP32 frame rate (fps)", value: 8, line: 24064 },
    int8Fps: { label: "INT8 frame rate (fps)", value: 35, line: 24071 },
  },
  compute: (i) => ({
    sizeReduction: bytesPerElement("fp32") / bytesPerElement("int8"),
    speedup: i.int8Fps / i.fp32Fps,
    frameBudget: q(1 / i.target, "s"),
    int8Frame: q(1 / i.int8Fps, "s"),
    ships: i.int8Fps >= i.target ? "ships" : "too slow",
  }),
  checks: [
    { name: "size reduction", printed: "reduces size by 4×", book: 4, unit: "×", tolerance: 0, line: 24069, value: (r) => r.sizeReduction },
    { name: "INT8 meets 30 FPS", printed: "Speed jumps to 35 FPS", book: "ships", line: 24071, value: (r) => r.ships },
  ],
  conclusion: "8 → 35 FPS is 4.4×, from 125 ms to 29 ms a frame, inside the 33 ms budget: without INT8 the feature would not exist on this phone.",
});
