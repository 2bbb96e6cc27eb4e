/** The error thrown when an optional package an adapter needs is not installed. */

/**
 * Thrown when a feature needs a package that is not installed (danfojs-node for
 * {@link toDanfo}, parquet-wasm for Parquet). The message says how to install it.
 *
 * @example
 * ```ts
 * new MissingPackageError("danfojs-node", "npm install danfojs-node@1.2.0").message;
 * // "danfojs-node is not installed. Install it with: npm install danfojs-node@1.2.0"
 * ```
 */
export class MissingPackageError extends Error {
  override readonly name = "MissingPackageError";
  /** The package that could not be loaded. */
  readonly packageName: string;
  /** The command that installs it. */
  readonly install: string;

  constructor(packageName: string, install: string, cause?: string) {
    super(`${packageName} is not installed. Install it with: ${install}${cause ? ` (${cause.split("\n")[0]})` : ""}`);
    this.packageName = packageName;
    this.install = install;
  }
}
