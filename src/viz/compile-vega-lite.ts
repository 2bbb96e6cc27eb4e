/**
 * Compiling a Vega-Lite spec to Vega, strictly: any warning is an error.
 */
import type { Spec as VegaSpec } from "vega";
import type { TopLevelSpec } from "vega-lite";
import { ChartSpecError } from "./chart-spec-error";

/** The logger interface vega-lite's `compile` accepts. */
interface CollectingLogger {
  level(level?: number): CollectingLogger | number;
  error(...args: unknown[]): CollectingLogger;
  warn(...args: unknown[]): CollectingLogger;
  info(...args: unknown[]): CollectingLogger;
  debug(...args: unknown[]): CollectingLogger;
}

/**
 * Returns a logger that records warnings and errors as text into `messages`.
 *
 * @example
 * ```ts
 * const messages: string[] = [];
 * collectingLogger(messages).warn("x", 1); // messages: ["warning: x 1"]
 * ```
 */
export function collectingLogger(messages: string[]): CollectingLogger {
  let current = 2; // vega-util's Warn level
  const text = (args: unknown[]): string => args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ");
  const logger: CollectingLogger = {
    level(level?: number) {
      if (level === undefined) return current;
      current = level;
      return logger;
    },
    error(...args) { messages.push(`error: ${text(args)}`); return logger; },
    warn(...args) { messages.push(`warning: ${text(args)}`); return logger; },
    info() { return logger; },
    debug() { return logger; },
  };
  return logger;
}

/**
 * Compiles a Vega-Lite v5 spec to a Vega v5 spec with vega-lite 5.23 (loaded on first
 * use, so importing mlsys-lab stays light).
 *
 * Why strict: Vega-Lite reports many mistakes as warnings and then draws something
 * else (a dropped channel, an ignored scale). Tests and `renderSvg` use this function
 * so such a chart fails loudly instead.
 *
 * @param spec - a top-level Vega-Lite spec, e.g. from {@link lineChart}; not modified
 *   (it is copied first, so the result shares no objects with it).
 * @returns the compiled Vega spec (plain JSON).
 * @throws ChartSpecError listing every warning and error vega-lite reported, or the
 *   exception it threw.
 * @example
 * ```ts
 * const vg = compileVegaLite(lineChart({ data, x: "gpus", y: "days", title: "T", xTitle: "GPUs (count)", yTitle: "Time (days)" }));
 * vg.$schema // "https://vega.github.io/schema/vega/v5.json"
 * ```
 */
export function compileVegaLite(spec: TopLevelSpec): VegaSpec {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vl = require("vega-lite") as typeof import("vega-lite");
  const messages: string[] = [];
  let compiled: VegaSpec;
  try {
    // Compile a copy: the Vega spec must not share data rows with the caller's spec,
    // because vega tags the row objects it ingests.
    const copy = JSON.parse(JSON.stringify(spec)) as TopLevelSpec;
    compiled = vl.compile(copy, { logger: collectingLogger(messages) as never }).spec as VegaSpec;
  } catch (error) {
    throw new ChartSpecError("compileVegaLite", "Vega-Lite", [...messages, `error: ${(error as Error).message}`]);
  }
  if (messages.length > 0) throw new ChartSpecError("compileVegaLite", "Vega-Lite", messages);
  return compiled;
}
