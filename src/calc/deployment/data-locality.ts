/**
 * The Data Locality Invariant (book Chapter 2, seed 004 L3169; drone example
 * L3183–L3205): process locally when shipping the data takes longer than the whole
 * remote path would allow.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link dataLocality}. */
export interface DataLocalityInput {
  /** D_vol, bytes per request: number in B, or a data quantity. ≥ 0. */
  readonly payload: Amount<"data">;
  /** BW_net, uplink bandwidth: number in bit/s, or a data-rate quantity (`q(100, "Mbps")`). > 0. */
  readonly networkBandwidth: Amount<"dataRate">;
  /** L_net, network round trip plus remote overheads: number in ms, or a time quantity. ≥ 0. */
  readonly networkLatency: Amount<"time">;
  /** O / R_peak,remote, remote compute time: number in ms, or a time quantity (≥ 0); default 0. */
  readonly remoteComputeTime?: Amount<"time">;
}

/** Result of {@link dataLocality}. */
export interface DataLocalityResult {
  /** D_vol / BW_net. */
  readonly transmitTime: Quantity<"time">;
  /** L_net + O / R_peak,remote. */
  readonly remoteTime: Quantity<"time">;
  /** transmitTime + remoteTime: the offloaded request end to end. */
  readonly offloadTotal: Quantity<"time">;
  /** transmitTime / remoteTime (`null` when remoteTime is 0). */
  readonly ratio: number | null;
  /** D_vol/BW_net > L_net + O/R_peak,remote: the book's "Bandwidth Blocked, Locality Mandatory". */
  readonly localMandatory: boolean;
}

/**
 * The invariant: local processing is mandatory when D_vol/BW_net > L_net + O/R_peak,remote.
 * Book: a 4K frame (3840 × 2160 × 3 B) over a 100 Mbps uplink takes 1,991 ms against a
 * 110 ms remote path.
 *
 * @throws InvalidParameterError for negative amounts or a bandwidth ≤ 0.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * const d = dataLocality({ payload: 3840 * 2160 * 3, networkBandwidth: q(100, "Mbps"), networkLatency: 110 });
 * d.transmitTime.to("ms") // 1990.656
 * d.localMandatory        // true
 * ```
 */
export function dataLocality(input: DataLocalityInput): DataLocalityResult {
  const fn = "dataLocality";
  const i = validatorFor(fn).options("input", input, ["payload", "networkBandwidth", "networkLatency", "remoteComputeTime"]);
  const payload = readAmount(fn, "payload", i.payload, "B", "nonNegative");
  const bandwidth = readAmount(fn, "networkBandwidth", i.networkBandwidth, "bit/s", "positive");
  const latency = readAmount(fn, "networkLatency", i.networkLatency, "ms", "nonNegative");
  const remote = readAmount(fn, "remoteComputeTime", i.remoteComputeTime ?? 0, "ms", "nonNegative");
  const transmitTime = payload.div(bandwidth) as Quantity<"time">;
  const remoteTime = latency.plus(remote);
  return Object.freeze({
    transmitTime, remoteTime, offloadTotal: transmitTime.plus(remoteTime),
    ratio: remoteTime.baseValue === 0 ? null : transmitTime.ratio(remoteTime),
    localMandatory: transmitTime.baseValue > remoteTime.baseValue,
  });
}
