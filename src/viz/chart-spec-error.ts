/**
 * The error thrown when Vega-Lite or Vega rejects or warns about a chart spec.
 */

/**
 * Thrown by {@link compileVegaLite} and `renderSvg` when the compiler or the renderer
 * reports an error or a warning. A warning usually means a chart silently drops
 * something (an unknown field, an impossible scale), so mlsys-lab treats it as an
 * error. `messages` lists every message in the order it was reported.
 *
 * @example
 * ```ts
 * try { compileVegaLite({ ...spec, mark: "lin" } as any) } catch (e) {
 *   // e.name === "ChartSpecError"
 *   // e.message starts "compileVegaLite: Vega-Lite reported 1 problem"
 * }
 * ```
 */
export class ChartSpecError extends Error {
  override readonly name = "ChartSpecError";
  /** The public function that compiled or rendered the spec. */
  readonly functionName: string;
  /** Every warning and error text, in order. */
  readonly messages: readonly string[];

  constructor(functionName: string, source: string, messages: readonly string[]) {
    const count = `${messages.length} problem${messages.length === 1 ? "" : "s"}`;
    super(`${functionName}: ${source} reported ${count}:\n${messages.map((m) => `  - ${m}`).join("\n")}`);
    this.functionName = functionName;
    this.messages = Object.freeze([...messages]);
  }
}
