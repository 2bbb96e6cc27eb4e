/**
 * One transformer block (book §6.6; Table 6.7): self-attention plus the feed-forward
 * block, O(N·d²) in the projections and FFN and O(N²·d) in the attention terms.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readCount } from "../common/count-input";
import { MAX_BATCH } from "./dense-layer";
import { MAX_SEQUENCE_LENGTH } from "./recurrent-layer";
import { attentionFor, resolveShape, SHAPE_KEYS, type AttentionCost, type TransformerShape } from "./transformer-core";

/** Input of {@link transformerLayerCost}: a shape with `ffnDim` (from a model or explicit) and a sequence. */
export interface TransformerLayerCostInput extends TransformerShape {
  /** N, tokens in the sequence, an integer in [1, 1e9]. */
  readonly sequenceLength: number;
  /** Sequences processed together, an integer in [1, 1e9] (default 1). */
  readonly batch?: number;
}

/** Result of {@link transformerLayerCost}, for one block. */
export interface TransformerLayerCost {
  /** The self-attention part. */
  readonly attention: AttentionCost;
  /** B·N·m·d·d_ffn MACs, m = 2 matrices (3 when gated). */
  readonly ffnMacs: number;
  /** Projections + FFN: the terms linear in N. */
  readonly linearMacs: number;
  /** Scores + values: the terms quadratic in N. */
  readonly quadraticMacs: number;
  /** Everything in the block. */
  readonly macs: number;
  /** 2·MACs. */
  readonly flops: Quantity<"flop">;
  /** quadraticMacs / macs. */
  readonly attentionShare: number;
  /** macs × layers, when the shape gives `layers` (else equal to `macs`, for one block). */
  readonly allLayersMacs: number;
}

/**
 * MACs of one transformer block at a sequence length: attention projections, the N²
 * attention terms and the feed-forward block.
 *
 * Formula (Table 6.7, seed 004 L12787–L12830: forward O(n²·d + n·d²)): linear terms
 * B·N·[(2·h + 2·h_kv)·d_head·d + m·d·d_ffn], quadratic terms 2·B·h·N²·d_head.
 *
 * @throws InvalidParameterError for a missing shape field (e.g. `ffnDim`), sizes outside
 *   [1, 1e9], an unknown model or key, or a missing input.
 * @example
 * ```ts
 * const block = transformerLayerCost({ model: "GPT-2-Small", sequenceLength: 1024 });
 * block.ffnMacs            // 4831838208
 * block.attentionShare     // 0.1818…
 * ```
 */
export function transformerLayerCost(input: TransformerLayerCostInput): TransformerLayerCost {
  const fn = "transformerLayerCost";
  const c = validatorFor(fn).options("input", input, [...SHAPE_KEYS, "sequenceLength", "batch"]);
  const shape = resolveShape(fn, c, ["dModel", "heads", "kvHeads", "headDim", "ffnDim"]);
  const n = readCount(fn, "sequenceLength", c.sequenceLength, 1, MAX_SEQUENCE_LENGTH);
  const batch = readCount(fn, "batch", c.batch ?? 1, 1, MAX_BATCH);
  const attention = attentionFor(shape, n, batch);
  const ffnMacs = batch * n * (shape.gatedFfn ? 3 : 2) * (shape.dModel as number) * (shape.ffnDim as number);
  const linearMacs = attention.projectionMacs + ffnMacs;
  const macs = linearMacs + attention.attentionMacs;
  return Object.freeze({
    attention,
    ffnMacs,
    linearMacs,
    quadraticMacs: attention.attentionMacs,
    macs,
    flops: q(2 * macs, "FLOP"),
    attentionShare: attention.attentionMacs / macs,
    allLayersMacs: macs * (shape.layers ?? 1),
  });
}
