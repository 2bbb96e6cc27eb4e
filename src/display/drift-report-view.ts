/**
 * A drift report as a notebook display: an HTML table (one row per column, drifted
 * rows highlighted) with the dataset verdict above it, plus Markdown and plain text.
 */
import type { DriftColumnReport, DriftReport } from "../drift/drift-report";
import { formatCell, type CellTable } from "./markdown-table";
import type { MimeBundle } from "./mime-types";
import { tableReportBundle } from "./table-report";

/**
 * True for a {@link DriftReport} record (from `driftReport`, or one parsed back from JSON).
 *
 * @example
 * ```ts
 * isDriftReport(driftReport({ x: [1, 2, 3] }, { x: [2, 3, 4] })); // true
 * isDriftReport({ columns: [] });                                 // false
 * ```
 */
export function isDriftReport(value: unknown): value is DriftReport {
  if (value === null || typeof value !== "object") return false;
  const v = value as Partial<DriftReport>;
  return v.reportType === "drift" && Array.isArray(v.columns) && typeof v.driftedShare === "number" && typeof v.datasetDrifted === "boolean";
}

/** A statistic or p-value: 4 significant digits, scientific below 1e-4, "∞" for Infinity. */
function formatStat(x: number | null): string {
  if (x === null) return "—";
  if (x === Infinity) return "∞";
  if (x !== 0 && Math.abs(x) < 1e-4) return x.toExponential(2);
  return String(Number(x.toPrecision(4)));
}

const HEADER = ["column", "kind", "test", "statistic", "p-value", "threshold", "drifted", "PSI", "n ref", "n cur", "missing ref", "missing cur"];
const NUMERIC = [false, false, false, true, true, true, false, true, true, true, true, true];

function pvalueCell(c: DriftColumnReport): string {
  if (c.pvalue === null) return "—";
  return c.pvalueAdjusted !== null && c.pvalueAdjusted !== c.pvalue
    ? `${formatStat(c.pvalueAdjusted)} (raw ${formatStat(c.pvalue)})`
    : formatStat(c.pvalue);
}

function rowCells(c: DriftColumnReport): string[] {
  return [
    c.name,
    c.kind,
    c.test,
    formatStat(c.statistic),
    pvalueCell(c),
    `${c.decision === "pvalue" ? "α" : "≥"} ${formatStat(c.threshold)}`,
    c.drifted ? "yes" : "no",
    `${formatStat(c.psi)} (${c.psiBand})`,
    formatCell(c.nReference),
    formatCell(c.nCurrent),
    String(c.missingReference),
    String(c.missingCurrent),
  ];
}

/** The one-line verdict, e.g. "Dataset drift: yes (2 of 4 columns drifted, 50 % ≥ 50 %)". */
function verdict(report: DriftReport): string {
  const pct = (x: number) => `${Number((x * 100).toPrecision(3))} %`;
  const sign = report.datasetDrifted ? "≥" : "<";
  return `Dataset drift: ${report.datasetDrifted ? "yes" : "no"} (${report.driftedCount} of ${report.columnCount} columns drifted, ${pct(report.driftedShare)} ${sign} ${pct(report.driftShare)})`;
}

function details(report: DriftReport): string {
  return `policy: ${report.policy} · correction: ${report.correction} · rows: reference ${formatCell(report.rowsReference)}, current ${formatCell(report.rowsCurrent)}`;
}

/**
 * Renders a {@link DriftReport} for a notebook: `text/html` (a table with drifted
 * rows tinted and the verdict above), `text/markdown` and `text/plain` with the same
 * cells. The p-value column shows the corrected value first when a correction
 * changed it. Charts are separate displays (`featureDistributionChart`,
 * `psiOverTimeChart`, `ksCdfGapChart`), never inside this HTML.
 *
 * @param report - a driftReport result
 * @returns the MIME bundle `show(report)` sends
 * @example
 * ```ts
 * driftReportView(driftReport({ x: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, { x: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17] }))["text/plain"].split("\n")[0];
 * // "Dataset drift: yes (1 of 1 columns drifted, 100 % ≥ 50 %)"
 * ```
 */
export function driftReportView(report: DriftReport): MimeBundle {
  const table: CellTable = { header: HEADER, rows: report.columns.map(rowCells), numeric: NUMERIC };
  return tableReportBundle({
    className: "mlsys-drift-report", headline: verdict(report), details: details(report), table, highlight: report.columns.map((c) => c.drifted),
  });
}
