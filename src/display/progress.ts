/**
 * A progress bar for long work (generating a large dataset, a parameter sweep) that
 * updates one notebook output in place instead of printing a line per step.
 */
import { validatorFor } from "../util/validate";
import type { DisplayChannel } from "./display-channel";
import { nextDisplayId } from "./display-id";
import { inKernel, kernelChannel } from "./tslab-channel";

/** Where a script's progress goes: stderr by default. */
export interface ProgressStream {
  /** True when the stream is a terminal; then the bar is redrawn in place with `\r`. */
  isTTY?: boolean;
  /** Writes text. */
  write(text: string): unknown;
}

/** Options of {@link progress}. */
export interface ProgressOptions {
  /** Number of steps in the whole job (integer ≥ 0). */
  total: number;
  /** Text before the bar, e.g. `"Generating shards"`. */
  label?: string;
  /** Send bar updates here as display messages (default: the tslab kernel when running in one). */
  channel?: DisplayChannel;
  /** Outside a kernel and without `channel`, write here (default `process.stderr`). */
  stream?: ProgressStream;
  /** Minimum milliseconds between two updates (default 100); `done()` always updates. */
  intervalMs?: number;
  /** Clock in milliseconds (default `performance.now`); injectable for tests. */
  now?: () => number;
  /** Bar width in characters (default 20). */
  width?: number;
}

/** A running progress display. */
export interface Progress {
  /** Records `n` more finished steps (default 1) and redraws if `intervalMs` has passed. No effect after {@link Progress.done}. */
  tick(n?: number): void;
  /** Draws the final state and ends the display; later calls do nothing. */
  done(): void;
  /** Steps finished so far. */
  readonly count: number;
  /** The display id of the notebook output, or undefined when writing to a stream. */
  readonly displayId: string | undefined;
}

/**
 * The text of a progress bar: `label ▕████────────────────▏ 20% (200/1000)`. The
 * percentage is rounded down, so 100% means finished; counts above `total` fill the bar.
 *
 * @example
 * ```ts
 * progressBar({ count: 400, total: 1000, label: "Shards" })
 * // "Shards ▕████████────────────▏ 40% (400/1000)"
 * ```
 */
export function progressBar(state: { count: number; total: number; label?: string; width?: number }): string {
  const width = state.width ?? 20;
  const fraction = state.total === 0 ? 1 : Math.min(1, state.count / state.total);
  const filled = Math.floor(fraction * width);
  const bar = `▕${"█".repeat(filled)}${"─".repeat(width - filled)}▏`;
  const text = `${bar} ${Math.floor(fraction * 100)}% (${state.count}/${state.total})`;
  return state.label ? `${state.label} ${text}` : text;
}

/**
 * Starts a progress display and returns `{ tick, done }`.
 *
 * - In a notebook (or with `channel`): sends the bar at 0% as `display_data` with a
 *   transient display id, then replaces that same output with `update_display_data` at
 *   most every `intervalMs` and on `done()`. Ids are `mlsys-progress-<n>` from a
 *   counter, so re-running a notebook gives identical outputs.
 * - In a script on a terminal: redraws the bar on `stream` (stderr) with `\r`.
 * - In a script writing to a file or pipe: writes only the final bar, on `done()`.
 *
 * @throws InvalidParameterError for a `total` that is not an integer ≥ 0, an `intervalMs`
 *   < 0, a `width` < 1, or a `tick(n)` with `n` not an integer ≥ 0.
 * @example
 * ```ts
 * const bar = progress({ total: 1000, label: "Shards" });
 * for (let i = 0; i < 1000; i++) { work(i); bar.tick(); }
 * bar.done(); // the output now reads "Shards ▕████████████████████▏ 100% (1000/1000)"
 * ```
 */
export function progress(options: ProgressOptions): Progress {
  const check = validatorFor("progress");
  const total = check.integer("total", options.total, 0);
  const intervalMs = check.nonNegative("intervalMs", options.intervalMs ?? 100);
  const width = check.integer("width", options.width ?? 20, 1);
  if (options.label !== undefined && typeof options.label !== "string") check.fail("label", options.label, "a string");
  const label = options.label;
  const now = options.now ?? (() => performance.now());
  const channel = options.channel ?? (inKernel() ? kernelChannel : undefined);
  const stream = channel ? undefined : (options.stream ?? process.stderr);
  const displayId = channel ? nextDisplayId("progress") : undefined;

  let count = 0;
  let finished = false;
  let lastText = "";
  let lastTime = now();

  const draw = (final: boolean): void => {
    const text = progressBar({ count, total, label, width });
    if (channel) {
      if (text !== lastText || !final) channel.send({ "text/plain": text }, { displayId, update: lastText !== "" });
    } else if (stream?.isTTY) {
      stream.write(`\r${text}\x1b[K${final ? "\n" : ""}`);
    } else if (final) {
      stream?.write(`${text}\n`);
    }
    lastText = text;
    lastTime = now();
  };
  draw(false);

  return {
    get count() {
      return count;
    },
    displayId,
    tick(n = 1) {
      const steps = check.integer("n", n, 0);
      if (finished) return;
      count += steps;
      if (now() - lastTime >= intervalMs && progressBar({ count, total, label, width }) !== lastText) draw(false);
    },
    done() {
      if (finished) return;
      finished = true;
      draw(true);
    },
  };
}
