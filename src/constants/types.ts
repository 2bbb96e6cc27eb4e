/**
 * Record types of the constants registries. Calculators accept these records, so a
 * user's own device or model works everywhere a book one does.
 */
import type { Quantity } from "../units/quantity";
import type { Provenance } from "./provenance";

/** Numeric formats the book quotes peak rates for. */
export type Precision = "fp32" | "tf32" | "fp16" | "bf16" | "fp8" | "int8" | "int4";

/** An accelerator, CPU or edge device (book Tables 21.1–21.8, 20.10). */
export interface HardwareSpec {
  readonly id: string;
  readonly name: string;
  readonly kind: "gpu" | "tpu" | "cpu" | "npu" | "mcu" | "wafer" | "other";
  /** Peak dense rate per precision (integer formats in ops/s, stored in the flop dimension). */
  readonly peakFlops: Readonly<Partial<Record<Precision, Quantity<"flopRate">>>>;
  readonly memoryBandwidth?: Quantity<"dataRate">;
  /** On-device memory; the book prints GiB, kept in GiB (never silently GB). */
  readonly memoryCapacity?: Quantity<"data">;
  readonly tdp?: Quantity<"power">;
  /** Where the record as a whole comes from. */
  readonly provenance: Provenance;
  /** Per-field provenance where a field comes from elsewhere (e.g. `{ memoryCapacity: … }`). */
  readonly fieldProvenance?: Readonly<Record<string, Provenance>>;
}

/** A reference model (book Table 21.9 and chapter text). */
export interface ModelSpec {
  readonly id: string;
  readonly name: string;
  readonly params: Quantity<"param">;
  /** Total training compute, when the book states it. */
  readonly trainingFlops?: Quantity<"flop">;
  readonly trainingTokens?: Quantity<"token">;
  /** Forward-pass compute per inference (per image or per sequence). */
  readonly inferenceFlops?: Quantity<"flop">;
  /** "MAC" when the book's FLOP figure is really a multiply-accumulate count. */
  readonly flopConvention?: "FLOP" | "MAC";
  readonly layers?: number;
  readonly hiddenDim?: number;
  readonly provenance: Provenance;
  readonly fieldProvenance?: Readonly<Record<string, Provenance>>;
}

/** A single named constant with unit and provenance (energy, interconnect, prices, scale). */
export interface ConstantSpec {
  /** The book's identifier, verbatim, e.g. "CLOUD_EGRESS_PER_GB". */
  readonly id: string;
  readonly value: Quantity<string> | number;
  /** The unit exactly as the book prints it. */
  readonly printedUnit: string;
  /** Topic: "energy", "interconnect", "economics", "scale", "latency", … */
  readonly group: string;
  readonly description: string;
  readonly provenance: Provenance;
}
