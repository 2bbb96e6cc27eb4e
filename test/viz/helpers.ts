/** Shared fixtures for the viz tests. */
import type { TopLevelSpec } from "vega-lite";
import { compileVegaLite } from "../../src/viz/compile-vega-lite";

/** GPT-3-style scaling rows: training time ∝ 1/GPUs for two models. */
export const scalingRows = [256, 512, 1024, 2048, 4096].flatMap((gpus) => [
  { gpus, days: (25.3 * 1024) / gpus, model: "GPT-3" },
  { gpus, days: (9 * 1024) / gpus, model: "Small" },
]);

/** Compiles with vega-lite 5 and returns the Vega spec; throws on any warning. */
export function compiles(spec: TopLevelSpec): Record<string, unknown> {
  return compileVegaLite(spec) as unknown as Record<string, unknown>;
}

/** Calls `fn` and returns the error it throws (fails the test when it does not throw). */
export function errorOf(fn: () => unknown): Error & Record<string, unknown> {
  try {
    fn();
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error("expected the call to throw");
}
