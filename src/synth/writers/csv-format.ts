/**
 * Text forms of column values in CSV files: deterministic, shortest round-trip numbers
 * and RFC 4180 quoting, so the same data always gives the same bytes and every value
 * parses back exactly.
 */

/**
 * Shortest decimal that reads back as the same float64 (ECMAScript's Number→String,
 * with "-0" kept and "NaN", "Infinity", "-Infinity" for the non-finite values).
 *
 * @example
 * ```ts
 * formatFloat64(0.1 + 0.2); // "0.30000000000000004"
 * formatFloat64(-0);        // "-0"
 * ```
 */
export function formatFloat64(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

/**
 * Shortest decimal that reads back as the same float32: the fewest significant digits p
 * (1 … 9) with fround(decimal) = x.
 *
 * @example
 * ```ts
 * formatFloat32(Math.fround(0.1)); // "0.1"   (String would give "0.10000000149011612")
 * ```
 */
export function formatFloat32(x: number): string {
  if (!Number.isFinite(x) || x === 0) return formatFloat64(x);
  for (let p = 1; p <= 9; p++) {
    const y = Number(x.toPrecision(p));
    if (Math.fround(y) === x) return formatFloat64(y);
  }
  return formatFloat64(x);
}

/**
 * Quotes a CSV field per RFC 4180 when it holds a comma, a double quote, CR or LF, or is
 * empty (so that an empty string differs from a null, which is written as nothing);
 * double quotes inside are doubled.
 *
 * @example
 * ```ts
 * quoteCsv('say "hi", then go'); // "\"say \"\"hi\"\", then go\""
 * quoteCsv("plain");             // "plain"
 * ```
 */
export function quoteCsv(s: string): string {
  return s === "" || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * UTC ISO-8601 text of a time in ms since the epoch, with milliseconds.
 *
 * @example
 * ```ts
 * formatTimestampMs(1704067204750); // "2024-01-01T00:00:04.750Z"
 * ```
 */
export function formatTimestampMs(ms: number): string {
  return new Date(ms).toISOString();
}
