/**
 * WE-4.8 "The cost of real time": ingest a million events a second by stream or by
 * hourly batch (book Ch. 4, seed 004 L6222–L6235).
 */
import { batchVsStreamCost } from "../../calc/data/batch-vs-stream";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** WE-4.8: $120/day for 100 always-on cores against $40/day for 200 cores 10 minutes an hour: 3×. */
export const batchVsStreamExample = workedExample({
  id: "WE-4.8",
  slug: "batch-vs-stream",
  title: "The cost of real time: batch vs stream ingestion",
  chapter: 4,
  section: "Chapter 4, Batch versus stream ingestion",
  lines: [6222, 6235],
  problem: "What does ingesting 1M events per second cost per day as a sub-second stream against hourly batches?",
  inputs: {
    events: { label: "Events per second", value: 1e6, line: 6227 },
    eventSize: { label: "Event size", value: q(1, "KB"), line: 6227 },
    streamCores: { label: "Stream cores, with redundant backups", value: 100, line: 6229 },
    batchCores: { label: "Batch cores", value: 200, line: 6231 },
    batchRun: { label: "Batch run per hour", value: q(10, "min"), line: 6231 },
    corePrice: { label: "Price per core-hour", value: q(0.05, "USD/h"), line: 6229 },
  },
  compute: (i) => batchVsStreamCost({ streamCores: i.streamCores, batchCores: i.batchCores, batchRunTime: i.batchRun, corePricePerHour: i.corePrice, eventsPerSecond: i.events, eventSize: i.eventSize }),
  checks: [
    { name: "throughput", printed: "1 GB/s", book: 1, unit: "GB/s", tolerance: 1e-12, line: 6227, value: (r) => r.dataRate ?? q(Number.NaN, "GB/s") },
    { name: "stream cost", printed: "USD 120/day", book: 120, unit: "USD/day", tolerance: 1e-12, line: 6229, value: (r) => r.streamCostPerDay },
    { name: "batch core-hours", printed: "800 core-hours/day", book: 800, unit: "core-h/day", tolerance: 0, line: 6231, value: (r) => r.batchCoreHoursPerDay },
    { name: "batch cost", printed: "USD 40/day", book: 40, unit: "USD/day", tolerance: 1e-12, line: 6231, value: (r) => r.batchCostPerDay },
    { name: "hour of data per batch", printed: "3.6 TB (1 hour data)", book: 3.6, unit: "TB", tolerance: 1e-12, line: 6231, value: (r) => r.batchVolume ?? q(Number.NaN, "TB") },
    { name: "stream ÷ batch", printed: "~3× more expensive", book: 3, unit: "×", tolerance: 1e-12, line: 6235, value: (r) => r.streamToBatchRatio ?? Number.NaN },
  ],
  conclusion: "Always-on cores and their backups make sub-second ingestion about 3× the price of hourly batches; pay it only when the latency is worth it.",
});
