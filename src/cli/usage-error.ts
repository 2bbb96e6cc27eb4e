/** The error for a bad command line. */

/**
 * Thrown for a bad command line (unknown command, scenario, option or format, a
 * missing or malformed value). The CLI prints its message on one line and exits 2.
 *
 * @example
 * ```ts
 * new UsageError("generate", "--rows must be an integer ≥ 1; got \"abc\"").message;
 * // "mlsys-lab generate: --rows must be an integer ≥ 1; got \"abc\""
 * ```
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The command whose arguments were rejected ("" for the top level). */
  readonly command: string;

  constructor(command: string, detail: string) {
    super(`mlsys-lab${command ? ` ${command}` : ""}: ${detail}`);
    this.command = command;
  }
}
