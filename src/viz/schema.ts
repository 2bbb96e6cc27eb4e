/**
 * Fixed facts about the charts mlsys-lab emits: the Vega-Lite schema they declare and
 * the most rows a builder will inline.
 */

/**
 * The `$schema` every chart declares. Vega-Lite 5 is what JupyterLab 4, Notebook 7 and
 * VS Code render natively (reference/ecosystem.md §3); every v5 spec is also valid v6.
 *
 * @example
 * ```ts
 * VEGA_LITE_SCHEMA // "https://vega.github.io/schema/vega-lite/v5.json"
 * ```
 */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/**
 * The most data rows a chart builder inlines as `data.values`. A notebook stores the
 * spec in its JSON, so larger inputs must be aggregated (binned, averaged, sampled on a
 * grid) in TypeScript first; builders throw {@link InvalidParameterError} above it.
 *
 * @example
 * ```ts
 * MAX_CHART_ROWS // 5000
 * ```
 */
export const MAX_CHART_ROWS = 5000;
