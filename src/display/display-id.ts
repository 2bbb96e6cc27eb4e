/**
 * Display ids for outputs that update in place. They come from a per-process counter,
 * never from randomness, so re-running a notebook from a fresh kernel produces the same
 * ids and the saved outputs do not change.
 */

let counter = 0;

/**
 * The next display id: `mlsys-<kind>-<n>`, with n counting from 1 per process.
 *
 * @example
 * ```ts
 * nextDisplayId("progress") // "mlsys-progress-1" in a fresh kernel, then "mlsys-progress-2", …
 * ```
 */
export function nextDisplayId(kind: string): string {
  counter += 1;
  return `mlsys-${kind}-${counter}`;
}
