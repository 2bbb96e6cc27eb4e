/**
 * The parts every top-level chart shares: `$schema`, title, size and theme.
 */
import type { Config } from "vega-lite";
import { validatorFor } from "../util/validate";
import { VEGA_LITE_SCHEMA } from "./schema";
import { chartTheme, DEFAULT_CHART_HEIGHT, DEFAULT_CHART_WIDTH } from "./theme";

/** Options every chart builder accepts. */
export interface ChartFrameOptions {
  /** The chart title, e.g. `"Training time vs cluster size"`. Required: an untitled chart is a puzzle in a notebook. */
  title: string;
  /** A second, smaller title line, e.g. the assumptions (`"GPT-3, A100, η = 0.45"`). */
  subtitle?: string;
  /** Plot width in pixels (default {@link DEFAULT_CHART_WIDTH}). */
  width?: number;
  /** Plot height in pixels (default {@link DEFAULT_CHART_HEIGHT}). */
  height?: number;
}

/** The top-level properties a builder spreads into its spec. */
export interface ChartFrame {
  $schema: string;
  title: string | { text: string; subtitle: string };
  width: number;
  height: number;
  config: Config;
}

/**
 * Validates the frame options and returns the top-level properties, with a fresh copy of
 * {@link chartTheme} so specs never share mutable objects.
 *
 * @throws InvalidParameterError for an empty title or a width/height that is not an integer ≥ 20.
 * @example
 * ```ts
 * chartFrame("lineChart", { title: "T" }).width // 560
 * ```
 */
export function chartFrame(functionName: string, options: ChartFrameOptions): ChartFrame {
  const check = validatorFor(functionName);
  if (typeof options.title !== "string" || options.title.trim() === "") check.fail("title", options.title, "a non-empty string");
  if (options.subtitle !== undefined && typeof options.subtitle !== "string") check.fail("subtitle", options.subtitle, "a string");
  const width = check.integer("width", options.width ?? DEFAULT_CHART_WIDTH, 20);
  const height = check.integer("height", options.height ?? DEFAULT_CHART_HEIGHT, 20);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.subtitle ? { text: options.title, subtitle: options.subtitle } : options.title,
    width,
    height,
    config: JSON.parse(JSON.stringify(chartTheme)) as Config,
  };
}

/**
 * Checks an axis title. Titles should carry units, e.g. `"Training time (days)"`.
 *
 * @throws InvalidParameterError for a missing or empty title.
 * @example
 * ```ts
 * axisTitle("lineChart", "yTitle", "Cost ($)") // "Cost ($)"
 * ```
 */
export function axisTitle(functionName: string, parameter: string, title: unknown): string {
  if (typeof title !== "string" || title.trim() === "") {
    validatorFor(functionName).fail(parameter, title, "a non-empty axis title with units, e.g. \"Training time (days)\"");
  }
  return title as string;
}
