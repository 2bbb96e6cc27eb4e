/**
 * A fairness report as a notebook display: one row per group (rates with their
 * bootstrap intervals), the gaps between groups, and the book's disparity bounds as
 * flags, in HTML, Markdown and plain text.
 */
import type { Estimate, FairnessReport } from "../calc/fairness/fairness-report";
import { formatCell } from "./markdown-table";
import type { MimeBundle } from "./mime-types";
import { tableReportBundle } from "./table-report";

/**
 * True for the result of `fairnessReport`.
 *
 * @example
 * ```ts
 * isFairnessReport({ kind: "fairnessReport", groups: [], gaps: {}, flags: [] }) // true
 * ```
 */
export function isFairnessReport(value: unknown): value is FairnessReport {
  if (value === null || typeof value !== "object") return false;
  const v = value as Partial<FairnessReport>;
  return v.kind === "fairnessReport" && Array.isArray(v.groups) && Array.isArray(v.flags);
}

const pct = (x: number) => `${Number((100 * x).toFixed(1))} %`;
const interval = (e: Estimate | null | undefined, scale: (x: number) => string = pct): string =>
  e === null || e === undefined ? "—" : e.low === e.high ? scale(e.value) : `${scale(e.value)} [${scale(e.low)}, ${scale(e.high)}]`;
const ratio = (x: number) => String(Number(x.toFixed(3)));

/**
 * The MIME bundle of a fairness report: a headline naming the failed bounds, a table
 * of groups, then rows for the gaps, with the flags in the footnote.
 *
 * @example
 * ```ts
 * const r = fairnessReport({ yTrue: [1, 0, 1, 0], yPred: [1, 0, 0, 0], group: ["A", "A", "B", "B"], resamples: 0 });
 * fairnessReportView(r)["text/plain"].split("\n")[0] // "Fairness by group: 4 of 5 bounds fail (error-rate ratio; …)"
 * ```
 */
export function fairnessReportView(report: FairnessReport): MimeBundle {
  const failed = report.flags.filter((f) => !f.passes);
  const headline = failed.length === 0
    ? `Fairness by group: all ${report.flags.length} bounds pass`
    : `Fairness by group: ${failed.length} of ${report.flags.length} bounds fail (${failed.map((f) => f.check).join("; ")})`;
  const level = Number((report.confidence * 100).toFixed(1));
  const details = report.resamples > 0
    ? `${formatCell(report.overall.n)} rows · ${level} % bootstrap intervals from ${formatCell(report.resamples)} resamples within each group and label (seed ${report.seed})`
    : `${formatCell(report.overall.n)} rows · point estimates (no resampling)`;
  const withEce = report.groups.some((g) => g.ece !== undefined);
  const header = ["group", "n", "base rate", "selection rate", "TPR", "FPR", "precision", "accuracy", ...(withEce ? ["ECE"] : [])];
  const rows = report.groups.map((g) => [
    g.group, formatCell(g.n), pct(g.baseRate), interval(g.selectionRate), interval(g.tpr), interval(g.fpr), interval(g.precision), interval(g.accuracy),
    ...(withEce ? [interval(g.ece, ratio)] : []),
  ]);
  const g = report.gaps;
  const blank = withEce ? [""] : [];
  rows.push(
    ["gap, max − min", "", "", interval(g.demographicParityDifference), interval(g.equalOpportunityDifference), interval(g.fprDifference), interval(g.predictiveParityDifference), "", ...(withEce ? [interval(g.eceDifference, ratio)] : [])],
    ["ratio: selection min / max, error max / min", "", "", interval(g.demographicParityRatio, ratio), "", "", "", interval(g.errorRateRatio, ratio), ...blank],
    ["equalized odds (max of the TPR and FPR gaps)", "", "", "", interval(g.equalizedOddsDifference), "", "", "", ...blank],
  );
  const footnote = report.flags.map((f) => `${f.passes ? "✓" : "✗"} ${f.check}: ${f.value === null ? "undefined" : Number(f.value.toPrecision(4))} (${f.direction} ${f.limit})`).join(" · ");
  return tableReportBundle({
    className: "mlsys-fairness-report", headline, details,
    table: { header, rows, numeric: header.map((_, i) => i === 1) },
    highlight: rows.map((_, i) => i >= report.groups.length),
    footnote: `Book bounds (Chapter 15): ${footnote}`,
  });
}
