/**
 * The Voice Assistant Wall (book Ch. 2, seed 004 L3056–L3086): why wake-word
 * detection for a billion devices cannot run in the cloud. Three walls: money,
 * data-centre capacity, and upstream bandwidth.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Inputs of {@link voiceAssistantWall}; every field defaults to the book's scenario. */
export interface VoiceAssistantWallInput {
  /** Devices in the fleet, an integer ≥ 1. Book: 1e9 (L3056). */
  readonly devices?: number;
  /** Cloud queries per device per day. Number per day, or a frequency quantity (`q(20, "1/day")`). ≥ 0. Book: 20 (L3072). */
  readonly queriesPerDevicePerDay?: Amount<"frequency">;
  /** GPU time per query. Number in s, or a time quantity. ≥ 0. Book: 0.2 s (L3074). */
  readonly gpuSecondsPerQuery?: Amount<"time">;
  /** GPUs in one large data centre, an integer ≥ 1. Book: 10,000 (L3076). */
  readonly gpusPerDatacenter?: number;
  /** Peak-to-average ratio of the query rate (waking hours), ≥ 1. Book: 4.5 (L3080). */
  readonly peakToAverage?: number;
  /** Cloud cost per device per year. Number in USD/year, or a money-rate quantity. ≥ 0. Book: $0.50 (L3061). */
  readonly cloudCostPerDeviceYear?: Amount<"moneyRate">;
  /** On-device (TinyML) cost per device per year. Number in USD/year, or a money-rate quantity. ≥ 0. Book: "< $0.01" (L3063), taken as $0.01. */
  readonly onDeviceCostPerDeviceYear?: Amount<"moneyRate">;
  /** Audio sample rate if devices streamed to the cloud. Number in Hz, or a frequency quantity. > 0. Book: 16 kHz (L3084). */
  readonly sampleRateHz?: Amount<"frequency">;
  /** Bits per audio sample. Number of bits, or a data quantity (`q(2, "B")`). > 0. Book: 16 (L3084). */
  readonly bitsPerSample?: Amount<"data">;
}

/**
 * The book's scenario (seed 004 L3056–L3084), the defaults of {@link voiceAssistantWall}.
 * Plain numbers in each parameter's default unit.
 *
 * @example
 * ```ts
 * voiceAssistantBookScenario.devices // 1000000000
 * ```
 */
export const voiceAssistantBookScenario = Object.freeze({
  /** 1 billion devices (L3056). */
  devices: 1e9,
  /** 20 queries per device per day (L3072). */
  queriesPerDevicePerDay: 20,
  /** ~200 ms of GPU time per query (L3074). */
  gpuSecondsPerQuery: 0.2,
  /** A large data centre holds ~10,000 GPUs (L3076). */
  gpusPerDatacenter: 10_000,
  /** ~4.5× peak-to-average, queries cluster in waking hours (L3080). */
  peakToAverage: 4.5,
  /** ~$0.50 per device per year in the cloud (L3061). */
  cloudCostPerDeviceYear: 0.5,
  /** "< $0.01/year per device" on the device (L3063); the bound is used. */
  onDeviceCostPerDeviceYear: 0.01,
  /** 16 kHz audio (L3084). */
  sampleRateHz: 16_000,
  /** 16-bit samples (L3084). */
  bitsPerSample: 16,
} as const);

/** The economic wall. */
export interface VoiceEconomicWall {
  /** Cloud cost of one device per year (the input). */
  readonly cloudCostPerDevice: Quantity<"moneyRate">;
  /** On-device cost of one device per year (the input). */
  readonly onDeviceCostPerDevice: Quantity<"moneyRate">;
  /** Cloud cost of the whole fleet per year (book: $500M/year, L3061). */
  readonly cloudCostPerYear: Quantity<"moneyRate">;
  /** On-device cost of the whole fleet per year. */
  readonly onDeviceCostPerYear: Quantity<"moneyRate">;
  /** Cloud ÷ on-device cost; `null` when the on-device cost is zero. */
  readonly cloudToOnDeviceRatio: number | null;
}

