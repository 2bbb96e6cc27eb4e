/**
 * The cost of real time (book Chapter 4, batch versus stream ingestion): a stream
 * processor keeps cores (and their backups) running all day; a batch job rents more
 * cores for a short run every interval.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link batchVsStreamCost}. */
export interface BatchVsStreamInput {
  /** Cores kept running by the stream processor, including redundant backups, ≥ 0. Book: 100 (~50 + backups). */
  readonly streamCores: number;
  /** Cores a batch run uses, ≥ 0. Book: 200. */
  readonly batchCores: number;
  /** Wall-clock time of one batch run. Number in min, or a time quantity. ≥ 0. Book: 10 min. */
  readonly batchRunTime: Amount<"time">;
  /** Time between batch runs. Number in h, or a time quantity. > 0 and ≥ batchRunTime. Default 1 h (hourly batches). */
  readonly batchInterval?: Amount<"time">;
  /** Price of one core-hour. Number in USD/h, or a money-rate quantity. ≥ 0. Book: $0.05. */
  readonly corePricePerHour: Amount<"moneyRate">;
  /** Events per second arriving, ≥ 0. Optional (gives the data rate). Book: 1M. */
  readonly eventsPerSecond?: number;
  /** Size of one event. Number in B, or a data quantity. ≥ 0. Optional. Book: 1 KB. */
  readonly eventSize?: Amount<"data">;
}

/** Result of {@link batchVsStreamCost}. */
export interface BatchVsStreamResult {
  /** streamCores × 24 h, per day. */
  readonly streamCoreHoursPerDay: number;
  /** batchCores × batchRunTime × runs per day. */
  readonly batchCoreHoursPerDay: number;
  readonly streamCostPerDay: Quantity<"moneyRate">;
  readonly batchCostPerDay: Quantity<"moneyRate">;
  /** streamCost / batchCost (`null` when batch costs nothing). */
  readonly streamToBatchRatio: number | null;
  /** eventsPerSecond × eventSize, or `null` without them. */
  readonly dataRate: Quantity<"dataRate"> | null;
  /** Data one batch run processes (dataRate × batchInterval), or `null`. */
  readonly batchVolume: Quantity<"data"> | null;
}

/**
 * Daily compute cost of stream and batch ingestion of the same event stream.
 *
 * Formulas (seed 004 L6222–L6235): stream = cores · 24 h · price; batch = cores ·
 * run time · (24 h / interval) · price. The book: 100 cores × 24 h × $0.05 = $120/day;
 * 200 cores × 10 min every hour = 800 core-hours = $40/day; real time costs ~3×.
 * 1M events/s × 1 KB = 1 GB/s, 3.6 TB per hourly batch.
 *
 * @throws InvalidParameterError for negative counts, sizes or prices, a non-positive
 *   interval or one shorter than the run time, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = batchVsStreamCost({ streamCores: 100, batchCores: 200, batchRunTime: 10, corePricePerHour: 0.05 });
 * r.streamCostPerDay.format()  // "$120/day"
 * r.batchCoreHoursPerDay       // 800
 * r.streamToBatchRatio         // 3
 * ```
 */
export function batchVsStreamCost(input: BatchVsStreamInput): BatchVsStreamResult {
  const fn = "batchVsStreamCost";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["streamCores", "batchCores", "batchRunTime", "batchInterval", "corePricePerHour", "eventsPerSecond", "eventSize"]);
  const streamCores = check.nonNegative("streamCores", i.streamCores);
  const batchCores = check.nonNegative("batchCores", i.batchCores);
  const run = readAmount(fn, "batchRunTime", i.batchRunTime, "min", "nonNegative").to("h");
  const interval = readAmount(fn, "batchInterval", i.batchInterval ?? 1, "h", "positive").to("h");
  if (run > interval) check.fail("batchInterval", `${interval} h`, `at least batchRunTime = ${run} h`);
  const price = readAmount(fn, "corePricePerHour", i.corePricePerHour, "USD/h", "nonNegative").to("USD/h");
  const events = i.eventsPerSecond === undefined ? null : check.nonNegative("eventsPerSecond", i.eventsPerSecond);
  const size = i.eventSize === undefined ? null : readAmount(fn, "eventSize", i.eventSize, "B", "nonNegative").to("B");
  const streamHours = streamCores * 24;
  const batchHours = Number((batchCores * run * (24 / interval)).toPrecision(15));
  const dataRate = events === null || size === null ? null : q(events * size, "B/s");
  const batchUsd = batchHours * price;
  return Object.freeze({
    streamCoreHoursPerDay: streamHours,
    batchCoreHoursPerDay: batchHours,
    streamCostPerDay: q(streamHours * price, "USD/day"),
    batchCostPerDay: q(batchUsd, "USD/day"),
    streamToBatchRatio: batchUsd === 0 ? null : (streamHours * price) / batchUsd,
    dataRate,
    batchVolume: dataRate === null ? null : q(dataRate.to("B/s") * interval * 3600, "B"),
  });
}
