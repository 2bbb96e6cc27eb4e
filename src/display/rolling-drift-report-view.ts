/**
 * A rolling drift report as a notebook display: one table row per time window (its
 * rows, the columns that drifted, the largest PSI) under a verdict line that counts
 * the windows with dataset drift, plus Markdown and plain text with the same cells.
 */
import type { DriftReport } from "../drift/drift-report";
import type { RollingDriftReport } from "../drift/drift-report-rolling";
import { formatCell } from "./markdown-table";
import type { MimeBundle } from "./mime-types";
import { tableReportBundle } from "./table-report";

/**
 * True for a {@link RollingDriftReport} (from `rollingDriftReport`, or one parsed back from JSON).
 *
 * @example
 * ```ts
 * isRollingDriftReport(rollingDriftReport(reference, current, { timestampColumn: "ts", window: "24h" })); // true
 * isRollingDriftReport(driftReport(reference, current));                                                  // false
 * ```
 */
export function isRollingDriftReport(value: unknown): value is RollingDriftReport {
  if (value === null || typeof value !== "object") return false;
  const v = value as Partial<RollingDriftReport>;
  return v.reportType === "rollingDrift" && Array.isArray(v.windows) && Array.isArray(v.psiSeries) && typeof v.windowMs === "number";
}

const HEADER = ["window start (UTC)", "rows", "dataset drift", "drifted columns", "largest PSI"];
const NUMERIC = [false, true, false, false, true];

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "24 h", "7 d", "15 min", "1.5 s": the window length in the largest unit that divides it. */
function windowLength(ms: number): string {
  if (ms % DAY_MS === 0 && ms !== DAY_MS) return `${ms / DAY_MS} d`;
  if (ms % HOUR_MS === 0) return `${ms / HOUR_MS} h`;
  if (ms % MINUTE_MS === 0) return `${ms / MINUTE_MS} min`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** "2026-01-04 13:00" from an ISO-8601 UTC time (seconds shown only when they are not zero). */
function utcLabel(iso: string): string {
  const text = iso.replace("T", " ").replace(/\.000Z$|Z$/, "");
  return text.endsWith(":00") ? text.slice(0, -3) : text;
}

/** "1 window", "3 windows". */
const counted = (n: number, noun: string): string => `${formatCell(n)} ${noun}${n === 1 ? "" : "s"}`;

/** The column with the largest PSI in one window, as "0.31 amount (significant)", or "—" when no column has a PSI. */
function largestPsi(report: DriftReport): string {
  let best: DriftReport["columns"][number] | null = null;
  for (const c of report.columns) {
    if (c.psi !== null && Number.isFinite(c.psi) && (best === null || c.psi > (best.psi as number))) best = c;
  }
  if (best === null) return "—";
  return `${Number((best.psi as number).toPrecision(3))} ${best.name} (${best.psiBand})`;
}

type Window = RollingDriftReport["windows"][number];

function rowCells(window: Window): string[] {
  const r = window.report;
  const drifted = r.columns.filter((c) => c.drifted).map((c) => c.name);
  return [
    utcLabel(window.startIso),
    formatCell(window.rows),
    `${r.datasetDrifted ? "yes" : "no"} (${r.driftedCount} of ${r.columnCount})`,
    drifted.length ? drifted.join(", ") : "—",
    largestPsi(r),
  ];
}

const hasDriftedColumn = (w: Window): boolean => w.report.driftedCount > 0;

/**
 * "Rolling drift, 24 h windows: drifted columns in 30 of 60 windows (first 2024-03-01 00:00 UTC);
 * dataset drift in 0". A window counts once any column in it drifted; dataset drift needs the
 * report's share of drifted columns.
 */
function verdict(report: RollingDriftReport): string {
  const withDrift = report.windows.filter(hasDriftedColumn);
  const first = withDrift.length ? ` (first ${utcLabel(withDrift[0].startIso)} UTC)` : "";
  const datasetDrift = report.windows.filter((w) => w.report.datasetDrifted).length;
  return `Rolling drift, ${windowLength(report.windowMs)} windows: drifted columns in ${withDrift.length} of ${counted(report.windows.length, "window")}${first}; dataset drift in ${datasetDrift}`;
}

function details(report: RollingDriftReport): string {
  const parts = [`timestamps: ${report.timestampColumn}`];
  if (report.skippedWindows.length) parts.push(`${counted(report.skippedWindows.length, "window")} skipped (too few rows)`);
  if (report.rowsWithoutTimestamp) parts.push(`${counted(report.rowsWithoutTimestamp, "row")} without a timestamp`);
  parts.push("chart: show(psiOverTimeChart({ series: report }))");
  return parts.join(" · ");
}

/** The windows to list: all of them, or the first ⌈maxRows/2⌉ and the last ⌊maxRows/2⌋ with the count left out between. */
function windowRows(windows: readonly Window[], maxRows: number): { rows: string[][]; highlight: boolean[]; hidden: number } {
  if (windows.length <= maxRows) return { rows: windows.map(rowCells), highlight: windows.map(hasDriftedColumn), hidden: 0 };
  const head = windows.slice(0, Math.ceil(maxRows / 2));
  const tail = windows.slice(windows.length - Math.floor(maxRows / 2));
  const hidden = windows.length - head.length - tail.length;
  const gap = ["…", "", "", `… ${counted(hidden, "more window")}`, ""];
  return {
    rows: [...head.map(rowCells), gap, ...tail.map(rowCells)],
    highlight: [...head.map(hasDriftedColumn), false, ...tail.map(hasDriftedColumn)],
    hidden,
  };
}

/**
 * Renders a {@link RollingDriftReport} for a notebook: `text/html` (one row per window,
 * windows where any column drifted tinted, the verdict above), `text/markdown` and
 * `text/plain` with the same cells. With more than `maxRows` windows it lists the first
 * and the last ones and says how many it left out between. The PSI-per-window chart is
 * a separate display: `show(psiOverTimeChart({ series: report }))`.
 *
 * @param report - a rollingDriftReport result
 * @param maxRows - windows to list (integer ≥ 2; `show` passes its `maxRows`, default 50)
 * @returns the MIME bundle `show(report)` sends
 * @example
 * ```ts
 * const rolling = rollingDriftReport(reference, current, { timestampColumn: "ts", window: "24h" });
 * rollingDriftReportView(rolling)["text/plain"].split("\n")[0];
 * // "Rolling drift, 24 h windows: drifted columns in 2 of 7 windows (first 2026-01-05 00:00 UTC); dataset drift in 1"
 * ```
 */
export function rollingDriftReportView(report: RollingDriftReport, maxRows = 50): MimeBundle {
  const { rows, highlight, hidden } = windowRows(report.windows, Math.max(2, maxRows));
  return tableReportBundle({
    className: "mlsys-rolling-drift-report",
    headline: verdict(report),
    details: details(report),
    table: { header: HEADER, rows, numeric: NUMERIC },
    highlight,
    footnote: hidden > 0 ? `show(report, { maxRows: ${report.windows.length} }) lists all ${report.windows.length} windows` : undefined,
  });
}
