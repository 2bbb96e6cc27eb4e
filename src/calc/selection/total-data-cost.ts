/**
 * The total cost of a dataset (book Chapter 9, Eq. 9.15 and Table 9.14): acquiring,
 * labelling, storing and processing it. Compute is usually the smallest part.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/**
 * Input of {@link totalDataCost}. Every component is optional and defaults to zero; give
 * a lump sum (`acquisitionCost`, `computeCost`) or a count and a unit price.
 */
export interface TotalDataCostInput {
  /** C_acquire as a lump sum (a licence). Number in USD, or a money quantity. ≥ 0. */
  readonly acquisitionCost?: Amount<"money">;
  /** Samples acquired, ≥ 0 (with `pricePerSample`). */
  readonly acquiredSamples?: number;
  /** Price of acquiring one sample (recording, licensing). Number in USD, or a money quantity. ≥ 0. Book: $0.001–$10. */
  readonly pricePerSample?: Amount<"money">;
  /** Samples labelled, ≥ 0 (with `pricePerLabel`). */
  readonly labeledSamples?: number;
  /** Price of one label. Number in USD, or a money quantity. ≥ 0. Book: $0.10–$100. */
  readonly pricePerLabel?: Amount<"money">;
  /** Bytes stored. Number in GB, or a data quantity. ≥ 0 (with `storagePrice` and `storageMonths`). */
  readonly storedVolume?: Amount<"data">;
  /** Storage price. Number in USD/GB/month, or a storage-price quantity. ≥ 0. Book: $0.02–$0.10 per GB-month. */
  readonly storagePrice?: Amount<"storagePrice"> | Quantity<string>;
  /** Months stored, ≥ 0. Default 1 when a volume is given. */
  readonly storageMonths?: number;
  /** C_process as a lump sum. Number in USD, or a money quantity. ≥ 0. */
  readonly computeCost?: Amount<"money">;
  /** Accelerator-hours used, ≥ 0 (with `pricePerComputeHour`). */
  readonly computeHours?: number;
  /** Price of one accelerator-hour. Number in USD, or a money quantity. ≥ 0. */
  readonly pricePerComputeHour?: Amount<"money">;
}

/** Result of {@link totalDataCost}. */
export interface TotalDataCostResult {
  readonly acquisition: Quantity<"money">;
  readonly labeling: Quantity<"money">;
  readonly storage: Quantity<"money">;
  readonly compute: Quantity<"money">;
  /** Sum of the four. */
  readonly total: Quantity<"money">;
  /** (acquisition + labeling + storage) / total: the data share (`null` when the total is 0). */
  readonly dataShare: number | null;
}

/**
 * C_total = C_acquire + C_label + C_store + C_process.
 *
 * Formula (Eq. 9.15, seed 004 L22943; Table 9.14): `N·c_sample + N_labeled·c_label +
 * S·c_storage·T + compute`. The book's vision dataset: $50,000 licence + 1.2M labels at
 * $0.05 + $200 storage + $25,000 training = $135,200, "82 % data, 18 % compute" (81.5 %).
 *
 * @throws InvalidParameterError for a negative count or price, both a lump sum and a
 *   count for one component, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = totalDataCost({ acquisitionCost: 50_000, labeledSamples: 1.2e6, pricePerLabel: 0.05, computeCost: 25_200 });
 * r.total.format()   // "$135,200"
 * r.dataShare        // 0.8136…
 * ```
 */
export function totalDataCost(input: TotalDataCostInput): TotalDataCostResult {
  const fn = "totalDataCost";
  const check = validatorFor(fn);
  const i = check.options("input", input, [
    "acquisitionCost", "acquiredSamples", "pricePerSample", "labeledSamples", "pricePerLabel",
    "storedVolume", "storagePrice", "storageMonths", "computeCost", "computeHours", "pricePerComputeHour",
  ]);
  const usd = (name: string, value: Amount<"money"> | undefined): number => readAmount(fn, name, value ?? 0, "USD", "nonNegative").to("USD");
  const count = (name: string, value: number | undefined): number => check.nonNegative(name, value ?? 0);
  const oneForm = (lump: string, lumpValue: unknown, counted: string, countedValue: unknown): void => {
    if (lumpValue !== undefined && countedValue !== undefined) check.fail(counted, countedValue, `left out when ${lump} is given`);
  };
  oneForm("acquisitionCost", i.acquisitionCost, "acquiredSamples", i.acquiredSamples);
  oneForm("computeCost", i.computeCost, "computeHours", i.computeHours);
  const acquisition = usd("acquisitionCost", i.acquisitionCost) + count("acquiredSamples", i.acquiredSamples) * usd("pricePerSample", i.pricePerSample);
  const labeling = count("labeledSamples", i.labeledSamples) * usd("pricePerLabel", i.pricePerLabel);
  const volume = readAmount(fn, "storedVolume", i.storedVolume ?? 0, "GB", "nonNegative").to("GB");
  const price = readAmount(fn, "storagePrice", i.storagePrice ?? 0, "USD/GB/month", "nonNegative").to("USD/GB/month");
  const storage = volume * price * count("storageMonths", i.storageMonths ?? 1);
  const compute = usd("computeCost", i.computeCost) + count("computeHours", i.computeHours) * usd("pricePerComputeHour", i.pricePerComputeHour);
  const total = acquisition + labeling + storage + compute;
  return Object.freeze({
    acquisition: q(acquisition, "USD"),
    labeling: q(labeling, "USD"),
    storage: q(storage, "USD"),
    compute: q(compute, "USD"),
    total: q(total, "USD"),
    dataShare: total === 0 ? null : (acquisition + labeling + storage) / total,
  });
}
