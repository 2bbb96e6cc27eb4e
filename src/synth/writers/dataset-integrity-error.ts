/** The error thrown when a dataset file does not match its manifest. */

/** Which check a dataset failed. */
export type IntegrityCheck = "manifest" | "bytes" | "sha256" | "rows" | "schema" | "format" | "content";

/**
 * Thrown by {@link loadDataset} and {@link verifyDataset} when a data file is missing
 * its manifest, or its size, sha256, row count or schema differs from what the manifest
 * recorded (the file was truncated, edited or replaced after it was written).
 *
 * @example
 * ```ts
 * try { loadDataset("broken.parquet"); } catch (e) {
 *   // e.message === "broken.parquet failed its sha256 check: expected 3f…, got 9a…. The file changed
 *   //   after it was written; regenerate it from the scenario, params and seed in its manifest."
 *   // e.file === "broken.parquet", e.check === "sha256"
 * }
 * ```
 */
export class DatasetIntegrityError extends Error {
  override readonly name = "DatasetIntegrityError";
  /** The data file that failed. */
  readonly file: string;
  /** The check that failed. */
  readonly check: IntegrityCheck;
  /** What the manifest (or the format) requires. */
  readonly expected: string;
  /** What was found. */
  readonly actual: string;

  constructor(file: string, check: IntegrityCheck, expected: string, actual: string) {
    const hint = check === "manifest"
      ? "Every dataset file needs its <file>.manifest.json beside it; regenerate the file with `mlsys-lab generate` or writeDataset."
      : "The file changed after it was written; regenerate it from the scenario, params and seed in its manifest.";
    super(`${file} failed its ${check} check: expected ${expected}, got ${actual}. ${hint}`);
    this.file = file;
    this.check = check;
    this.expected = expected;
    this.actual = actual;
  }
}
