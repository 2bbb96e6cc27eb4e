/**
 * Reading a transformer's shape from a registry model and/or explicit fields, and the
 * attention arithmetic, for the attention, transformer-layer, crossover, parameter and
 * KV-cache calculators.
 * Internal: errors name the public calculator that called it.
 */
import { modelRegistry } from "../../constants/models";
import type { ModelSpec } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readCount, readFlag } from "../common/count-input";
import { MAX_LAYER_WIDTH } from "./dense-layer";

/**
 * A transformer's shape: a registry `model` (id or record) supplies any field it has;
 * explicit fields override it. Unstated, `headDim` is dModel / heads, `kvHeads` equals
 * `heads` (multi-head attention) and the feed-forward block is not gated.
 */
export interface TransformerShape {
  /** A registered model id (`"Llama-3-8B"`) or a {@link ModelSpec}. */
  readonly model?: string | ModelSpec;
  /** Transformer blocks, an integer in [1, 1e9]. */
  readonly layers?: number;
  /** d_model, the hidden width, an integer in [1, 1e9]. */
  readonly dModel?: number;
  /** Query heads h, an integer in [1, 1e9]. */
  readonly heads?: number;
  /** Key/value heads (grouped-query attention), an integer in [1, 1e9] dividing `heads`. */
  readonly kvHeads?: number;
  /** d_head, an integer in [1, 1e9]. */
  readonly headDim?: number;
  /** Inner width of the feed-forward block, an integer in [1, 1e9]. */
  readonly ffnDim?: number;
  /** `true` for a gated (SwiGLU) feed-forward block with three matrices. */
  readonly gatedFfn?: boolean;
}

/** The keys of {@link TransformerShape}, for option checks. */
export const SHAPE_KEYS = ["model", "layers", "dModel", "heads", "kvHeads", "headDim", "ffnDim", "gatedFfn"] as const;

/** A resolved shape: the model as a record, the flag decided; numeric fields the caller did not require may be undefined. */
export type ResolvedShape = Omit<TransformerShape, "model" | "gatedFfn"> & { readonly model?: ModelSpec; readonly gatedFfn: boolean };

type NumericField = "layers" | "dModel" | "heads" | "kvHeads" | "headDim" | "ffnDim";
const MODEL_FIELD: Record<NumericField, keyof ModelSpec> = {
  layers: "layers", dModel: "hiddenDim", heads: "heads", kvHeads: "kvHeads", headDim: "headDim", ffnDim: "ffnDim",
};

/**
 * Resolves `input`'s shape, requiring the fields in `required` (and whatever they are
 * derived from: headDim needs dModel and heads unless given).
 */
export function resolveShape(fn: string, input: TransformerShape, required: readonly NumericField[]): ResolvedShape {
  const check = validatorFor(fn);
  const model = input.model === undefined ? undefined : modelRegistry.resolve(input.model, fn, "model");
  const read = (field: NumericField): number | undefined => {
    const explicit = input[field];
    if (explicit !== undefined) return readCount(fn, field, explicit, 1, MAX_LAYER_WIDTH);
    const fromModel = model?.[MODEL_FIELD[field]];
    return typeof fromModel === "number" ? readCount(fn, `model.${MODEL_FIELD[field]}`, fromModel, 1, MAX_LAYER_WIDTH) : undefined;
  };
  const missing = (field: NumericField): never =>
    check.fail(field, undefined, `an integer in [1, ${MAX_LAYER_WIDTH}], or a model whose record gives ${MODEL_FIELD[field]}` +
      (model ? ` (model ${JSON.stringify(model.id)} does not)` : ""));
  const values: Partial<Record<NumericField, number>> = {};
  for (const field of ["layers", "dModel", "heads", "ffnDim"] as const) values[field] = read(field);
  values.kvHeads = read("kvHeads") ?? values.heads;
  values.headDim = read("headDim");
  if (values.headDim === undefined && values.dModel !== undefined && values.heads !== undefined) {
    if (values.dModel % values.heads !== 0) check.fail("headDim", undefined, `given, since dModel (${values.dModel}) is not a multiple of heads (${values.heads})`);
    values.headDim = values.dModel / values.heads;
  }
  for (const field of required) if (values[field] === undefined) missing(field);
  if (values.heads !== undefined && values.kvHeads !== undefined && values.heads % values.kvHeads !== 0) {
    check.fail("kvHeads", values.kvHeads, `a divisor of heads (${values.heads})`);
  }
  const gatedFfn = readFlag(fn, "gatedFfn", input.gatedFfn ?? model?.gatedFfn, false);
  return Object.freeze({ ...(model ? { model } : {}), ...values, gatedFfn });
}

/** Result of `attentionCost`, for one layer. */
export interface AttentionCost {
  /** B·N·d·(h·d_head) MACs. */
  readonly queryProjectionMacs: number;
  /** B·N·d·(h_kv·d_head) MACs each for K and for V. */
  readonly keyValueProjectionMacs: number;
  /** B·N·(h·d_head)·d MACs. */
  readonly outputProjectionMacs: number;
  /** All four projections: grows linearly with N. */
  readonly projectionMacs: number;
  /** QKᵀ: B·h·N²·d_head MACs. */
  readonly scoreMacs: number;
  /** Attention weights times V: B·h·N²·d_head MACs. */
  readonly valueMacs: number;
  /** scoreMacs + valueMacs: grows with N². */
  readonly attentionMacs: number;
  /** Everything. */
  readonly macs: number;
  /** 2·MACs. */
  readonly flops: Quantity<"flop">;
  /** B·h·N² entries of the score matrices (see `attentionScoreMemory` for their bytes). */
  readonly scoreElements: number;
  /** attentionMacs / macs, the share of the N² terms. */
  readonly attentionShare: number;
}

/** The per-token MACs of the four projections for a resolved shape. */
export function projectionMacsPerToken(shape: ResolvedShape): { query: number; keyValue: number; output: number } {
  const d = shape.dModel as number;
  const qWidth = (shape.heads as number) * (shape.headDim as number);
  const kvWidth = (shape.kvHeads as number) * (shape.headDim as number);
  return { query: d * qWidth, keyValue: d * kvWidth, output: qWidth * d };
}

/** One layer's attention cost for a resolved shape (shared by `attentionCost` and `transformerLayerCost`). */
export function attentionFor(shape: ResolvedShape, n: number, batch: number): AttentionCost {
  const perToken = projectionMacsPerToken(shape);
  const tokens = batch * n;
  const queryProjectionMacs = tokens * perToken.query;
  const keyValueProjectionMacs = tokens * perToken.keyValue;
  const outputProjectionMacs = tokens * perToken.output;
  const projectionMacs = queryProjectionMacs + 2 * keyValueProjectionMacs + outputProjectionMacs;
  const heads = shape.heads as number;
  const scoreElements = batch * heads * n * n;
  const scoreMacs = scoreElements * (shape.headDim as number);
  const attentionMacs = 2 * scoreMacs;
  const macs = projectionMacs + attentionMacs;
  return Object.freeze({
    queryProjectionMacs, keyValueProjectionMacs, outputProjectionMacs, projectionMacs,
    scoreMacs, valueMacs: scoreMacs, attentionMacs, macs,
    flops: q(2 * macs, "FLOP"),
    scoreElements,
    attentionShare: attentionMacs / macs,
  });
}
