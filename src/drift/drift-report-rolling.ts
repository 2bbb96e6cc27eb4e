import { InvalidParameterError } from "../util/errors";
import { validatorFor } from "../util/validate";
import type { CategoricalColumnData, DriftColumnData, DriftFrame, DriftTableInput, NumericColumnData } from "./drift-frame";
import { toDriftFrame } from "./drift-frame";
import { currentColumn, planDrift, runDriftPlan, type DriftReport, type DriftReportOptions } from "./drift-report";
import type { PsiBand } from "./psi-band";

/** Window length of {@link rollingDriftReport}: "1h", "24h", "7d", or milliseconds. */
export type DriftWindow = "1h" | "24h" | "7d" | number;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WINDOW_MS: Readonly<Record<string, number>> = { "1h": HOUR_MS, "24h": DAY_MS, "7d": 7 * DAY_MS };
/** Most windows one rolling report may hold. */
export const MAX_DRIFT_WINDOWS = 10_000;

/** Options of {@link rollingDriftReport}. */
export interface RollingDriftReportOptions extends DriftReportOptions {
  /** Column of `current` holding event times: Arrow timestamps/dates, `Date` values or numbers of ms since 1970-01-01 UTC. */
  readonly timestampColumn: string;
  /** Window length: "1h", "24h", "7d" or a number of ms (integer ≥ 1). */
  readonly window: DriftWindow;
  /**
   * Where windows start: window k covers [origin + k·w, origin + (k + 1)·w). Default:
   * midnight UTC of the day of the earliest timestamp (pandas `origin="start_day"`),
   * so "1h" windows start on the hour and "24h" windows at midnight UTC. A number
   * (ms), a Date or an ISO-8601 string.
   */
  readonly origin?: number | Date | string;
  /** Windows with fewer rows are left out (listed in `skippedWindows`); default 1. */
  readonly minRows?: number;
}

/** One window of a {@link RollingDriftReport}. */
export interface DriftWindowReport {
  /** Window start and end, ms since 1970-01-01 UTC (start inclusive, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The start as ISO-8601 UTC. */
  readonly startIso: string;
  /** Rows of current in the window. */
  readonly rows: number;
  readonly report: DriftReport;
}

/** One point of the PSI-per-window series. */
export interface PsiSeriesPoint {
  readonly column: string;
  readonly start: number;
  readonly end: number;
  readonly psi: number;
  readonly band: PsiBand;
}

/** Result of {@link rollingDriftReport} (frozen, JSON-serialisable). */
export interface RollingDriftReport {
  readonly reportType: "rollingDrift";
  readonly timestampColumn: string;
  /** Window length in ms. */
  readonly windowMs: number;
  /** Start of window 0, ms. */
  readonly origin: number;
  /** Windows with at least `minRows` rows, in time order. */
  readonly windows: readonly DriftWindowReport[];
  /** Windows between the first and last timestamp with fewer than `minRows` rows (empty ones included): their starts, ms. */
  readonly skippedWindows: readonly number[];
  /** PSI of every tested column in every window, in window order then column order. */
  readonly psiSeries: readonly PsiSeriesPoint[];
  /** Rows of current whose timestamp is missing (left out of every window). */
  readonly rowsWithoutTimestamp: number;
}

function windowMs(fn: string, window: unknown): number {
  const check = validatorFor(fn);
  if (typeof window === "string") {
    const ms = WINDOW_MS[window];
    if (ms === undefined) check.fail("window", window, "\"1h\", \"24h\", \"7d\" or a number of ms (integer ≥ 1)");
    return ms;
  }
  return check.integer("window", window as number, 1);
}

function originMs(fn: string, origin: unknown): number {
  const check = validatorFor(fn);
  if (typeof origin === "number") return check.finite("origin", origin);
  if (origin instanceof Date) return check.finite("origin", origin.getTime());
  if (typeof origin === "string") {
    const t = Date.parse(origin);
    if (!Number.isFinite(t)) check.fail("origin", origin, "an ISO-8601 date-time, a Date or a number of ms");
    return t;
  }
  return check.fail("origin", origin, "an ISO-8601 date-time, a Date or a number of ms");
}

/** Rows of `data` at `rows` (a window's row indices), as a column of the same kind. */
function gather(data: DriftColumnData, rows: Int32Array, from: number, to: number): DriftColumnData {
  const n = to - from;
  if (data.kind === "categorical") {
    const src = (data as CategoricalColumnData).codes;
    const codes = new Int32Array(n);
    let missing = 0;
    for (let k = 0; k < n; k++) {
      const c = src[rows[from + k]];
      codes[k] = c;
      if (c < 0) missing++;
    }
    return { kind: "categorical", codes, dictionary: data.dictionary, missing };
  }
  const src = (data as NumericColumnData).values;
  const values = new Float64Array(n);
  let missing = 0;
  for (let k = 0; k < n; k++) {
    const v = src[rows[from + k]];
    values[k] = v;
    if (v !== v) missing++;
  }
  return { kind: data.kind, values, missing };
}

