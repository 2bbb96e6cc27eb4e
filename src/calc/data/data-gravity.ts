/**
 * Data gravity (book Chapter 4, "The Physics of Data Gravity"): moving a large dataset
 * takes time set by the link and costs money set by the provider's egress price, so
 * at petabyte scale the code moves to the data rather than the data to the code.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link dataGravityTransfer}. */
export interface DataGravityTransferInput {
  /** D_vol, the bytes to move. Number in B, or a data quantity (`q(1, "PB")`). ≥ 0. */
  readonly volume: Amount<"data">;
  /** BW, the link's line rate. Number in B/s, or a data-rate quantity (`q(100, "Gbps")`). > 0. */
  readonly linkRate: Amount<"dataRate">;
  /** Share of the line rate the transfer sustains, in (0, 1]. Default 1 (the book's napkin math). */
  readonly linkEfficiency?: number;
  /** Egress price per byte leaving the provider. Number in USD/GB, or a price-per-byte quantity. ≥ 0. Default 0 (no egress charge). */
  readonly egressPrice?: Amount<"pricePerData">;
}

/** Result of {@link dataGravityTransfer}. */
export interface DataGravityTransferResult {
  /** volume / (linkRate · linkEfficiency). */
  readonly time: Quantity<"time">;
  /** The rate the transfer sustains, linkRate · linkEfficiency. */
  readonly effectiveRate: Quantity<"dataRate">;
  /** volume · egressPrice. */
  readonly egressCost: Quantity<"money">;
}

/**
 * Time and egress cost of moving a dataset over a network link.
 *
 * Formulas (seed 004 L5229, L5301–L5316): `T = D_vol / (BW · η)`; `cost = D_vol · egressPrice`.
 * 1 PB over 100 Gbps (12.5 GB/s) takes 80,000 s ≈ 22 h and costs $90,000 at $0.09/GB;
 * over 10 Gbps it takes ≈ 9 days. Link latency is ignored: it is microseconds against hours.
 *
 * @throws InvalidParameterError for a negative volume or price, a link rate ≤ 0, an
 *   efficiency outside (0, 1], a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = dataGravityTransfer({ volume: q(1, "PB"), linkRate: q(100, "Gbps"), egressPrice: q(0.09, "USD/GB") });
 * r.time.to("s")          // 80000
 * r.time.format()         // "22.2 h"
 * r.egressCost.format()   // "$90,000"
 * ```
 */
export function dataGravityTransfer(input: DataGravityTransferInput): DataGravityTransferResult {
  const fn = "dataGravityTransfer";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["volume", "linkRate", "linkEfficiency", "egressPrice"]);
  const volume = readAmount(fn, "volume", i.volume, "B", "nonNegative");
  const rate = readAmount(fn, "linkRate", i.linkRate, "B/s", "positive");
  const efficiency = check.fraction("linkEfficiency", i.linkEfficiency ?? 1);
  const price = readAmount(fn, "egressPrice", i.egressPrice ?? 0, "USD/GB", "nonNegative");
  const effectiveRate = q(rate.to("B/s") * efficiency, "B/s");
  return Object.freeze({
    time: q(volume.to("B") / effectiveRate.to("B/s"), "s"),
    effectiveRate,
    egressCost: q(volume.to("GB") * price.to("USD/GB"), "USD"),
  });
}
