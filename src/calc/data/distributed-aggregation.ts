/**
 * Reduce locally, then combine (book Chapter 4, distributed mean): gathering every
 * byte to one node pays the network for the whole dataset; computing partial results
 * where the data lives moves only a few bytes per node.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link distributedAggregation}. */
export interface DistributedAggregationInput {
  /** Data spread over the nodes. Number in B, or a data quantity. ≥ 0. Book: 1 TB. */
  readonly volume: Amount<"data">;
  /** Nodes holding equal shares, an integer ≥ 1. Book: 100. */
  readonly nodes: number;
  /** Network bandwidth into the gathering node. Number in B/s, or a data-rate quantity. > 0. Book: 10 GB/s. */
  readonly networkBandwidth: Amount<"dataRate">;
  /** Memory bandwidth of one node scanning its share. Number in B/s, or a data-rate quantity. > 0. Book: RAM 50–200 GB/s (its 0.01 s implies 1 TB/s). */
  readonly memoryBandwidth: Amount<"dataRate">;
  /** Time for the gathering node to compute over all the data once it has arrived. Number in s, or a time quantity. ≥ 0. Default: volume / memoryBandwidth. Book: ~1 s. */
  readonly centralComputeTime?: Amount<"time">;
  /** Bytes of one node's partial result. Number in B, or a data quantity. ≥ 0. Default 8 (one float64 mean; a count doubles it). */
  readonly partialResultSize?: Amount<"data">;
}

/** Result of {@link distributedAggregation}. */
export interface DistributedAggregationResult {
  /** volume / networkBandwidth. */
  readonly gatherTime: Quantity<"time">;
  /** gatherTime + centralComputeTime. */
  readonly centralizedTime: Quantity<"time">;
  /** (volume / nodes) / memoryBandwidth: every node scans its share in parallel. */
  readonly localScanTime: Quantity<"time">;
  /** nodes · partialResultSize / networkBandwidth. */
  readonly combineTime: Quantity<"time">;
  /** localScanTime + combineTime. */
  readonly localFirstTime: Quantity<"time">;
  /** centralizedTime / localFirstTime (`null` when localFirstTime is 0). */
  readonly speedup: number | null;
}

/**
 * Centralized versus local-first aggregation of a reducing operation (sum, mean, count).
 *
 * Formulas (seed 004 L6468–L6494): centralized = volume / network + compute; local-first
 * = (volume / nodes) / memory + nodes · partial / network. The book: 100 s + 1 s against
 * "~0.01 s", "10,000× faster"; its 0.01 s for 10 GB implies 1 TB/s of memory bandwidth,
 * and the chapter's own 50–200 GB/s gives 0.05–0.2 s, a 500–2,000× speedup.
 *
 * @throws InvalidParameterError for a negative volume or size, nodes that are not an
 *   integer ≥ 1, non-positive bandwidths, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = distributedAggregation({ volume: q(1, "TB"), nodes: 100, networkBandwidth: q(10, "GB/s"), memoryBandwidth: q(100, "GB/s"), centralComputeTime: 1 });
 * r.centralizedTime.to("s")   // 101
 * r.localFirstTime.to("s")    // 0.10000008
 * r.speedup                   // 1009.9991920006463
 * ```
 */
export function distributedAggregation(input: DistributedAggregationInput): DistributedAggregationResult {
  const fn = "distributedAggregation";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["volume", "nodes", "networkBandwidth", "memoryBandwidth", "centralComputeTime", "partialResultSize"]);
  const volume = readAmount(fn, "volume", i.volume, "B", "nonNegative").to("B");
  const nodes = check.integer("nodes", i.nodes, 1);
  const network = readAmount(fn, "networkBandwidth", i.networkBandwidth, "B/s", "positive").to("B/s");
  const memory = readAmount(fn, "memoryBandwidth", i.memoryBandwidth, "B/s", "positive").to("B/s");
  const compute = i.centralComputeTime === undefined ? volume / memory : readAmount(fn, "centralComputeTime", i.centralComputeTime, "s", "nonNegative").to("s");
  const partial = readAmount(fn, "partialResultSize", i.partialResultSize ?? 8, "B", "nonNegative").to("B");
  const gather = volume / network;
  const scan = volume / nodes / memory;
  const combine = (nodes * partial) / network;
  const central = gather + compute;
  const local = scan + combine;
  return Object.freeze({
    gatherTime: q(gather, "s"),
    centralizedTime: q(central, "s"),
    localScanTime: q(scan, "s"),
    combineTime: q(combine, "s"),
    localFirstTime: q(local, "s"),
    speedup: local === 0 ? null : central / local,
  });
}