/**
 * Drift reports over time windows of the current table: the current rows are cut
 * into windows of `window` (1 h, 24 h, 7 d or any ms) by `timestampColumn`, and
 * each window is compared with the whole reference table by {@link driftReport}
 * with the same options. Also returns the PSI of every column per window, the
 * series {@link psiOverTimeChart} draws against the book's 0.1 / 0.2 bands
 * (seed L4953; alert at > 0.2, Table 14.16, L36226–L36259).
 *
 * Windows: window k holds rows with origin + k·w ≤ t < origin + (k + 1)·w. Only
 * windows with at least `minRows` rows get a report; the others between the first
 * and last timestamp are listed in `skippedWindows`. The test policy looks at the
 * reference size, which is the same for every window, so a column keeps its test
 * across windows (unless its distinct-value count crosses 5); a p-value test gains
 * power as windows hold more rows.
 *
 * Cost: one pass to assign rows to windows (counting sort, O(rows)), one gather per
 * column and window (O(rows) per column in all), then one report per window; the
 * reference side (sorting, category counts) is prepared once.
 *
 * @param reference - the reference table (any input of {@link driftReport})
 * @param current - the table to cut into windows
 * @param options - {@link DriftReportOptions} plus timestampColumn, window, origin, minRows
 * @returns frozen {@link RollingDriftReport}
 * @throws InvalidParameterError as {@link driftReport}, and for a timestampColumn
 *   missing from current or not holding times, a bad window/origin/minRows, no
 *   timestamp at all, more than {@link MAX_DRIFT_WINDOWS} windows, or a column all
 *   missing in a window (named `current[<window start>].<column>`)
 * @example
 * ```ts
 * const t0 = Date.parse("2024-03-01T00:00:00Z");
 * const cur = { ts: [t0, t0 + 1_800_000, t0 + 3_600_000, t0 + 5_400_000], x: [1, 2, 7, 8] };
 * const r = rollingDriftReport({ x: [1, 2, 3, 4] }, cur, { timestampColumn: "ts", window: "1h" });
 * r.windows.map((w) => [w.startIso, w.rows]); // [["2024-03-01T00:00:00.000Z", 2], ["2024-03-01T01:00:00.000Z", 2]]
 * r.psiSeries.map((p) => p.band);            // ["significant", "significant"]
 * ```
 */
export function rollingDriftReport(
  reference: DriftTableInput,
  current: DriftTableInput,
  options: RollingDriftReportOptions,
): RollingDriftReport {
  const fn = "rollingDriftReport";
  const check = validatorFor(fn);
  if (options === null || typeof options !== "object") check.fail("options", options, "an options object with timestampColumn and window");
  const w = windowMs(fn, options.window);
  const minRows = check.integer("minRows", options.minRows ?? 1, 1);
  const ref = toDriftFrame(fn, "reference", reference);
  const cur: DriftFrame = toDriftFrame(fn, "current", current);
  const tsName = options.timestampColumn;
  if (typeof tsName !== "string" || !cur.names.includes(tsName)) {
    check.fail("timestampColumn", tsName, `a column of current (it has ${cur.names.join(", ")})`);
  }
  const ts = cur.column(tsName) as DriftColumnData;
  if (ts.kind === "categorical") check.fail("timestampColumn", tsName, "a column of times (Arrow timestamps, Dates or ms numbers), not labels");
  const times = (ts as NumericColumnData).values;
  const plan = planDrift(fn, ref, cur, options, [tsName]);
  if (plan.names.includes(tsName)) check.fail("columns", tsName, "columns other than the timestampColumn");

  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  if (!(lo <= hi)) check.fail("timestampColumn", tsName, "a column with at least one timestamp (all are missing)");
  const origin = options.origin === undefined ? Math.floor(lo / DAY_MS) * DAY_MS : originMs(fn, options.origin);
  const kLo = Math.floor((lo - origin) / w);
  const kHi = Math.floor((hi - origin) / w);
  const windowCount = kHi - kLo + 1;
  if (windowCount > MAX_DRIFT_WINDOWS) {
    check.fail("window", options.window, `a window giving at most ${MAX_DRIFT_WINDOWS} windows over the data (got ${windowCount})`);
  }

  // Counting sort of row indices by window.
  const windowOf = new Int32Array(times.length);
  const counts = new Int32Array(windowCount + 1);
  let rowsWithoutTimestamp = 0;
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    if (t !== t) {
      windowOf[i] = -1;
      rowsWithoutTimestamp++;
      continue;
    }
    const k = Math.floor((t - origin) / w) - kLo;
    windowOf[i] = k;
    counts[k + 1]++;
  }
  for (let k = 0; k < windowCount; k++) counts[k + 1] += counts[k];
  const order = new Int32Array(times.length - rowsWithoutTimestamp);
  const next = counts.slice(0, windowCount);
  for (let i = 0; i < times.length; i++) if (windowOf[i] >= 0) order[next[windowOf[i]]++] = i;

  const columnsData = new Map(plan.names.map((name) => [name, currentColumn(plan, cur, name)]));
  const windows: DriftWindowReport[] = [];
  const skippedWindows: number[] = [];
  const psiSeries: PsiSeriesPoint[] = [];
  for (let k = 0; k < windowCount; k++) {
    const from = counts[k];
    const to = counts[k + 1];
    const start = origin + (kLo + k) * w;
    if (to - from < minRows) {
      skippedWindows.push(start);
      continue;
    }
    const startIso = new Date(start).toISOString();
    let report: DriftReport;
    try {
      report = runDriftPlan(fn, plan, (name) => gather(columnsData.get(name) as DriftColumnData, order, from, to), to - from);
    } catch (e) {
      if (e instanceof InvalidParameterError && e.parameter.startsWith("current.")) {
        throw new InvalidParameterError(fn, `current[${startIso}]${e.parameter.slice("current".length)}`, e.value, e.expected);
      }
      throw e;
    }
    windows.push(Object.freeze({ start, end: start + w, startIso, rows: to - from, report }));
    for (const c of report.columns) {
      psiSeries.push(Object.freeze({ column: c.name, start, end: start + w, psi: c.psi, band: c.psiBand }));
    }
  }
  return Object.freeze({
    reportType: "rollingDrift" as const,
    timestampColumn: tsName,
    windowMs: w,
    origin,
    windows: Object.freeze(windows),
    skippedWindows: Object.freeze(skippedWindows),
    psiSeries: Object.freeze(psiSeries),
    rowsWithoutTimestamp,
  });
}
