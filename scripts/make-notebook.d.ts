/** Types for scripts/make-notebook.js, so TypeScript tests can import it. */
export interface PercentCell {
  type: "markdown" | "code";
  source: string;
  tags: string[];
}
export interface GeneratedNotebook {
  cells: { cell_type: string; id: string; metadata: Record<string, unknown>; source: string[]; execution_count?: null; outputs?: unknown[] }[];
  metadata: {
    kernelspec: { display_name: string; language: string; name: string };
    language_info: { name: string; file_extension: string; mimetype: string };
  };
  nbformat: number;
  nbformat_minor: number;
}
/** Cells of a percent-format source; throws naming file:line for malformed input. */
export function parsePercent(text: string, file?: string): PercentCell[];
/** An unexecuted nbformat 4.5 notebook for the mlsys-lab kernel. */
export function toNotebook(name: string, cells: PercentCell[]): GeneratedNotebook;
