/**
 * W15.10 Which efficient model fits which device (book Ch. 15, Tables 15.11 and 15.12,
 * seed 004 L39093–L39211).
 */
import { deploymentFit } from "../../calc/deployment/deployment-fit";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** Reads "Yes"/"No" for one model and context off the fit matrix. */
const fitOf = (model: string, context: string) => (r: ReturnType<typeof deploymentFit>) =>
  (r.find((c) => c.model === model && c.context === context)?.fits ? "Yes" : "No");

/**
 * W15.10: a model fits when it is within both the power budget and the latency
 * requirement; every Yes/No of Table 15.12 follows except TinyML on a smartphone (200 ms > 100 ms), and no model fits the 1 W, 33 ms
 * embedded camera.
 *
 * @example
 * ```ts
 * edgeDeploymentFitExample.compute().filter((c) => c.fits).length // 4
 * ```
 */
export const edgeDeploymentFitExample = workedExample({
  id: "W15.10",
  slug: "edge-deployment-fit",
  title: "Which efficient model fits which device",
  chapter: 15,
  section: "Chapter 15, Efficiency as responsibility (Tables 15.11 and 15.12)",
  lines: [39093, 39211],
  problem: "Which of MobileNetV2, EfficientNet-B0, ResNet-50 and a TinyML model run within the power and latency budget of a smartphone, an IoT sensor, an embedded camera and a wearable?",
  inputs: {
    phonePower: { label: "smartphone power budget", value: q(3, "W"), line: 39115 },
    phoneLatency: { label: "smartphone latency", value: q(100, "ms"), line: 39116 },
    iotPower: { label: "IoT sensor power budget", value: q(100, "mW"), line: 39122 },
    iotLatency: { label: "IoT sensor latency", value: q(1, "s"), line: 39123 },
    cameraPower: { label: "embedded camera power", value: q(1, "W"), line: 39129 },
    cameraLatency: { label: "embedded camera latency (30 FPS)", value: q(33, "ms"), line: 39130 },
    wearablePower: { label: "wearable power", value: q(500, "mW"), line: 39136 },
    wearableLatency: { label: "wearable latency", value: q(500, "ms"), line: 39137 },
    mobilenet: { label: "MobileNetV2: W, ms", value: [1.2, 40], line: 39181 },
    efficientnet: { label: "EfficientNet-B0: W, ms", value: [1.8, 65], line: 39190 },
    resnet: { label: "ResNet-50: W, ms", value: [4.5, 180], line: 39199 },
    tinyml: { label: "TinyML model: W, ms", value: [0.05, 200], line: 39208 },
  },
  compute: (i) => deploymentFit({
    models: Object.fromEntries(([["MobileNetV2", i.mobilenet], ["EfficientNet-B0", i.efficientnet], ["ResNet-50", i.resnet], ["TinyML", i.tinyml]] as const).map(([n, [w, ms]]) => [n, { power: w, latency: ms }])),
    contexts: {
      smartphone: { power: i.phonePower, latency: i.phoneLatency }, "IoT sensor": { power: i.iotPower, latency: i.iotLatency },
      "embedded camera": { power: i.cameraPower, latency: i.cameraLatency }, wearable: { power: i.wearablePower, latency: i.wearableLatency },
    },
  }),
  checks: [
    ...([["MobileNetV2", "smartphone", "Yes", 39183], ["MobileNetV2", "IoT sensor", "No", 39184], ["EfficientNet-B0", "smartphone", "Yes", 39192],
      ["ResNet-50", "smartphone", "No", 39201], ["TinyML", "IoT sensor", "Yes", 39211]] as const).map(([model, context, book, line]) => ({
      name: `${model} fits ${context}`, printed: book, book, line, value: fitOf(model, context),
    })),
    { name: "TinyML fits smartphone", printed: "Yes", book: "Yes", expected: "No", line: 39210, value: fitOf("TinyML", "smartphone"),
      note: "The TinyML model's 200 ms exceeds the smartphone's 100 ms latency requirement (Table 15.11), so by the table's own rule it does not fit; it would fit a 200 ms budget." },
  ],
  conclusion: "Efficiency decides who can be served at all: only the TinyML model runs on a sensor or a wearable, and nothing in the table meets a 30 FPS camera at 1 W.",
});
