/**
 * The layout both drift views share: a bold headline, a line of details, a table and
 * an optional footnote, as `text/html`, `text/markdown` and `text/plain`.
 */
import { escapeHtml, htmlTable, markdownTable, textTable, type CellTable } from "./markdown-table";
import type { MimeBundle } from "./mime-types";

/** What {@link tableReportBundle} lays out. @internal */
export interface TableReport {
  /** CSS class of the HTML wrapper, e.g. "mlsys-drift-report". */
  readonly className: string;
  readonly headline: string;
  readonly details: string;
  readonly table: CellTable;
  /** Rows to tint in the HTML table. */
  readonly highlight?: readonly boolean[];
  /** A last line under the table. */
  readonly footnote?: string;
}

/** A headline, details, table and footnote as one MIME bundle (cells and text escaped). @internal */
export function tableReportBundle(report: TableReport): MimeBundle {
  const { headline, details, table, footnote } = report;
  const html = [
    `<div class="${escapeHtml(report.className)}">`,
    `<p><strong>${escapeHtml(headline)}</strong><br><small>${escapeHtml(details)}</small></p>`,
    htmlTable(table, report.highlight),
    ...(footnote ? [`<p><small>${escapeHtml(footnote)}</small></p>`] : []),
    "</div>",
  ].join("\n");
  return {
    "text/html": html,
    "text/markdown": `**${headline}**\n\n*${details}*\n\n${markdownTable(table)}${footnote ? `\n\n${footnote}` : ""}`,
    "text/plain": `${headline}\n${details}\n${textTable(table)}${footnote ? `\n${footnote}` : ""}`,
  };
}
