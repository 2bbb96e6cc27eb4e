/** A one-line text progress bar for long writes. */

/** Input of {@link formatProgressBar}. */
export interface ProgressState {
  /** What is being done (the scenario name). */
  label: string;
  /** Units done. */
  done: number;
  /** Units in all. */
  total: number;
  /** Time since the start in ms. */
  elapsedMs: number;
  /** Width of the bar in characters; default 30. */
  width?: number;
}

function compact(x: number): string {
  if (x >= 1e9) return `${(x / 1e9).toFixed(1)}G`;
  if (x >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(1)}k`;
  return String(Math.round(x));
}

function duration(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.ceil(s - 60 * m)).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

/**
 * Renders a progress line: label, bar, percentage, rows done of total, rate, and the
 * time left at the mean rate so far (rate = done / elapsed; ETA = (total − done) / rate).
 *
 * @param state - {@link ProgressState}
 * @returns the line, without a line end
 * @example
 * ```ts
 * formatProgressBar({ label: "clickstream", done: 6e6, total: 1e7, elapsedMs: 5000, width: 10 });
 * // "clickstream [######....]  60% 6.0M/10.0M rows 1.2M rows/s ETA 4s"
 * ```
 */
export function formatProgressBar(state: ProgressState): string {
  const width = state.width ?? 30;
  const fraction = state.total > 0 ? Math.min(1, Math.max(0, state.done / state.total)) : 0;
  const filled = Math.round(fraction * width);
  const rate = state.elapsedMs > 0 ? (state.done * 1000) / state.elapsedMs : 0;
  const eta = rate > 0 ? (state.total - state.done) / rate : Infinity;
  const pct = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `${state.label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${pct} ${compact(state.done)}/${compact(state.total)} rows ${compact(rate)} rows/s ${fraction >= 1 ? "done" : `ETA ${duration(eta)}`}`;
}
