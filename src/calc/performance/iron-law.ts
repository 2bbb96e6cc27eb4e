/**
 * The Iron Law of ML Systems (book Eq. 1.4–1.6): time is a data term plus a compute
 * term plus a fixed latency, and energy is dominated by moving bytes. These are the
 * book's first diagnostic: find which term dominates before optimising anything.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** The three terms of the Iron Law. */
export type IronLawTerm = "data" | "compute" | "latency";

/** Inputs of {@link ironLaw}. */
export interface IronLawInput {
  /** D_vol, bytes moved. Number in B, or a data quantity. ≥ 0. */
  readonly dataVolume: Amount<"data">;
  /** BW, memory or network bandwidth. Number in B/s, or a data-rate quantity. > 0. */
  readonly bandwidth: Amount<"dataRate">;
  /** O, operations. Number in FLOP, or a flop quantity. ≥ 0. */
  readonly operations: Amount<"flop">;
  /** R_peak, peak rate of the hardware. Number in FLOP/s, or a flop-rate quantity. > 0. */
  readonly peakFlops: Amount<"flopRate">;
  /** η, the fraction of peak achieved, in (0, 1]. */
  readonly efficiency: number;
  /** L_lat, fixed overhead (kernel launch, network round trip). Number in s, or a time quantity. ≥ 0. */
  readonly latency: Amount<"time">;
  /** `true` for the pipelined form (Eq. 1.5), where data movement and compute overlap. Default `false`. */
  readonly overlap?: boolean;
}

/** Result of {@link ironLaw}. */
export interface IronLawResult {
  /** D_vol / BW. */
  readonly dataTime: Quantity<"time">;
  /** O / (R_peak · η). */
  readonly computeTime: Quantity<"time">;
  /** L_lat. */
  readonly latencyTime: Quantity<"time">;
  /** The sum (sequential) or max-plus-latency (pipelined) of the terms. */
  readonly total: Quantity<"time">;
  /** The largest term; ties go to compute, then data, then latency. */
  readonly dominant: IronLawTerm;
  /** `"pipelined"` when `overlap` was true, else `"sequential"`. */
  readonly mode: "sequential" | "pipelined";
}

/** Order in which equal terms are preferred as "dominant". */
const TIE_ORDER: readonly IronLawTerm[] = ["compute", "data", "latency"];

/**
 * Time of one ML task by the Iron Law.
 *
 * Sequential (Eq. 1.4, seed 004 L1288): `T = D_vol/BW + O/(R_peak·η) + L_lat`.
 * Pipelined (Eq. 1.5, L1306), when data movement overlaps compute:
 * `T = max(D_vol/BW, O/(R_peak·η)) + L_lat`.
 * Symbols: D_vol = `dataVolume` (B), BW = `bandwidth` (B/s), O = `operations` (FLOP),
 * R_peak = `peakFlops` (FLOP/s), η = `efficiency`, L_lat = `latency` (s). Every term
 * and the result are times.
 *
 * `dominant` names the largest term, which is the one worth optimising (the book's
 * self-test, L1375: doubling R_peak only shrinks the compute term). When two terms
 * are exactly equal, compute is preferred over data and both over latency, as in the
 * book engine's bottleneck rule (a tie resolves to compute); with all terms zero the
 * answer is therefore `"compute"`.
 *
 * @throws InvalidParameterError when an amount is NaN, infinite or negative, when
 *   `bandwidth` or `peakFlops` is zero, when `efficiency` is outside (0, 1], or when
 *   `overlap` is not a boolean.
 * @throws DimensionError when a quantity of the wrong dimension is passed.
 * @example
 * ```ts
 * // ResNet-50, batch 1, FP16 on an A100 (WE-2.2): memory-bound
 * const r = ironLaw({ dataVolume: q(51.2, "MB"), bandwidth: q(2.04, "TB/s"),
 *   operations: q(4.1, "GFLOP"), peakFlops: q(312, "TFLOP/s"), efficiency: 1, latency: 0 });
 * r.dataTime.to("ms")    // 0.0250980…
 * r.computeTime.to("ms") // 0.0131410…
 * r.dominant             // "data"
 * r.total.format()       // "38.2 µs"
 * ```
 */
