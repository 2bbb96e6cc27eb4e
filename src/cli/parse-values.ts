/** Parsing of CLI option values. */
import * as fs from "node:fs";
import { UsageError } from "./usage-error";

/**
 * Parses a row count: digits with optional `_` separators, an exponent (5e4), or a
 * k/M/G suffix (50k = 50,000; 10M = 10,000,000); the result must be an integer in [min, max].
 *
 * @param command - command name for errors
 * @param option - option name for errors, without dashes
 * @param text - the value as typed
 * @param min - least allowed value
 * @param max - largest allowed value
 * @throws UsageError when the text is not such an integer
 * @example
 * ```ts
 * parseCount("generate", "rows", "50k", 1, 2147483647); // 50000
 * ```
 */
export function parseCount(command: string, option: string, text: string, min: number, max: number): number {
  const m = /^(\d+(?:_\d+)*(?:\.\d+)?(?:e\d+)?)([kMG]?)$/.exec(text.trim());
  const scale = m ? ({ "": 1, k: 1e3, M: 1e6, G: 1e9 } as Record<string, number>)[m[2]] : NaN;
  const x = m ? Number(m[1].replace(/_/g, "")) * scale : NaN;
  if (!Number.isSafeInteger(x) || x < min || x > max) {
    throw new UsageError(command, `--${option} must be an integer in [${min}, ${max}]; got ${JSON.stringify(text)}`);
  }
  return x;
}

/**
 * Parses `--param name=value` entries: the value is read as JSON when it parses
 * (numbers, booleans, arrays, objects, quoted strings), else taken as a bare string.
 *
 * @throws UsageError for an entry without "=" or a name given twice
 * @example
 * ```ts
 * parseParams("generate", ["zipfExponent=1.1", "startTime=2024-02-01T00:00:00Z"]);
 * // { zipfExponent: 1.1, startTime: "2024-02-01T00:00:00Z" }
 * ```
 */
export function parseParams(command: string, entries: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of entries) {
    const eq = e.indexOf("=");
    if (eq <= 0) throw new UsageError(command, `--param must look like name=value; got ${JSON.stringify(e)}`);
    const name = e.slice(0, eq);
    const raw = e.slice(eq + 1);
    if (name in out) throw new UsageError(command, `--param ${name} given twice`);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
    out[name] = value;
  }
  return out;
}

/**
 * Parses `--drift`: a JSON array of injection specs, one spec object, or `@path` to a
 * file holding either.
 *
 * @throws UsageError when the file cannot be read or the text is not a JSON object/array
 * @example
 * ```ts
 * parseDrift("generate", '{"kind":"nullBurst","columns":["age"],"rows":[0,10]}').length; // 1
 * ```
 */
export function parseDrift(command: string, text: string): object[] {
  let source = text;
  if (text.startsWith("@")) {
    try {
      source = fs.readFileSync(text.slice(1), "utf8");
    } catch (e) {
      throw new UsageError(command, `--drift cannot read ${text.slice(1)}: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    throw new UsageError(command, `--drift must be JSON (an array of injection specs); ${(e as Error).message}`);
  }
  const list = Array.isArray(value) ? value : [value];
  if (list.some((s) => s === null || typeof s !== "object" || Array.isArray(s))) {
    throw new UsageError(command, "--drift must be an injection spec object or an array of them");
  }
  return list as object[];
}
