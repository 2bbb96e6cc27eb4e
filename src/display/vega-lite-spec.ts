/**
 * Recognising a Vega-Lite spec among the values passed to `show`, and naming it.
 */
import type { TopLevelSpec } from "vega-lite";

/**
 * True when `value` is an object whose `$schema` is a string containing `"vega-lite"`,
 * which every chart builder sets.
 *
 * @example
 * ```ts
 * isVegaLiteSpec(lineChart({ … }))                                 // true
 * isVegaLiteSpec({ mark: "line" })                                  // false (no $schema)
 * ```
 */
export function isVegaLiteSpec(value: unknown): value is TopLevelSpec {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof (value as { $schema?: unknown }).$schema === "string" &&
    ((value as { $schema: string }).$schema).includes("vega-lite")
  );
}

/**
 * The title text of a spec (`title` as a string, an array of lines, or `{ text }`), or
 * `undefined` when it has none.
 *
 * @example
 * ```ts
 * chartTitle({ $schema: VEGA_LITE_SCHEMA, title: { text: "Cost", subtitle: "per month" }, mark: "bar" }) // "Cost"
 * ```
 */
export function chartTitle(spec: TopLevelSpec): string | undefined {
  const title: unknown = (spec as { title?: unknown }).title;
  const text = (t: unknown): string | undefined =>
    typeof t === "string" ? t : Array.isArray(t) ? t.filter((s) => typeof s === "string").join(" ") : undefined;
  if (typeof title === "object" && title !== null && !Array.isArray(title)) return text((title as { text?: unknown }).text);
  return text(title);
}