/** The infrastructure wall. */
export interface VoiceInfrastructureWall {
  /** Queries per day across the fleet (book: 20 billion, L3072). */
  readonly queriesPerDay: number;
  /** GPUs busy on average (GPU-seconds of demand per second). */
  readonly averageGpusBusy: number;
  /** GPU-hours of demand per day (book: 1,111,111, L3074). */
  readonly gpuHoursPerDay: number;
  /** GPU-hours one data centre supplies per day, GPUs × 24 (book: 240,000, L3076). */
  readonly datacenterGpuHoursPerDay: number;
  /** Data centres needed at the average rate (4.63; book "~5", L3078). */
  readonly averageDatacenters: number;
  /** Data centres needed at the peak rate (20.8; book "~21", L3080). */
  readonly peakDatacenters: number;
  /** Whole data centres to build for the average, ⌈averageDatacenters⌉. */
  readonly averageDatacentersWhole: number;
  /** Whole data centres to build for the peak, ⌈peakDatacenters⌉. */
  readonly peakDatacentersWhole: number;
}

/** The bandwidth wall (if devices streamed raw audio instead of detecting wake words locally). */
export interface VoiceBandwidthWall {
  /** Upstream rate of one device, sampleRate × bitsPerSample (32,000 B/s for the book). */
  readonly perDevice: Quantity<"dataRate">;
  /** The same in decimal kB/s (32 for the book). */
  readonly perDeviceKilobytesPerSecond: number;
  /** The same in KiB/s (31.25 for the book, printed "~31 KB/s" at L3084). */
  readonly perDeviceKibibytesPerSecond: number;
  /** Upstream rate of the fleet (book: 32 TB/s, decimal, L3084). */
  readonly aggregate: Quantity<"dataRate">;
}

/** Result of {@link voiceAssistantWall}. */
export interface VoiceAssistantWallResult {
  /** Part 1, the economic wall (L3058–L3063). */
  readonly economic: VoiceEconomicWall;
  /** Part 2, the infrastructure wall (L3067–L3080). */
  readonly infrastructure: VoiceInfrastructureWall;
  /** The bandwidth wall (L3084). */
  readonly bandwidth: VoiceBandwidthWall;
}

/** ⌈x⌉ that ignores floating-point dust just above an integer (21.000000000000004 → 21). */
function wholeUnits(x: number): number {
  return Math.ceil(x * (1 - 1e-12));
}

/**
 * The three walls that stop cloud-only voice assistants at fleet scale.
 *
 * Formulas (seed 004 L3056–L3084), symbols → parameters:
 * - economic: `C_fleet = N · c_device` for the cloud and for on-device inference
 *   (N = `devices`, c = `cloudCostPerDeviceYear` / `onDeviceCostPerDeviceYear`, USD/year);
 * - infrastructure: `Q = N · q` queries/day (q = `queriesPerDevicePerDay`);
 *   `G = Q · t_gpu / 3600` GPU-hours/day (t_gpu = `gpuSecondsPerQuery`, s);
 *   `S = n_gpu · 24` GPU-hours/day per data centre (n_gpu = `gpusPerDatacenter`);
 *   `DC_avg = G / S`, `DC_peak = k · DC_avg` (k = `peakToAverage`);
 * - bandwidth: `b = f_s · bits / 8` B/s per device (f_s = `sampleRateHz`,
 *   bits = `bitsPerSample`) and `N · b` for the fleet.
 *
 * The book prints the per-device stream as "~31 KB/s", which is 31.25 KiB/s, and the
 * fleet total as "32 TB/s", which is decimal; both are returned.
 *
 * @param input - any subset of the scenario; missing fields take the book's values
 *   ({@link voiceAssistantBookScenario}).
 * @throws InvalidParameterError when `devices` or `gpusPerDatacenter` is not an integer
 *   ≥ 1, `peakToAverage` is below 1, an amount is NaN, infinite or negative, or
 *   `sampleRateHz` / `bitsPerSample` is zero.
 * @throws DimensionError when a quantity of the wrong dimension is passed.
 * @example
 * ```ts
 * const wall = voiceAssistantWall();
 * wall.economic.cloudCostPerYear.format()      // "$500M/year"
 * wall.infrastructure.gpuHoursPerDay           // 1111111.1…
 * wall.infrastructure.averageDatacenters       // 4.6296…
 * wall.infrastructure.peakDatacentersWhole     // 21
 * wall.bandwidth.perDeviceKibibytesPerSecond   // 31.25
 * wall.bandwidth.aggregate.format()            // "32 TB/s"
 * ```
 */
