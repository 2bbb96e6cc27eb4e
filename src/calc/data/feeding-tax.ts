/**
 * The feeding tax (book Chapter 4, "The Feeding Problem" and the storage bandwidth
 * budget): an accelerator trains only as fast as storage delivers samples, so the
 * throughput is the lesser of what compute can process and what storage can supply.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link feedingTax}. Give the compute side either as samples per second or as peak FLOP/s and FLOPs per sample. */
export interface FeedingTaxInput {
  /** Samples per second the accelerator can process, > 0. Book (Feeding Problem): 76,098. */
  readonly computeSamplesPerSecond?: number;
  /** Peak rate of the accelerator. Number in FLOP/s, or a flop-rate quantity. > 0. Book (bandwidth budget): 312 TFLOP/s. */
  readonly peakFlops?: Amount<"flopRate">;
  /** FLOPs per sample (a training step: forward + backward). Number in FLOP, or a flop quantity. > 0. Book: ~12 GFLOP for ResNet-50. */
  readonly flopsPerSample?: Amount<"flop">;
  /** Bytes read per sample. Number in B, or a data quantity. > 0. Book: 150 KB (JPEG), or 602,112 B (a 224×224×3 FP32 tensor). */
  readonly bytesPerSample: Amount<"data">;
  /** Bandwidth the storage delivers. Number in B/s, or a data-rate quantity. > 0. */
  readonly storageBandwidth: Amount<"dataRate">;
  /** Share of the bandwidth lost to overhead (Eq. 4.6), in [0, 1). Default 0. */
  readonly overhead?: number;
  /** Bandwidth of one stream (a thread against object storage, one disk). Number in B/s, or a data-rate quantity. > 0. Optional. */
  readonly bandwidthPerStream?: Amount<"dataRate">;
}

/** Result of {@link feedingTax}. */
export interface FeedingTaxResult {
  /** Samples per second compute can process. */
  readonly computeSamplesPerSecond: number;
  /** Bandwidth that keeps compute busy: computeSamplesPerSecond · bytesPerSample / (1 − overhead). */
  readonly requiredBandwidth: Quantity<"dataRate">;
  /** storageBandwidth · (1 − overhead) / bytesPerSample (Eq. 4.6). */
  readonly supplySamplesPerSecond: number;
  /** min(compute, supply) (Eq. 4.5). */
  readonly samplesPerSecond: number;
  /** samplesPerSecond / computeSamplesPerSecond, in (0, 1]. */
  readonly utilization: number;
  /** 1 − utilization: the share of accelerator time spent waiting for data. */
  readonly feedingTax: number;
  /** Which side limits: `"storage"` when supply < compute, else `"compute"`. */
  readonly bound: "compute" | "storage";
  /** ⌈requiredBandwidth / bandwidthPerStream⌉, streams needed to saturate compute; `null` without `bandwidthPerStream`. */
  readonly streamsNeeded: number | null;
}

/**
 * Training throughput as the minimum of compute capacity and data supply, and the
 * feeding tax: the share of accelerator time lost waiting for I/O.
 *
 * Formulas (seed 004 L5245; Eqs. 4.5–4.6, L7022–L7024; bandwidth budget L6981–L7018):
 * compute = peakFlops / flopsPerSample (or given); supply = storageBandwidth · (1 − overhead) / bytesPerSample;
 * throughput = min(compute, supply); tax = 1 − throughput / compute. The book: 76,098
 * samples/s of 602,112 B need 45.8 GB/s, and 250 MB/s leaves a 99.45 % tax; 312 TFLOP/s
 * over 12 GFLOP per step is 26,000 img/s (the book prints 25,365, i.e. 12.3 GFLOP),
 * 3.9 GB/s of 150 KB JPEGs; SATA's 500 MB/s caps it at 3,333 img/s, 13 %.
 *
 * @throws InvalidParameterError unless exactly one compute form is given, for non-positive
 *   rates or sizes, an overhead outside [0, 1), a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = feedingTax({ computeSamplesPerSecond: 76_098, bytesPerSample: 602_112, storageBandwidth: q(250, "MB/s") });
 * r.requiredBandwidth.format()   // "45.8 GB/s"
 * r.feedingTax                   // 0.994543…
 * feedingTax({ peakFlops: q(312, "TFLOP/s"), flopsPerSample: q(12, "GFLOP"), bytesPerSample: q(150, "KB"), storageBandwidth: q(500, "MB/s") }).utilization
 * // 0.1282051282051282
 * ```
 */
export function feedingTax(input: FeedingTaxInput): FeedingTaxResult {
  const fn = "feedingTax";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["computeSamplesPerSecond", "peakFlops", "flopsPerSample", "bytesPerSample", "storageBandwidth", "overhead", "bandwidthPerStream"]);
  const flopForm = i.peakFlops !== undefined || i.flopsPerSample !== undefined;
  if (flopForm === (i.computeSamplesPerSecond !== undefined)) {
    check.fail("computeSamplesPerSecond", i.computeSamplesPerSecond, "given alone, or left out when peakFlops and flopsPerSample are given");
  }
  const compute = flopForm
    ? readAmount(fn, "peakFlops", i.peakFlops as Amount<"flopRate">, "FLOP/s", "positive").to("FLOP/s") /
      readAmount(fn, "flopsPerSample", i.flopsPerSample as Amount<"flop">, "FLOP", "positive").to("FLOP")
    : check.positive("computeSamplesPerSecond", i.computeSamplesPerSecond as number);
  const bytes = readAmount(fn, "bytesPerSample", i.bytesPerSample, "B", "positive").to("B");
  const bandwidth = readAmount(fn, "storageBandwidth", i.storageBandwidth, "B/s", "positive").to("B/s");
  const overhead = check.probability("overhead", i.overhead ?? 0);
  if (overhead >= 1) check.fail("overhead", overhead, "a fraction in [0, 1)");
  const required = (compute * bytes) / (1 - overhead);
  const supply = (bandwidth * (1 - overhead)) / bytes;
  const samplesPerSecond = Math.min(compute, supply);
  const utilization = samplesPerSecond / compute;
  const perStream = i.bandwidthPerStream === undefined ? null : readAmount(fn, "bandwidthPerStream", i.bandwidthPerStream, "B/s", "positive").to("B/s");
  return Object.freeze({
    computeSamplesPerSecond: compute,
    requiredBandwidth: q(required, "B/s"),
    supplySamplesPerSecond: supply,
    samplesPerSecond,
    utilization,
    feedingTax: 1 - utilization,
    bound: supply < compute ? "storage" : "compute",
    streamsNeeded: perStream === null ? null : Math.ceil(Number((required / perStream).toPrecision(12))),
  });
}
