/**
 * Raw camera bandwidth (book Chapter 2, factory quality control, seed 004 L3132–L3147;
 * Table 21.13 video constants): width × height × bytes per pixel × frame rate.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link videoStreamRate}. */
export interface VideoStreamRateInput {
  /** Frame width and height in pixels, integers ≥ 1. */
  readonly width: number;
  readonly height: number;
  /** Bytes per pixel: number in B, or a data quantity. > 0. */
  readonly bytesPerPixel: Amount<"data">;
  /** Frame rate: number in Hz, or a frequency quantity. > 0. */
  readonly fps: Amount<"frequency">;
  /** Cameras streaming at once, an integer ≥ 1; default 1. */
  readonly streams?: number;
}

/** Result of {@link videoStreamRate}. */
export interface VideoStreamRateResult {
  /** width × height × bytesPerPixel. */
  readonly frameSize: Quantity<"data">;
  /** frameSize × fps. */
  readonly perStream: Quantity<"dataRate">;
  /** perStream × streams. */
  readonly total: Quantity<"dataRate">;
}

/**
 * Uncompressed video rate. Book: 1080p RGB at 30 FPS is 186.6 MB/s per camera and
 * 18.7 GB/s for 100 cameras (L3137–L3139).
 *
 * @throws InvalidParameterError for sizes that are not integers ≥ 1 (at most 10⁶ each), a rate ≤ 0.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * const v = videoStreamRate({ width: 1920, height: 1080, bytesPerPixel: 3, fps: 30, streams: 100 });
 * v.perStream.to("MB/s") // 186.624
 * v.total.format()       // "18.7 GB/s"
 * ```
 */
export function videoStreamRate(input: VideoStreamRateInput): VideoStreamRateResult {
  const fn = "videoStreamRate";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["width", "height", "bytesPerPixel", "fps", "streams"]);
  const width = check.integer("width", i.width, 1);
  const height = check.integer("height", i.height, 1);
  if (width > 1e6) check.fail("width", width, "an integer in [1, 1e6]");
  if (height > 1e6) check.fail("height", height, "an integer in [1, 1e6]");
  const pixel = readAmount(fn, "bytesPerPixel", i.bytesPerPixel, "B", "positive");
  const fps = readAmount(fn, "fps", i.fps, "Hz", "positive");
  const streams = check.integer("streams", i.streams ?? 1, 1);
  const frameSize = pixel.times(width * height) as Quantity<"data">;
  const perStream = frameSize.times(fps) as Quantity<"dataRate">;
  return Object.freeze({ frameSize, perStream, total: perStream.times(streams) as Quantity<"dataRate"> });
}
