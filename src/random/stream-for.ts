/**
 * Named streams: one stream per dataset column, derived from the column's name so
 * that adding, removing or reordering columns never changes the others.
 */
import { validatorFor } from "../util/validate";
import { philox, PhiloxSource } from "./philox";

/**
 * Hashes a name to a stream id with 32-bit FNV-1a over its UTF-8 bytes:
 * h₀ = 2166136261, hᵢ₊₁ = (hᵢ ⊕ byteᵢ) · 16777619 mod 2^32. Any language reproduces
 * it in a few lines. Distinct names can collide (about 1 pair in 2^32); give such
 * columns explicit numeric streams instead.
 *
 * @param name - non-empty string
 * @returns an integer in [0, 2^32)
 * @throws InvalidParameterError if `name` is not a non-empty string
 * @example
 * ```ts
 * streamId("latency_ms"); // 3588410650
 * ```
 */
export function streamId(name: string): number {
  if (typeof name !== "string" || name.length === 0) validatorFor("streamId").fail("name", name, "a non-empty string");
  const bytes = new TextEncoder().encode(name);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

/**
 * A Philox4x32-10 source for the stream named `name` of `seed`:
 * `philox(seed, { stream: streamId(name) })`.
 *
 * @param seed - integer in [0, 2^53)
 * @param name - column or component name
 * @throws InvalidParameterError for a bad seed or an empty name
 * @example
 * ```ts
 * streamFor(42, "latency_ms").stream; // 3588410650
 * ```
 */
export function streamFor(seed: number, name: string): PhiloxSource {
  return philox(seed, { stream: streamId(name) });
}
