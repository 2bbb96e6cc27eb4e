/**
 * Turning any value a notebook shows into a MIME bundle: charts, Quantities, result
 * records, tables of rows and text. Pure: the same value gives the same bundle.
 */
import { inspect } from "util";
import type { TopLevelSpec } from "vega-lite";
import { isQuantity } from "../units/quantity";
import { formatNumber } from "../units/format";
import { validatorFor } from "../util/validate";
import { DEFAULT_MAX_TABLE_ROWS, formatCell, markdownTable, textTable, type CellTable } from "./markdown-table";
import { VEGALITE_MIME_TYPE, type MimeBundle } from "./mime-types";
import { renderSvg } from "./svg";
import { chartTitle, isVegaLiteSpec } from "./vega-lite-spec";
import { chapterExamplesReport, isChapterExamplesTable, isWorkedExample, workedExampleReport } from "./worked-example-report";
import { driftReportView, isDriftReport } from "./drift-report-view";
import { isRollingDriftReport, rollingDriftReportView } from "./rolling-drift-report-view";
import { fairnessReportView, isFairnessReport } from "./fairness-report-view";

/** Options of {@link toMimeBundle}. */
export interface MimeBundleOptions {
  /** A heading shown above tables and values (bold in Markdown). */
  title?: string;
  /** Rows of an array of records to show before "… N more rows" (default {@link DEFAULT_MAX_TABLE_ROWS}). */
  maxRows?: number;
  /** Include the server-side SVG of a chart (default true; false skips loading vega). */
  svg?: boolean;
}

type Json = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Json => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Flattens nested plain objects into `[dotted.name, value]` pairs (depth ≤ 6). */
function flattenRecord(record: Json, prefix = "", depth = 0): [string, unknown][] {
  return Object.entries(record).flatMap(([key, value]): [string, unknown][] =>
    isPlainObject(value) && depth < 6 && Object.keys(value).length > 0
      ? flattenRecord(value, `${prefix}${key}.`, depth + 1)
      : [[`${prefix}${key}`, value]],
  );
}

/**
 * Reads a camelCase result field as words: "peakDatacentersWhole" → "peak datacenters
 * whole". Keys already written as text ("time saved") are kept.
 *
 * @example
 * ```ts
 * humanizeKey("cloudToOnDeviceRatio") // "cloud to on device ratio"
 * humanizeKey("memory.weights")       // "memory › weights"
 * ```
 */
export function humanizeKey(key: string): string {
  if (/\s/.test(key)) return key;
  return key
    .split(".")
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/\b([A-Z])([a-z]+)\b/g, (_, a: string, b: string) => a.toLowerCase() + b))
    .join(" › ");
}

const isNumeric = (value: unknown): boolean => typeof value === "number" || isQuantity(value);

function withTitle(bundle: MimeBundle, title: string | undefined): MimeBundle {
  if (!title) return bundle;
  const out: MimeBundle = { ...bundle, "text/plain": `${title}\n${bundle["text/plain"]}` };
  if (bundle["text/markdown"] !== undefined) out["text/markdown"] = `**${title}**\n\n${bundle["text/markdown"]}`;
  return out;
}

function tableBundle(table: CellTable, footer?: string): MimeBundle {
  const tail = footer ? `\n\n${footer}` : "";
  return { "text/markdown": markdownTable(table) + tail, "text/plain": textTable(table) + (footer ? `\n${footer}` : "") };
}

function chartBundle(spec: TopLevelSpec, options: MimeBundleOptions): MimeBundle {
  const title = chartTitle(spec);
  const bundle: MimeBundle = {
    [VEGALITE_MIME_TYPE]: JSON.parse(JSON.stringify(spec)) as TopLevelSpec,
    "text/plain": `${title ?? "Untitled"} (Vega-Lite chart)`,
  };
  if (options.svg !== false) bundle["image/svg+xml"] = renderSvg(spec);
  return bundle;
}

function recordsBundle(records: readonly Json[], maxRows: number): MimeBundle {
  const columns: string[] = [];
  for (const record of records) for (const key of Object.keys(record)) if (!columns.includes(key)) columns.push(key);
  const shown = records.slice(0, maxRows);
  const numeric = columns.map((c) => shown.some((r) => isNumeric(r[c])) && shown.every((r) => r[c] === undefined || r[c] === null || isNumeric(r[c])));
  const rows = shown.map((record) => columns.map((c) => formatCell(record[c])));
  const more = records.length - shown.length;
  return tableBundle({ header: columns, rows, numeric }, more > 0 ? `… ${formatNumber(more, String(more).length)} more row${more === 1 ? "" : "s"}` : undefined);
}

