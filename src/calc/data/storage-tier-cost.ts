/**
 * Storage tiers (book Chapter 4, Table 4.3): what a dataset costs to keep on a tier per
 * month and how long one pass over it takes at the tier's read bandwidth.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link storageTierCost}. */
export interface StorageTierCostInput {
  /** Dataset size. Number in GB, or a data quantity. ≥ 0. Book: 736 GB (the KWS corpus). */
  readonly volume: Amount<"data">;
  /** Price of the tier. Number in USD/TB/month, or a storage-price quantity. ≥ 0. Table 4.3: NVMe $100–300, object storage $20–25, archival $1–4. */
  readonly pricePerTbMonth: Amount<"storagePrice"> | Quantity<string>;
  /** Sequential read bandwidth of the tier. Number in B/s, or a data-rate quantity. > 0. Table 4.3: NVMe 5–7 GB/s, object storage 100–500 MB/s per connection. */
  readonly readBandwidth: Amount<"dataRate">;
  /** Months the data is kept, ≥ 0. Default 1. */
  readonly months?: number;
}

/** Result of {@link storageTierCost}. */
export interface StorageTierCostResult {
  /** volume · price. */
  readonly monthlyCost: Quantity<"moneyRate">;
  /** monthlyCost · months. */
  readonly totalCost: Quantity<"money">;
  /** volume / readBandwidth: one full read (one epoch's load). */
  readonly loadTime: Quantity<"time">;
}

/**
 * Monthly cost and full-read time of a dataset on one storage tier.
 *
 * Formulas (Table 4.3, seed 004 L6782–L6860; KWS example L6871–L6873):
 * `cost = volume · price`; `t = volume / bandwidth`. The book: 736 GB costs $17/month on
 * object storage ($16.93 at $23/TB) and $74–221 on NVMe; it loads in 147 s at 5 GB/s
 * against 7,360 s at 100 MB/s, "50× faster loading".
 *
 * @throws InvalidParameterError for a negative volume, price or month count, a
 *   non-positive bandwidth, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const nvme = storageTierCost({ volume: 736, pricePerTbMonth: 100, readBandwidth: q(5, "GB/s") });
 * nvme.monthlyCost.format()   // "$73.6/month"
 * nvme.loadTime.to("s")       // 147.2
 * ```
 */
export function storageTierCost(input: StorageTierCostInput): StorageTierCostResult {
  const fn = "storageTierCost";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["volume", "pricePerTbMonth", "readBandwidth", "months"]);
  const volume = readAmount(fn, "volume", i.volume, "GB", "nonNegative");
  const price = readAmount(fn, "pricePerTbMonth", i.pricePerTbMonth, "USD/TB/month", "nonNegative").to("USD/TB/month");
  const bandwidth = readAmount(fn, "readBandwidth", i.readBandwidth, "B/s", "positive").to("B/s");
  const months = check.nonNegative("months", i.months ?? 1);
  const monthlyUsd = volume.to("TB") * price;
  return Object.freeze({
    monthlyCost: q(monthlyUsd, "USD/month"),
    totalCost: q(monthlyUsd * months, "USD"),
    loadTime: q(volume.to("B") / bandwidth, "s"),
  });
}
