/**
 * Memory of stored activations: the values a forward pass keeps, per sample and per
 * layer, for the backward pass (training) or the next layer (inference).
 */
import type { Precision } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readCount } from "../common/count-input";
import { MAX_BATCH } from "../model/dense-layer";
import { bytesPerElement, readPrecision } from "../model/numeric-format";

/** Largest per-sample, per-layer element count accepted. */
export const MAX_ACTIVATION_ELEMENTS = 1e15;

/** Input of {@link activationMemory}. */
export interface ActivationMemoryInput {
  /** B, samples in the batch, an integer in [1, 1e9]. */
  readonly batch: number;
  /** Values one sample stores per layer, an integer in [0, 1e15]. */
  readonly elementsPerSample: number;
  /** Layers that each store that many values, an integer in [1, 1e6] (default 1). */
  readonly layers?: number;
  /** Format the activations are stored in. */
  readonly precision: Precision;
}

/** Result of {@link activationMemory}. */
export interface ActivationMemory {
  /** B × layers × elements per sample. */
  readonly elements: number;
  /** elements × bytes per element. */
  readonly memory: Quantity<"data">;
}

/**
 * Bytes of activations kept in memory: batch × layers × elements per sample × bytes.
 *
 * Source: book Eq. 5.21 (seed 004 L9262) counts activations as one of three training
 * memory terms; Chapter 7's "administrative tax" estimate (L15545) takes
 * Batch × Layers × Width² × 2 bytes: 32 × 100 × 1024² × 2 B ≈ 6.7 GB.
 *
 * @throws InvalidParameterError for counts outside their ranges, an unknown precision
 *   or key, or a missing input.
 * @example
 * ```ts
 * activationMemory({ batch: 32, layers: 100, elementsPerSample: 1024 ** 2, precision: "fp16" }).memory.to("GB") // 6.7108864
 * activationMemory({ batch: 32, elementsPerSample: 986, precision: "fp32" }).memory.to("KiB")                  // 123.25
 * ```
 */
export function activationMemory(input: ActivationMemoryInput): ActivationMemory {
  const fn = "activationMemory";
  const c = validatorFor(fn).options("input", input, ["batch", "elementsPerSample", "layers", "precision"]);
  const batch = readCount(fn, "batch", c.batch, 1, MAX_BATCH);
  const perSample = readCount(fn, "elementsPerSample", c.elementsPerSample, 0, MAX_ACTIVATION_ELEMENTS);
  const layers = readCount(fn, "layers", c.layers ?? 1, 1, 1e6);
  const bytes = bytesPerElement(readPrecision(fn, "precision", c.precision));
  const elements = batch * layers * perSample;
  return Object.freeze({ elements, memory: q(elements * bytes, "B") });
}
