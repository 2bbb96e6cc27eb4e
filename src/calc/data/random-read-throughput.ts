/**
 * The random-access penalty (book Chapter 4, Throughput = IOPS × block size; Chapter 9,
 * Table 9.13): small random reads are limited by operations per second, not bandwidth.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link randomReadThroughput}. */
export interface RandomReadThroughputInput {
  /** Random read operations per second the device sustains, ≥ 0. Table 9.13: HDD ~80, SATA SSD ~10k, NVMe ~500k. */
  readonly iops: number;
  /** Bytes per read. Number in KB, or a data quantity. > 0. Default 4 KB. */
  readonly blockSize?: Amount<"data">;
  /** Sequential bandwidth of the device. Number in MB/s, or a data-rate quantity. > 0. */
  readonly sequentialBandwidth: Amount<"dataRate">;
}

/** Result of {@link randomReadThroughput}. */
export interface RandomReadThroughputResult {
  /** min(iops · blockSize, sequentialBandwidth). */
  readonly randomThroughput: Quantity<"dataRate">;
  /** sequentialBandwidth / randomThroughput (`null` when random throughput is 0). */
  readonly penalty: number | null;
}

/**
 * Throughput of random reads and how much slower they are than sequential reads.
 *
 * Formula (seed 004 L6666; Table 9.13, L22786–L22837): `Throughput = IOPS × BlockSize`,
 * capped by the sequential bandwidth; penalty = sequential / random. With 4 KB reads:
 * HDD 80 × 4 KB = 0.32 MB/s (150 MB/s sequential: 469×; the book rounds to 0.3 MB/s and
 * 500×), SATA SSD 40 MB/s (14×), NVMe 2,000 MB/s (1.75×).
 *
 * @throws InvalidParameterError for a negative IOPS, a non-positive block size or
 *   bandwidth, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = randomReadThroughput({ iops: 10_000, sequentialBandwidth: 550 });
 * r.randomThroughput.format()  // "40 MB/s"
 * r.penalty                    // 13.75
 * ```
 */
export function randomReadThroughput(input: RandomReadThroughputInput): RandomReadThroughputResult {
  const fn = "randomReadThroughput";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["iops", "blockSize", "sequentialBandwidth"]);
  const iops = check.nonNegative("iops", i.iops);
  const block = readAmount(fn, "blockSize", i.blockSize ?? 4, "KB", "positive").to("B");
  const sequential = readAmount(fn, "sequentialBandwidth", i.sequentialBandwidth, "MB/s", "positive").to("B/s");
  const random = Math.min(iops * block, sequential);
  return Object.freeze({ randomThroughput: q(random, "B/s"), penalty: random === 0 ? null : sequential / random });
}