/**
 * Builds the MIME bundle `show` sends for `value`:
 *
 * | value | bundle |
 * | --- | --- |
 * | Vega-Lite spec (`$schema` contains `"vega-lite"`) | `application/vnd.vegalite.v5+json` (the spec as a JSON object), `image/svg+xml` (rendered in Node), `text/plain` `"<title> (Vega-Lite chart)"` |
 * | worked example (`getWorkedExample("WE-1.3")`, …) | a report: inputs with sources, every book figure beside its recomputation (see {@link workedExampleReport}) |
 * | a chapter's examples (`chapterExamples(6)`) | one table of every figure of the chapter's examples (see {@link chapterExamplesReport}) |
 * | drift report (`driftReport(…)`) | `text/html` table with the verdict, plus Markdown and text (see {@link driftReportView}) |
 * | rolling drift report (`rollingDriftReport(…)`) | `text/html` table, one row per window (at most `maxRows`), plus Markdown and text (see {@link rollingDriftReportView}) |
 * | fairness report (`fairnessReport(…)`) | `text/html` table of rates by group with intervals, the gaps and the book's bounds (see {@link fairnessReportView}) |
 * | Quantity | `text/markdown` and `text/plain` of `.format()`, e.g. `"25.3 days"` |
 * | plain object (a calculator result) | a `name \| value` table; camelCase names read as words and nested objects flatten to `memory › weights` |
 * | array of plain objects (rows) | a table with one column per key, at most `maxRows` rows, then `… N more rows` |
 * | string | `text/plain` as is |
 * | number, boolean | `text/plain` (numbers via {@link formatNumber}) |
 * | anything else | `text/plain` from `util.inspect` |
 *
 * Markdown cells are escaped (`|` → `\|`), so values never break a table. Pure and
 * deterministic (the SVG too; see {@link renderSvg}).
 *
 * @throws ChartSpecError when a chart does not compile or render cleanly.
 * @throws InvalidParameterError when `maxRows` is not an integer ≥ 1.
 * @example
 * ```ts
 * toMimeBundle(q(2184000, "s"))
 * // { "text/markdown": "25.3 days", "text/plain": "25.3 days" }
 * toMimeBundle({ gpus: 1024, time: q(2184000, "s") })["text/markdown"]
 * // "| name | value |\n| --- | --- |\n| gpus | 1,024 |\n| time | 25.3 days |"
 * ```
 */
export function toMimeBundle(value: unknown, options: MimeBundleOptions = {}): MimeBundle {
  const maxRows = validatorFor("toMimeBundle").integer("maxRows", options.maxRows ?? DEFAULT_MAX_TABLE_ROWS, 1);
  if (isVegaLiteSpec(value)) return chartBundle(value, options);
  if (isWorkedExample(value)) {
    const report = workedExampleReport(value);
    return withTitle({ "text/markdown": report.markdown, "text/plain": report.text }, options.title);
  }
  if (isChapterExamplesTable(value)) {
    const report = chapterExamplesReport(value);
    return withTitle({ "text/markdown": report.markdown, "text/plain": report.text }, options.title);
  }
  if (isDriftReport(value)) return withTitle(driftReportView(value), options.title);
  if (isRollingDriftReport(value)) return withTitle(rollingDriftReportView(value, maxRows), options.title);
  if (isFairnessReport(value)) return withTitle(fairnessReportView(value), options.title);
  if (isQuantity(value)) {
    const text = value.format();
    return withTitle({ "text/markdown": text, "text/plain": text }, options.title);
  }
  if (typeof value === "string") return withTitle({ "text/plain": value }, options.title);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return withTitle({ "text/plain": formatCell(value) }, options.title);
  }
  if (Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) {
    return withTitle(recordsBundle(value as Json[], maxRows), options.title);
  }
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    const pairs = flattenRecord(value);
    const rows = pairs.map(([name, v]) => [humanizeKey(name), formatCell(v)]);
    return withTitle(tableBundle({ header: ["name", "value"], rows }), options.title);
  }
  return withTitle({ "text/plain": inspect(value, { depth: 4 }) }, options.title);
}
