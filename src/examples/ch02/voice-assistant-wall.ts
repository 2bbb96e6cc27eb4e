/**
 * WE-2.5 "Voice Assistant Wall": why wake-word detection for a billion devices has
 * to run on the device (book Ch. 2, seed 004 L3056–L3086).
 */
import { q } from "../../units/quantity";
import { voiceAssistantWall } from "../../calc/deployment/voice-assistant-wall";
import { workedExample } from "../worked-example";

/**
 * WE-2.5: a billion voice assistants in the cloud hit three walls: $500M a year, about
 * 5 data centres on average and 21 at peak, and 32 TB/s of upstream audio. "~5" and
 * "~21" are 4.63 and 20.8 rounded up; "~31 KB/s" is 31.25 KiB/s while the fleet's
 * "32 TB/s" is decimal.
 *
 * @example
 * ```ts
 * const r = voiceAssistantWallExample.compute();
 * r.infrastructure.peakDatacenters   // 20.833…
 * r.bandwidth.aggregate.format()     // "32 TB/s"
 * ```
 */
export const voiceAssistantWallExample = workedExample({
  id: "WE-2.5",
  slug: "voice-assistant-wall",
  title: "The Voice Assistant Wall",
  chapter: 2,
  section: "Chapter 2, The Voice Assistant Wall",
  lines: [3056, 3086],
  problem: "Can cloud data centres serve wake-word detection and voice queries for 1 billion devices?",
  inputs: {
    devices: { label: "Voice-assistant devices", value: 1e9, line: 3056 },
    queriesPerDevicePerDay: { label: "Queries per device per day", value: q(20, "1/day"), line: 3072 },
    gpuSecondsPerQuery: { label: "GPU time per query", value: q(200, "ms"), line: 3074 },
    gpusPerDatacenter: { label: "GPUs in a large data centre", value: 10_000, line: 3076 },
    peakToAverage: { label: "Peak-to-average query rate", value: 4.5, line: 3080 },
    cloudCostPerDeviceYear: { label: "Cloud cost per device", value: q(0.5, "USD/year"), line: 3061 },
    onDeviceCostPerDeviceYear: { label: "TinyML cost per device", value: q(0.01, "USD/year"), line: 3063,
      note: "The book gives an upper bound, '< USD 0.01/year'; the bound is used." },
    sampleRateHz: { label: "Audio sample rate", value: q(16, "kHz"), line: 3084 },
    bitsPerSample: { label: "Bits per sample", value: q(16, "bit"), line: 3084 },
  },
  compute: (i) => voiceAssistantWall(i),
  checks: [
    { name: "cloud cost of the fleet per year", printed: "USD 500,000,000/year", book: 500e6, unit: "USD/year", tolerance: 1e-9, line: 3061,
      value: (r) => r.economic.cloudCostPerYear },
    { name: "queries per day", printed: "20 billion queries/day", book: 20e9, unit: "query/day", tolerance: 1e-9, line: 3072,
      value: (r) => r.infrastructure.queriesPerDay },
    { name: "GPU-hours of demand per day", printed: "1,111,111 GPU-hours/day", book: 1_111_111, unit: "GPU-h/day", tolerance: 1e-6, line: 3074,
      value: (r) => r.infrastructure.gpuHoursPerDay, note: "20e9 × 0.2 s / 3600 = 1,111,111.1; the book truncates the fraction." },
    { name: "GPU-hours one data centre supplies per day", printed: "240,000 GPU-hours/day", book: 240_000, unit: "GPU-h/day", tolerance: 1e-9, line: 3076,
      value: (r) => r.infrastructure.datacenterGpuHoursPerDay },
    { name: "data centres needed on average (fractional)", printed: "~5 dedicated data centers", book: 5, expected: 4.62963, unit: "data centres", tolerance: 1e-5, line: 3078,
      value: (r) => r.infrastructure.averageDatacenters, note: "1,111,111 / 240,000 = 4.63; the book rounds up to whole data centres." },
    { name: "data centres to build for the average", printed: "~5 dedicated data centers", book: 5, unit: "data centres", tolerance: 0, line: 3078,
      value: (r) => r.infrastructure.averageDatacentersWhole },
    { name: "data centres needed at peak (fractional)", printed: "~21 data centers at peak", book: 21, expected: 20.83333, unit: "data centres", tolerance: 1e-5, line: 3080,
      value: (r) => r.infrastructure.peakDatacenters, note: "4.63 × 4.5 = 20.83; the book rounds to 21." },
    { name: "data centres to build for the peak", printed: "~21 data centers at peak", book: 21, unit: "data centres", tolerance: 0, line: 3080,
      value: (r) => r.infrastructure.peakDatacentersWhole },
    { name: "audio stream per device, in KiB/s", printed: "~31 KB/s", book: 31, expected: 31.25, unit: "KiB/s", tolerance: 1e-9, line: 3084,
      value: (r) => r.bandwidth.perDevice,
      note: "16 kHz × 16 bit = 32,000 B/s = 31.25 KiB/s: the book's 'KB' here is binary (KiB), while its fleet total of 32 TB/s is decimal (32 kB/s × 1e9)." },
    { name: "audio stream of the fleet", printed: "32 TB/s", book: 32, unit: "TB/s", tolerance: 1e-9, line: 3084,
      value: (r) => r.bandwidth.aggregate, note: "Decimal: 32,000 B/s × 1e9 devices = 3.2e13 B/s (29.1 TiB/s)." },
  ],
  conclusion:
    "Cloud-only voice processing fails on money, on data-centre capacity and on backbone bandwidth at once; local wake-word detection is a necessity, not an optimisation.",
});
