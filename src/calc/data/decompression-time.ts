/**
 * Decompression time (book Chapter 4, compression trade-offs): a codec that compresses
 * harder decompresses slower, and the difference is paid again every epoch.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link decompressionTime}. */
export interface DecompressionTimeInput {
  /** Uncompressed bytes produced per epoch. Number in B, or a data quantity (`q(100, "GB")`). ≥ 0. */
  readonly volume: Amount<"data">;
  /** Decompression throughput (uncompressed bytes out per second). Number in B/s, or a data-rate quantity. > 0. Book: gzip ~120 MB/s, Snappy ~500 MB/s. */
  readonly throughput: Amount<"dataRate">;
  /** Epochs (passes over the data), an integer ≥ 1. Default 1. */
  readonly epochs?: number;
  /** Compression ratio (uncompressed / compressed), ≥ 1. Optional; gives the bytes stored. Book: gzip 6–8×, Snappy 2–3×. */
  readonly compressionRatio?: number;
}

/** Result of {@link decompressionTime}. */
export interface DecompressionTimeResult {
  /** volume / throughput. */
  readonly perEpoch: Quantity<"time">;
  /** perEpoch × epochs. */
  readonly total: Quantity<"time">;
  /** volume / compressionRatio, or `null` without a ratio. */
  readonly storedVolume: Quantity<"data"> | null;
}

/**
 * Time spent decompressing a dataset, per epoch and over a training run.
 *
 * Formula (seed 004 L7064–L7066): `t = volume / throughput` per epoch, × epochs. The
 * book: 100 GB takes 14 min with gzip (120 MB/s; 13.9 min) against 3 min with Snappy
 * (500 MB/s; 3.3 min); over 50 epochs the gap is "9 hours" (8.8 h).
 *
 * @throws InvalidParameterError for a negative volume, a non-positive throughput, epochs
 *   that are not an integer in [1, 1e9], a ratio below 1, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * decompressionTime({ volume: q(100, "GB"), throughput: q(120, "MB/s") }).perEpoch.to("min") // 13.88…
 * decompressionTime({ volume: q(100, "GB"), throughput: q(500, "MB/s"), epochs: 50 }).total.to("h") // 2.77…
 * ```
 */
export function decompressionTime(input: DecompressionTimeInput): DecompressionTimeResult {
  const fn = "decompressionTime";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["volume", "throughput", "epochs", "compressionRatio"]);
  const volume = readAmount(fn, "volume", i.volume, "B", "nonNegative").to("B");
  const throughput = readAmount(fn, "throughput", i.throughput, "B/s", "positive").to("B/s");
  const epochs = check.integer("epochs", i.epochs ?? 1, 1);
  if (epochs > 1e9) check.fail("epochs", epochs, "an integer in [1, 1e9]");
  const ratio = i.compressionRatio === undefined ? null : check.atLeast("compressionRatio", i.compressionRatio, 1);
  const seconds = volume / throughput;
  return Object.freeze({
    perEpoch: q(seconds, "s"),
    total: q(seconds * epochs, "s"),
    storedVolume: ratio === null ? null : q(volume / ratio, "B"),
  });
}
