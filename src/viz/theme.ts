/**
 * The shared look of mlsys-lab charts: readable fonts, a 560 × 320 plot area, a light
 * grid and a colour-blind-safe palette. Every builder puts {@link chartTheme} into the
 * spec's `config`, so a chart looks the same in JupyterLab, VS Code and the SVG fallback.
 */
import type { Config } from "vega-lite";

/**
 * Default plot width in pixels (the data rectangle, without axes and legend).
 *
 * @example
 * ```ts
 * DEFAULT_CHART_WIDTH // 560
 * ```
 */
export const DEFAULT_CHART_WIDTH = 560;

/**
 * Default plot height in pixels.
 *
 * @example
 * ```ts
 * DEFAULT_CHART_HEIGHT // 320
 * ```
 */
export const DEFAULT_CHART_HEIGHT = 320;

/**
 * Category colours in the order series receive them: the Okabe–Ito palette, which stays
 * distinguishable under the common colour-vision deficiencies. Yellow comes last because
 * it has the least contrast on white.
 *
 * @example
 * ```ts
 * CATEGORY_COLORS[0] // "#0072B2" (blue)
 * ```
 */
export const CATEGORY_COLORS: readonly string[] = Object.freeze([
  "#0072B2", // blue
  "#E69F00", // orange
  "#009E73", // bluish green
  "#D55E00", // vermillion
  "#CC79A7", // reddish purple
  "#56B4E9", // sky blue
  "#000000", // black
  "#F0E442", // yellow
]);

/**
 * Colour of annotation rules, bands and labels: a dark grey that reads as "reference",
 * not as another data series.
 *
 * @example
 * ```ts
 * ANNOTATION_COLOR // "#4d4d4d"
 * ```
 */
export const ANNOTATION_COLOR = "#4d4d4d";

/**
 * Colour of highlighted points (the book's value, a break-even point): vermillion, which
 * stands out against the blue of a single-series line.
 *
 * @example
 * ```ts
 * HIGHLIGHT_COLOR // "#D55E00"
 * ```
 */
export const HIGHLIGHT_COLOR = "#D55E00";

const FONT = "Helvetica Neue, Helvetica, Arial, sans-serif";

/**
 * The Vega-Lite `config` every builder embeds: 12–13 px axis text, a left-anchored
 * 15 px title, a light grid, 2 px lines and {@link CATEGORY_COLORS} for categories.
 * Frozen; builders copy it into each spec.
 *
 * @example
 * ```ts
 * chartTheme.axis?.labelFontSize // 12
 * ```
 */
export const chartTheme: Config = Object.freeze({
  background: "white",
  font: FONT,
  padding: 8,
  title: { fontSize: 15, fontWeight: 600, anchor: "start", subtitleFontSize: 12, subtitleColor: "#555555", offset: 10 },
  axis: {
    labelFontSize: 12,
    titleFontSize: 13,
    titleFontWeight: 500,
    titlePadding: 8,
    gridColor: "#e8e8e8",
    domainColor: "#888888",
    tickColor: "#888888",
    labelColor: "#333333",
    titleColor: "#222222",
  },
  legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 500, symbolSize: 120 },
  header: { labelFontSize: 12, titleFontSize: 13 },
  view: { stroke: null },
  range: { category: [...CATEGORY_COLORS] },
  line: { strokeWidth: 2 },
  point: { size: 50, filled: true },
  text: { fontSize: 12, font: FONT },
} satisfies Config);
