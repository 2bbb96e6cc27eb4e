/**
 * `show`, `markdown` and `html`: the notebook-facing display calls. Each builds a MIME
 * bundle and sends it through a {@link DisplayChannel} (the kernel by default).
 */
import { validatorFor } from "../util/validate";
import type { DisplayChannel, SendOptions } from "./display-channel";
import { toMimeBundle, type MimeBundleOptions } from "./mime-bundle";
import { kernelChannel } from "./tslab-channel";

/** Options of {@link show}: bundle options, send options and the channel. */
export interface ShowOptions extends MimeBundleOptions, SendOptions {
  /** Where to send (default: the tslab kernel, or stdout outside one). */
  channel?: DisplayChannel;
}

/** Options of {@link markdown} and {@link html}. */
export interface TextDisplayOptions extends SendOptions {
  /** Where to send (default: the tslab kernel, or stdout outside one). */
  channel?: DisplayChannel;
}

/**
 * Displays a value as rich output: a chart (interactive Vega-Lite plus SVG and text
 * fallbacks), a Quantity, a calculator result or a table of rows; see
 * {@link toMimeBundle} for every case. Returns nothing, so tslab does not also print
 * the value as the cell's last expression.
 *
 * Outside a notebook (a Node script) it prints the text form to stdout.
 *
 * @throws ChartSpecError for a chart that does not compile or render cleanly.
 * @example
 * ```ts
 * show(q(2184000, "s"));                 // 25.3 days
 * show({ gpus: 1024, days: 25.3 });      // a name | value table
 * show(lineChart({ … }));                // the chart
 * ```
 */
export function show(value: unknown, options: ShowOptions = {}): void {
  const { channel = kernelChannel, displayId, update, ...bundleOptions } = options;
  channel.send(toMimeBundle(value, bundleOptions), { displayId, update });
}

function requireText(functionName: string, text: unknown): string {
  if (typeof text !== "string") validatorFor(functionName).fail("text", text, "a string");
  return text as string;
}

/**
 * Displays Markdown text (GitHub-flavoured; tables and LaTeX `$…$` render in
 * JupyterLab). The text itself is the plain-text fallback.
 *
 * @throws InvalidParameterError when `text` is not a string.
 * @example
 * ```ts
 * markdown(`Training takes **${time.format()}**`); // script: prints the same text
 * ```
 */
export function markdown(text: string, options: TextDisplayOptions = {}): void {
  const checked = requireText("markdown", text);
  const { channel = kernelChannel, ...send } = options;
  channel.send({ "text/markdown": checked, "text/plain": checked }, send);
}

/**
 * Displays an HTML fragment. The plain-text fallback is the fragment with tags removed
 * and whitespace collapsed.
 *
 * @throws InvalidParameterError when `text` is not a string.
 * @example
 * ```ts
 * html("<b>25.3</b> days"); // script: prints "25.3 days"
 * ```
 */
export function html(text: string, options: TextDisplayOptions = {}): void {
  const checked = requireText("html", text);
  const { channel = kernelChannel, ...send } = options;
  const plain = checked.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  channel.send({ "text/html": checked, "text/plain": plain }, send);
}
