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

/** The resource a workload is limited by, as the book's Lighthouse table names it (Table 6.2). */
export type ModelBottleneck = "compute" | "memory bandwidth" | "memory capacity" | "latency" | "power";

/**
 * A reference model (book Tables 21.9 and 6.2, chapter text, and the model authors'
 * papers where the book is silent). The architecture fields are what the layer,
 * transformer and KV-cache calculators read when given a model.
 */
export interface ModelSpec {
  readonly id: string;
  readonly name: string;
  readonly params: Quantity<"param">;
  /** Total training compute, when the book states it. */
  readonly trainingFlops?: Quantity<"flop">;
  readonly trainingTokens?: Quantity<"token">;
  /**
   * Forward-pass compute per inference (per image, per token or per sequence) as printed.
   * Read it with {@link ModelSpec.flopConvention}: the vision figures are MAC counts.
   */
  readonly inferenceFlops?: Quantity<"flop">;
  /** `"MAC"` when `inferenceFlops` is really a multiply-accumulate count (×2 for FLOPs), `"FLOP"` when it counts operations. */
  readonly flopConvention?: "FLOP" | "MAC";
  /** What `inferenceFlops` is per: `"image"`, `"token"`, `"sequence"` or `"inference"`. */
  readonly inferenceUnit?: "image" | "token" | "sequence" | "inference";
  /** Architecture family. */
  readonly family?: "transformer" | "cnn" | "mlp" | "rnn" | "recommender";
  /** Application domain, as Table 6.2 names it (e.g. `"Vision"`). */
  readonly domain?: string;
  /** The resource Table 6.2 says the model stresses. */
  readonly bottleneck?: ModelBottleneck;
  /** Layers (transformer blocks, or weight layers of a CNN). */
  readonly layers?: number;
  /** Hidden (model) width d_model of a transformer. */
  readonly hiddenDim?: number;
  /** Attention (query) heads per layer. */
  readonly heads?: number;
  /** Key/value heads per layer (fewer than `heads` with grouped-query attention). */
  readonly kvHeads?: number;
  /** Width of one attention head (d_model / heads unless stated). */
  readonly headDim?: number;
  /** Inner width of the feed-forward block. */
  readonly ffnDim?: number;
  /** `true` for a gated feed-forward block (SwiGLU: three matrices instead of two). */
  readonly gatedFfn?: boolean;
  /** Vocabulary (token embedding rows). */
  readonly vocabSize?: number;
  /** Maximum context length in tokens. */
  readonly contextLength?: number;
  /** `"learned"` position embeddings (a context × d_model table) or `"rotary"` (no parameters). */
  readonly positionEmbedding?: "learned" | "rotary";
  /** Normalisation layers: LayerNorm (scale and shift) or RMSNorm (scale only). */
  readonly norm?: "layernorm" | "rmsnorm";
  /** Whether the linear layers carry biases. */
  readonly linearBias?: boolean;
  /** Whether the output head reuses the token embedding matrix. */
  readonly tiedEmbeddings?: boolean;
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
