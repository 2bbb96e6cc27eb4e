/**
 * Tables for notebooks: GitHub-flavoured Markdown for front ends, aligned plain text
 * for terminals. Numbers use {@link formatNumber}, Quantities their `.format()`.
 */
import { formatNumber } from "../units/format";
import { isQuantity } from "../units/quantity";

/** Rows a records table shows before it summarises the rest as "… N more rows". */
export const DEFAULT_MAX_TABLE_ROWS = 50;

/**
 * Text of one table cell: a Quantity in readable units, a whole number exactly and any
 * other number with 3 significant digits (both with thousands separators, via
 * {@link formatNumber}), strings as they are, `—` for null or undefined,
 * short arrays of such values joined with commas.
 *
 * @example
 * ```ts
 * formatCell(q(2184000, "s")) // "25.3 days"
 * formatCell(1234567.8)       // "1,234,568"
 * formatCell(null)            // "—"
 * formatCell([8, 2.5])        // "8, 2.50"
 * ```
 */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (isQuantity(value)) return value.format();
  if (typeof value === "number") {
    // Whole numbers (counts, sizes) are shown exactly; others to 3 significant digits.
    const whole = Number.isInteger(value) && Math.abs(value) < 1e15;
    return whole ? formatNumber(value, Math.max(1, String(Math.abs(value)).length)) : formatNumber(value);
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) {
    const shown = value.slice(0, 10).map((v) => (v !== null && typeof v === "object" && !isQuantity(v) ? "{…}" : formatCell(v)));
    return value.length > 10 ? `${shown.join(", ")}, … (${value.length} items)` : shown.join(", ");
  }
  if (value instanceof Date) return value.toISOString();
  return "{…}";
}

/**
 * Escapes text for a Markdown table cell: backslashes and `|` are escaped and line
 * breaks become `<br>`, so a cell can never split the row.
 *
 * @example
 * ```ts
 * escapeMarkdownCell("a|b")   // "a\\|b"   (renders as a|b)
 * escapeMarkdownCell("x\ny")  // "x<br>y"
 * ```
 */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** A table of already formatted cells, plus which columns hold numbers (right-aligned). */
export interface CellTable {
  /** Column headings. */
  header: readonly string[];
  /** Rows of cell text, each as long as `header`. */
  rows: readonly (readonly string[])[];
  /** `numeric[j]` true right-aligns column j. */
  numeric?: readonly boolean[];
}

/**
 * Renders a GitHub-flavoured Markdown table; numeric columns are right-aligned.
 *
 * @example
 * ```ts
 * markdownTable({ header: ["name", "value"], rows: [["a|b", "1"]], numeric: [false, true] })
 * // "| name | value |\n| --- | ---: |\n| a\\|b | 1 |"
 * ```
 */
export function markdownTable(table: CellTable): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
  const rule = `| ${table.header.map((_, j) => (table.numeric?.[j] ? "---:" : "---")).join(" | ")} |`;
  return [line(table.header), rule, ...table.rows.map(line)].join("\n");
}

/**
 * Renders a plain-text table with columns padded to equal width (numeric columns
 * right-aligned), for terminals and `text/plain`.
 *
 * @example
 * ```ts
 * textTable({ header: ["name", "value"], rows: [["gpus", "1,024"]], numeric: [false, true] })
 * // "name  value\n----  -----\ngpus  1,024"
 * ```
 */
export function textTable(table: CellTable): string {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, j) => Math.max(...all.map((row) => [...(row[j] ?? "")].length)));
  const pad = (text: string, j: number): string => {
    const gap = " ".repeat(widths[j] - [...text].length);
    return table.numeric?.[j] ? gap + text : text + gap;
  };
  const line = (cells: readonly string[]): string => cells.map((c, j) => pad(c.replace(/\r?\n/g, " "), j)).join("  ").trimEnd();
  return [line(table.header), widths.map((w) => "-".repeat(w)).join("  "), ...table.rows.map(line)].join("\n");
}

/**
 * Escapes text for HTML element content and attribute values (`& < > "`).
 *
 * @example
 * ```ts
 * escapeHtml('<b> & "x"'); // "&lt;b&gt; &amp; &quot;x&quot;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Background of the rows {@link htmlTable} highlights (a light orange that reads as "look here"). */
const HIGHLIGHT_BACKGROUND = "#fde0d0";

/**
 * Renders an HTML `<table>` (cells escaped; numeric columns right-aligned), tinting
 * row i when `highlight[i]` is true.
 *
 * @example
 * ```ts
 * htmlTable({ header: ["column", "PSI"], rows: [["age", "0.31"]], numeric: [false, true] }, [true]);
 * // '<table><thead><tr><th style="text-align:left">column</th>…</tr></thead><tbody><tr style="background:#fde0d0">…</tr></tbody></table>'
 * ```
 */
export function htmlTable(table: CellTable, highlight: readonly boolean[] = []): string {
  const align = (j: number): string => `text-align:${table.numeric?.[j] ? "right" : "left"}`;
  const th = table.header.map((h, j) => `<th style="${align(j)}">${escapeHtml(h)}</th>`).join("");
  const trs = table.rows.map((row, i) => {
    const tds = row.map((cell, j) => `<td style="${align(j)}">${escapeHtml(cell)}</td>`).join("");
    return `<tr${highlight[i] ? ` style="background:${HIGHLIGHT_BACKGROUND}"` : ""}>${tds}</tr>`;
  });
  return `<table><thead><tr>${th}</tr></thead><tbody>${trs.join("")}</tbody></table>`;
}
