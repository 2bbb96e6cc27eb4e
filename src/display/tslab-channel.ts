/**
 * The one file that talks to tslab. It finds the running kernel's display writer and
 * sends multi-MIME bundles through it; outside a kernel (a plain Node script, a test)
 * it prints the bundle's text instead.
 *
 * tslab's public `display.raw` sends one MIME type per message, so a chart could not
 * carry its SVG and text fallbacks. The kernel's internal `lastWriteDisplayData` (in
 * `tslab/dist/jupyter.js`) takes a whole bundle, `{ data, metadata, transient }`, and a
 * flag choosing `display_data` (false) or `update_display_data` (true)
 * (reference/ecosystem.md §0.4, §2.3).
 */
import type { DisplayChannel, SendOptions } from "./display-channel";
import { displayMessage } from "./display-channel";
import type { MimeBundle } from "./mime-types";

type WriteDisplayData = (
  message: { data: MimeBundle; metadata: Record<string, unknown>; transient: { display_id?: string } },
  update: boolean,
) => void;

const TSLAB_JUPYTER = /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/;

/**
 * The kernel's current display writer, or null outside a tslab kernel.
 *
 * The writer is looked up among modules already loaded (`require.cache`), not by a
 * fresh `require("tslab/dist/jupyter")`: a tslab kernel has always loaded that module,
 * and looking it up finds the kernel's own copy even when the notebook would resolve a
 * different tslab install. In a script nothing is loaded, so tslab (and its TypeScript)
 * is never pulled in. The writer is read on every call because tslab replaces it for
 * each executed cell.
 */
function kernelWriter(): WriteDisplayData | null {
  const cache = typeof require === "function" ? require.cache : undefined;
  if (!cache) return null;
  for (const [path, loaded] of Object.entries(cache)) {
    if (!TSLAB_JUPYTER.test(path)) continue;
    const writer = (loaded?.exports as { lastWriteDisplayData?: unknown } | undefined)?.lastWriteDisplayData;
    if (typeof writer === "function") return writer as WriteDisplayData;
  }
  return null;
}

/**
 * True when this code runs inside a tslab kernel that can take display messages.
 *
 * @example
 * ```ts
 * inKernel() // true in a tslab notebook cell; false in `node script.js` and under vitest
 * ```
 */
export function inKernel(): boolean {
  return kernelWriter() !== null;
}

/**
 * Sends a MIME bundle to the notebook: `display_data`, or `update_display_data` of the
 * output named `displayId` when `update` is true. Outside a kernel it writes the
 * bundle's `text/plain` and a newline to stdout, so the same code works in scripts.
 *
 * @throws InvalidParameterError when `update` is true without a `displayId` or the bundle lacks `text/plain`.
 * @example
 * ```ts
 * sendDisplay({ "text/markdown": "**25.3 days**", "text/plain": "25.3 days" });
 * // notebook: bold "25.3 days"; script: prints "25.3 days"
 * ```
 */
export function sendDisplay(bundle: MimeBundle, options: SendOptions = {}): void {
  const message = displayMessage(bundle, options);
  const write = kernelWriter();
  if (write === null) {
    process.stdout.write(`${message.data["text/plain"]}\n`);
    return;
  }
  write({ data: message.data, metadata: message.metadata, transient: message.transient }, message.update);
}

/**
 * The default channel: {@link sendDisplay} (the kernel, or stdout outside one).
 *
 * @example
 * ```ts
 * kernelChannel.send({ "text/plain": "hello" }); // same as sendDisplay
 * ```
 */
export const kernelChannel: DisplayChannel = Object.freeze({ send: sendDisplay });
