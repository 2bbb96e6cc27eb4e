/**
 * MIME types mlsys-lab emits and the shape of a display bundle.
 */
import type { TopLevelSpec } from "vega-lite";

/**
 * The Vega-Lite 5 MIME type. JupyterLab 4, Notebook 7 and VS Code render it
 * interactively; there is no v6 renderer in those front ends (reference/ecosystem.md §3).
 *
 * @example
 * ```ts
 * VEGALITE_MIME_TYPE // "application/vnd.vegalite.v5+json"
 * ```
 */
export const VEGALITE_MIME_TYPE = "application/vnd.vegalite.v5+json";

/**
 * A MIME bundle: one representation of a value per MIME type. Front ends pick the
 * richest type they render (JupyterLab: Vega-Lite; nbconvert HTML and GitHub: SVG or
 * Markdown; a terminal: text). `text/plain` is always present.
 */
export interface MimeBundle {
  /** Plain text, always present: the fallback for every front end and for scripts. */
  "text/plain": string;
  /** GitHub-flavoured Markdown (tables, Quantities). */
  "text/markdown"?: string;
  /** HTML fragment. */
  "text/html"?: string;
  /** A standalone SVG document (charts rendered in Node). */
  "image/svg+xml"?: string;
  /** The Vega-Lite spec as a JSON object, never a string. */
  "application/vnd.vegalite.v5+json"?: TopLevelSpec;
  /** Any other MIME type. */
  [mimeType: string]: unknown;
}
