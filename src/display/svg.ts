/**
 * Rendering a Vega-Lite spec to SVG in Node, synchronously and deterministically, for
 * the front ends that cannot run Vega (classic Notebook, nbconvert HTML, GitHub).
 */
import type { TopLevelSpec } from "vega-lite";
import { ChartSpecError } from "../viz/chart-spec-error";
import { collectingLogger, compileVegaLite } from "../viz/compile-vega-lite";

/** The parts of vega's View this module relies on, including two internals (see {@link renderSvg}). */
interface HeadlessView {
  run(): HeadlessView;
  padding(): { left: number; right: number; top: number; bottom: number };
  background(): unknown;
  loader(): unknown;
  finalize(): void;
  _viewWidth?: number;
  _viewHeight?: number;
  _origin?: [number, number];
  _scenegraph?: { root: unknown };
}

interface SvgStringRenderer {
  initialize(el: null, width: number, height: number, origin: [number, number], scaleFactor: number): SvgStringRenderer;
  background(color: unknown): SvgStringRenderer;
  render(scene: unknown): SvgStringRenderer;
  svg(): string;
}

/**
 * Renders a Vega-Lite spec to a standalone SVG document with vega 5.33 and vega-lite
 * 5.23, both loaded on first use.
 *
 * It does what vega's asynchronous `view.toSVG()` does, but synchronously, so that
 * `show(chart)` in a notebook cell emits its output before the cell finishes: the
 * dataflow is run with `view.run()` (inline data needs no loading), then vega's headless
 * `SVGStringRenderer` draws the scenegraph at the view's size (read from the View's
 * `_viewWidth`, `_viewHeight` and `_origin`, as vega-view's own `renderHeadless` does).
 * A test checks the result is byte-identical to `toSVG()`.
 *
 * Deterministic: vega numbers clip paths and gradients with module-level counters;
 * they are reset (`vega.resetSVGDefIds()`) before every render, so the same spec gives
 * the same bytes on every call. Text is measured by vega's built-in estimate (no
 * `canvas` package), which does not depend on installed fonts.
 *
 * @param spec - a top-level Vega-Lite spec, e.g. from `lineChart`.
 * @returns the SVG text, starting `<svg`.
 * @throws ChartSpecError when vega-lite or vega report a warning or an error, or when
 *   the installed vega lacks the internals used here.
 * @example
 * ```ts
 * renderSvg(lineChart({ … })).slice(0, 4) // "<svg"
 * ```
 */
export function renderSvg(spec: TopLevelSpec): string {
  const compiled = compileVegaLite(spec);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vega = require("vega") as {
    View: new (runtime: unknown, options: object) => HeadlessView;
    parse(spec: unknown): unknown;
    resetSVGDefIds(): void;
    SVGStringRenderer: new (loader: unknown) => SvgStringRenderer;
  };
  const messages: string[] = [];
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logger: collectingLogger(messages) });
  try {
    view.run();
    if (messages.length > 0) throw new ChartSpecError("renderSvg", "Vega", messages);
    const root = view._scenegraph?.root;
    const origin = view._origin;
    if (root === undefined || origin === undefined || view._viewWidth === undefined || view._viewHeight === undefined) {
      throw new ChartSpecError("renderSvg", "Vega", ["error: this vega version does not expose the view internals renderSvg needs (tested with 5.33.1)"]);
    }
    const padding = view.padding();
    const width = Math.max(0, view._viewWidth + padding.left + padding.right);
    const height = Math.max(0, view._viewHeight + padding.top + padding.bottom);
    vega.resetSVGDefIds();
    const renderer = new vega.SVGStringRenderer(view.loader())
      .initialize(null, width, height, [padding.left + origin[0], padding.top + origin[1]], 1)
      .background(view.background());
    return renderer.render(root).svg();
  } finally {
    view.finalize();
  }
}
