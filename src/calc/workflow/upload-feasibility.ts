/**
 * Bandwidth versus compute at the edge (book Chapter 3, the rural-clinic exercise):
 * can a site upload everything it captures in a working day, and how much less does
 * it send when it processes locally and uploads only summaries?
 */
import type { Quantity } from "../../units/quantity";
import { q } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";
import { dataGravityTransfer } from "../data/data-gravity";

/** Input of {@link uploadFeasibility}. */
export interface UploadFeasibilityInput {
  /** Items captured per day (patients, sessions), ≥ 0. Book: 150 patients. */
  readonly itemsPerDay: number;
  /** Files per item, ≥ 0. Book: 10 photos. */
  readonly filesPerItem: number;
  /** Size of one file. Number in MB, or a data quantity. ≥ 0. Book: 5 MB. */
  readonly fileSize: Amount<"data">;
  /** Uplink rate. Number in Mbps (megabits per second), or a data-rate quantity. > 0. Book: 2 Mbps. */
  readonly uplink: Amount<"dataRate">;
  /** Time the site is open (and the link available) per day. Number in h, or a time quantity. > 0. Book: 8 h. */
  readonly operatingTime: Amount<"time">;
  /** Size of the summary uploaded per item when processing locally. Number in KB, or a data quantity. ≥ 0. Optional. Book: ~10 KB. */
  readonly summaryPerItem?: Amount<"data">;
}

/** Result of {@link uploadFeasibility}. */
export interface UploadFeasibilityResult {
  /** itemsPerDay · filesPerItem · fileSize. */
  readonly dailyVolume: Quantity<"data">;
  /** dailyVolume / uplink. */
  readonly uploadTime: Quantity<"time">;
  /** uploadTime / operatingTime (1.04 means 104 % of the day). */
  readonly shareOfOperatingTime: number;
  /** shareOfOperatingTime ≤ 1. */
  readonly fits: boolean;
  /** itemsPerDay · summaryPerItem, or `null` without a summary size. */
  readonly summaryVolume: Quantity<"data"> | null;
  /** dailyVolume / summaryVolume, or `null` without a summary size (or when it is 0). */
  readonly reduction: number | null;
}

/**
 * Whether a day's captured data can be uploaded in the hours the site is open, and the
 * bandwidth reduction of uploading summaries instead.
 *
 * Formulas (seed 004 L4642–L4655): `volume = items · files · size`; `t = volume / uplink`
 * (through {@link dataGravityTransfer}); `share = t / operatingTime`;
 * `reduction = volume / (items · summary)`. The book: 7,500 MB over 2 Mbps = 30,000 s
 * ≈ 8.3 h, 104 % of an 8-hour day; 10 KB summaries send 5,000× less. (It writes the
 * daily volume as "8 GB/day"; 150 × 10 × 5 MB is 7.5 GB.)
 *
 * @throws InvalidParameterError for negative counts or sizes, a non-positive uplink or
 *   operating time, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = uploadFeasibility({ itemsPerDay: 150, filesPerItem: 10, fileSize: 5, uplink: 2, operatingTime: 8, summaryPerItem: 10 });
 * r.uploadTime.to("s")        // 30000
 * r.shareOfOperatingTime      // 1.0416666666666667
 * r.reduction                 // 5000
 * ```
 */
export function uploadFeasibility(input: UploadFeasibilityInput): UploadFeasibilityResult {
  const fn = "uploadFeasibility";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["itemsPerDay", "filesPerItem", "fileSize", "uplink", "operatingTime", "summaryPerItem"]);
  const items = check.nonNegative("itemsPerDay", i.itemsPerDay);
  const files = check.nonNegative("filesPerItem", i.filesPerItem);
  const size = readAmount(fn, "fileSize", i.fileSize, "MB", "nonNegative");
  const uplink = readAmount(fn, "uplink", i.uplink, "Mbps", "positive");
  const open = readAmount(fn, "operatingTime", i.operatingTime, "h", "positive");
  const summary = i.summaryPerItem === undefined ? null : readAmount(fn, "summaryPerItem", i.summaryPerItem, "KB", "nonNegative");
  const dailyVolume = q(items * files * size.to("B"), "B");
  const uploadTime = dataGravityTransfer({ volume: dailyVolume, linkRate: uplink }).time;
  const share = uploadTime.ratio(open);
  const summaryVolume = summary === null ? null : q(items * summary.to("B"), "B");
  return Object.freeze({
    dailyVolume,
    uploadTime,
    shareOfOperatingTime: share,
    fits: share <= 1,
    summaryVolume,
    reduction: summaryVolume === null || summaryVolume.baseValue === 0 ? null : dailyVolume.ratio(summaryVolume),
  });
}
