/**
 * Memory of materialised attention score matrices (book E6.12): N × N per head per layer,
 * the O(N²) term that caps context length unless attention is tiled (FlashAttention).
 */
import type { Precision } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readCount } from "../common/count-input";
import { MAX_BATCH, MAX_LAYER_WIDTH } from "../model/dense-layer";
import { bytesPerElement, readPrecision } from "../model/numeric-format";
import { MAX_SEQUENCE_LENGTH } from "../model/recurrent-layer";

/** Input of {@link attentionScoreMemory}. */
export interface AttentionScoreMemoryInput {
  /** N, tokens in the sequence, an integer in [1, 1e9]. */
  readonly sequenceLength: number;
  /** Attention heads per layer, an integer in [1, 1e9]. */
  readonly heads: number;
  /** Layers whose scores are held at once, an integer in [1, 1e9] (default 1). */
  readonly layers?: number;
  /** Sequences, an integer in [1, 1e9] (default 1). */
  readonly batch?: number;
  /** Format of the scores. */
  readonly precision: Precision;
}

/** Result of {@link attentionScoreMemory}. */
export interface AttentionScoreMemory {
  /** batch × heads × N² scores in one layer. */
  readonly elementsPerLayer: number;
  /** Their bytes. */
  readonly perLayer: Quantity<"data">;
  /** perLayer × layers. */
  readonly total: Quantity<"data">;
}

/**
 * Bytes of the attention score matrices: batch × heads × N² × bytes, per layer and in all.
 *
 * Source: seed 004 L11530 (4,096² × 2 B ≈ 32 MB per layer per head, i.e. 32 MiB) and
 * L11677–L11690 (N = 100,000 with 12 heads in FP16: 240 GB per layer, 7,680 GB for 32).
 *
 * @throws InvalidParameterError for counts outside [1, 1e9], an unknown precision or
 *   key, or a missing input.
 * @example
 * ```ts
 * attentionScoreMemory({ sequenceLength: 4096, heads: 1, precision: "fp16" }).perLayer.to("MiB") // 32
 * const long = attentionScoreMemory({ sequenceLength: 100_000, heads: 12, layers: 32, precision: "fp16" });
 * long.perLayer.to("GB")  // 240
 * long.total.to("GB")     // 7680
 * ```
 */
export function attentionScoreMemory(input: AttentionScoreMemoryInput): AttentionScoreMemory {
  const fn = "attentionScoreMemory";
  const c = validatorFor(fn).options("input", input, ["sequenceLength", "heads", "layers", "batch", "precision"]);
  const n = readCount(fn, "sequenceLength", c.sequenceLength, 1, MAX_SEQUENCE_LENGTH);
  const heads = readCount(fn, "heads", c.heads, 1, MAX_LAYER_WIDTH);
  const layers = readCount(fn, "layers", c.layers ?? 1, 1, MAX_LAYER_WIDTH);
  const batch = readCount(fn, "batch", c.batch ?? 1, 1, MAX_BATCH);
  const bytes = bytesPerElement(readPrecision(fn, "precision", c.precision));
  const elementsPerLayer = batch * heads * n * n;
  const perLayer = q(elementsPerLayer * bytes, "B");
  return Object.freeze({ elementsPerLayer, perLayer, total: perLayer.times(layers) });
}