export function ironLaw(input: IronLawInput): IronLawResult {
  const fn = "ironLaw";
  const check = validatorFor(fn);
  const dataVolume = readAmount(fn, "dataVolume", input.dataVolume, "B", "nonNegative");
  const bandwidth = readAmount(fn, "bandwidth", input.bandwidth, "B/s", "positive");
  const operations = readAmount(fn, "operations", input.operations, "FLOP", "nonNegative");
  const peakFlops = readAmount(fn, "peakFlops", input.peakFlops, "FLOP/s", "positive");
  const efficiency = check.fraction("efficiency", input.efficiency);
  const latencyTime = readAmount(fn, "latency", input.latency, "s", "nonNegative");
  const overlap = input.overlap ?? false;
  if (typeof overlap !== "boolean") check.fail("overlap", overlap, "true or false");

  const dataTime = dataVolume.div(bandwidth);
  const computeTime = operations.div(peakFlops.times(efficiency));
  const work = overlap
    ? computeTime.compare(dataTime) >= 0 ? computeTime : dataTime
    : dataTime.plus(computeTime);
  const total = work.plus(latencyTime);

  const terms: Record<IronLawTerm, Quantity<"time">> = { data: dataTime, compute: computeTime, latency: latencyTime };
  const dominant = largestTerm(terms);
  return Object.freeze({ dataTime, computeTime, latencyTime, total, dominant, mode: overlap ? "pipelined" : "sequential" });
}

function largestTerm(terms: Record<IronLawTerm, Quantity<"time">>): IronLawTerm {
  let best: IronLawTerm = TIE_ORDER[0];
  for (const term of TIE_ORDER) {
    if (terms[term].baseValue > terms[best].baseValue) best = term;
  }
  return best;
}

/** Inputs of {@link ironLawEnergy}. */
export interface IronLawEnergyInput {
  /** D_vol, bytes moved. Number in B, or a data quantity. ≥ 0. */
  readonly dataVolume: Amount<"data">;
  /** E_move, energy per byte moved. Number in J/B, or an energy-per-byte quantity (`q(160, "pJ/B")`). ≥ 0. */
  readonly energyPerByte: Amount<"energyPerData">;
  /** O, operations. Number in FLOP, or a flop quantity. ≥ 0. */
  readonly operations: Amount<"flop">;
  /** E_compute, energy per operation. Number in J/FLOP, or an energy-per-flop quantity (`q(1.1, "pJ/FLOP")`). ≥ 0. */
  readonly energyPerFlop: Amount<"energyPerFlop">;
}

/** Result of {@link ironLawEnergy}. */
export interface IronLawEnergyResult {
  /** D_vol · E_move. */
  readonly movementEnergy: Quantity<"energy">;
  /** O · E_compute. */
  readonly computeEnergy: Quantity<"energy">;
  /** The sum. */
  readonly total: Quantity<"energy">;
  /** The larger term; a tie (including 0 = 0) goes to `"movement"`, the book's dominant term. */
  readonly dominant: "movement" | "compute";
}

/**
 * Energy of one ML task by the Energy Corollary of the Iron Law.
 *
 * Formula (Eq. 1.6, seed 004 L1357; also Notation L374):
 * `E_total ≈ D_vol·E_move + O·E_compute`, with D_vol = `dataVolume` (B), E_move =
 * `energyPerByte` (J/B), O = `operations` (FLOP), E_compute = `energyPerFlop` (J/FLOP).
 * Results in joules. The book expects movement to dominate: "moving a byte … often
 * costs 100× more energy than a floating-point operation" (L1359).
 *
 * @throws InvalidParameterError when an amount is NaN, infinite or negative.
 * @throws DimensionError when a quantity of the wrong dimension is passed.
 * @example
 * ```ts
 * const e = ironLawEnergy({ dataVolume: q(1, "GB"), energyPerByte: q(160, "pJ/B"),
 *   operations: q(1, "TFLOP"), energyPerFlop: q(1.1, "pJ/FLOP") });
 * e.movementEnergy.to("J") // 0.16
 * e.computeEnergy.to("J")  // 1.1
 * e.dominant               // "compute"
 * e.total.format()         // "1.26 J"
 * ```
 */
export function ironLawEnergy(input: IronLawEnergyInput): IronLawEnergyResult {
  const fn = "ironLawEnergy";
  const dataVolume = readAmount(fn, "dataVolume", input.dataVolume, "B", "nonNegative");
  const energyPerByte = readAmount(fn, "energyPerByte", input.energyPerByte, "J/B", "nonNegative");
  const operations = readAmount(fn, "operations", input.operations, "FLOP", "nonNegative");
  const energyPerFlop = readAmount(fn, "energyPerFlop", input.energyPerFlop, "J/FLOP", "nonNegative");

  const movementEnergy = dataVolume.times(energyPerByte);
  const computeEnergy = operations.times(energyPerFlop);
  const total = movementEnergy.plus(computeEnergy);
  const dominant = computeEnergy.baseValue > movementEnergy.baseValue ? "compute" : "movement";
  return Object.freeze({ movementEnergy, computeEnergy, total, dominant });
}
