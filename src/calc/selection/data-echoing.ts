/**
 * Data echoing (book Chapter 9): when the input pipeline is slower than the
 * accelerator, reuse each prepared batch e times (with fresh augmentation) so the
 * accelerator waits less.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";

/** Input of {@link dataEchoing}. */
export interface DataEchoingInput {
  /** Samples per second the input pipeline prepares, > 0. Book: 300 img/s. */
  readonly pipelineRate: number;
  /** Samples per second the accelerator can train on, > 0. Book: 800 img/s. */
  readonly acceleratorRate: number;
  /** e, how many times each prepared sample is used, ≥ 1. Default 1 (no echoing). */
  readonly echoFactor?: number;
  /** Samples per epoch, ≥ 0. Book: 1.28M. */
  readonly samplesPerEpoch: number;
  /** Epochs of fresh-sample-equivalent training needed, ≥ 0. Book: 90. */
  readonly epochs: number;
  /** Value of an echoed sample relative to a fresh one, in [0, 1]. Default 1 (the book's "if echoed data is equally valuable"); research: 0.7–0.9. */
  readonly echoValue?: number;
}

/** Result of {@link dataEchoing}. */
export interface DataEchoingResult {
  /** R = acceleratorRate / pipelineRate (= T_pipeline / T_GPU per sample). */
  readonly ratio: number;
  /** min(acceleratorRate, pipelineRate · e): samples per second trained. */
  readonly trainedRate: number;
  /** trainedRate / acceleratorRate. */
  readonly utilization: number;
  /** Fresh-equivalent samples per second: pipelineRate · (1 + (e' − 1) · echoValue), e' the echo factor actually used. */
  readonly effectiveRate: number;
  /** samplesPerEpoch · epochs / effectiveRate. */
  readonly trainingTime: Quantity<"time">;
  /** Whether e exceeds R (echoes beyond what the accelerator can absorb are wasted). */
  readonly echoBeyondRatio: boolean;
}

/**
 * Throughput, utilization and training time with data echoing.
 *
 * Formulas (seed 004 L22862–L22921): R = T_pipeline / T_GPU; trained rate = min(GPU, pipeline·e).
 * The book: R = 800/300 ≈ 2.67, the GPU waits 62 %; without echoing 90 × 1.28M / 300 =
 * 384,000 s (107 h) at ~38 % utilization; e = 2 gives 600 img/s, 192,000 s (53 h) "if
 * echoed data is equally valuable".
 *
 * @throws InvalidParameterError for non-positive rates, an echo factor below 1 or above
 *   1,000, negative sizes, a value outside [0, 1], a missing input or an unknown key.
 * @example
 * ```ts
 * const r = dataEchoing({ pipelineRate: 300, acceleratorRate: 800, echoFactor: 2, samplesPerEpoch: 1.28e6, epochs: 90 });
 * r.trainedRate              // 600
 * r.trainingTime.to("s")     // 192000
 * ```
 */
export function dataEchoing(input: DataEchoingInput): DataEchoingResult {
  const check = validatorFor("dataEchoing");
  const i = check.options("input", input, ["pipelineRate", "acceleratorRate", "echoFactor", "samplesPerEpoch", "epochs", "echoValue"]);
  const pipeline = check.positive("pipelineRate", i.pipelineRate);
  const gpu = check.positive("acceleratorRate", i.acceleratorRate);
  const e = check.atLeast("echoFactor", i.echoFactor ?? 1, 1);
  if (e > 1000) check.fail("echoFactor", e, "a number in [1, 1000]");
  const samples = check.nonNegative("samplesPerEpoch", i.samplesPerEpoch);
  const epochs = check.nonNegative("epochs", i.epochs);
  const value = check.probability("echoValue", i.echoValue ?? 1);
  const trained = Math.min(gpu, pipeline * e);
  const used = trained / pipeline;
  const effective = pipeline * (1 + (used - 1) * value);
  return Object.freeze({
    ratio: gpu / pipeline,
    trainedRate: trained,
    utilization: trained / gpu,
    effectiveRate: effective,
    trainingTime: q((samples * epochs) / effective, "s"),
    echoBeyondRatio: pipeline * e > gpu,
  });
}