export function voiceAssistantWall(input: VoiceAssistantWallInput = {}): VoiceAssistantWallResult {
  const fn = "voiceAssistantWall";
  const check = validatorFor(fn);
  const book = voiceAssistantBookScenario;
  const devices = check.integer("devices", input.devices ?? book.devices, 1);
  const queriesPerDevice = readAmount(fn, "queriesPerDevicePerDay", input.queriesPerDevicePerDay ?? book.queriesPerDevicePerDay, "1/day", "nonNegative");
  const gpuTimePerQuery = readAmount(fn, "gpuSecondsPerQuery", input.gpuSecondsPerQuery ?? book.gpuSecondsPerQuery, "s", "nonNegative");
  const gpusPerDatacenter = check.integer("gpusPerDatacenter", input.gpusPerDatacenter ?? book.gpusPerDatacenter, 1);
  const peakToAverage = check.atLeast("peakToAverage", input.peakToAverage ?? book.peakToAverage, 1);
  const cloudCostPerDevice = readAmount(fn, "cloudCostPerDeviceYear", input.cloudCostPerDeviceYear ?? book.cloudCostPerDeviceYear, "USD/year", "nonNegative");
  const onDeviceCostPerDevice = readAmount(fn, "onDeviceCostPerDeviceYear", input.onDeviceCostPerDeviceYear ?? book.onDeviceCostPerDeviceYear, "USD/year", "nonNegative");
  const sampleRate = readAmount(fn, "sampleRateHz", input.sampleRateHz ?? book.sampleRateHz, "Hz", "positive");
  const sampleSize = readAmount(fn, "bitsPerSample", input.bitsPerSample ?? book.bitsPerSample, "bit", "positive");

  const cloudCostPerYear = cloudCostPerDevice.times(devices);
  const onDeviceCostPerYear = onDeviceCostPerDevice.times(devices);
  const economic: VoiceEconomicWall = Object.freeze({
    cloudCostPerDevice,
    onDeviceCostPerDevice,
    cloudCostPerYear,
    onDeviceCostPerYear,
    cloudToOnDeviceRatio: onDeviceCostPerYear.baseValue === 0 ? null : cloudCostPerYear.ratio(onDeviceCostPerYear),
  });

  const queryRate = queriesPerDevice.times(devices);
  const averageGpusBusy = queryRate.baseValue * gpuTimePerQuery.baseValue;
  const averageDatacenters = averageGpusBusy / gpusPerDatacenter;
  const peakDatacenters = averageDatacenters * peakToAverage;
  const infrastructure: VoiceInfrastructureWall = Object.freeze({
    queriesPerDay: queryRate.to("1/day"),
    averageGpusBusy,
    gpuHoursPerDay: averageGpusBusy * 24,
    datacenterGpuHoursPerDay: gpusPerDatacenter * 24,
    averageDatacenters,
    peakDatacenters,
    averageDatacentersWhole: wholeUnits(averageDatacenters),
    peakDatacentersWhole: wholeUnits(peakDatacenters),
  });

  const perDevice = sampleSize.times(sampleRate);
  const bandwidth: VoiceBandwidthWall = Object.freeze({
    perDevice,
    perDeviceKilobytesPerSecond: perDevice.to("kB/s"),
    perDeviceKibibytesPerSecond: perDevice.to("KiB/s"),
    aggregate: perDevice.times(devices),
  });

  return Object.freeze({ economic, infrastructure, bandwidth });
}
