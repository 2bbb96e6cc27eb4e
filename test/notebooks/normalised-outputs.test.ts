/**
 * normalisedOutputs: what the "reproduces the committed outputs" test compares. Cells
 * tagged "volatile-output" (measured times) keep only the kinds of their outputs.
 */
import { describe, expect, it } from "vitest";
import { normalisedOutputs, type Notebook } from "./harness";

const table = (ms: string) => ({ output_type: "display_data", data: { "text/markdown": [`| time |\n| ${ms} |`], "text/plain": ms }, metadata: {} });
const notebook = (ms: string, tags: string[]): Notebook => ({
  metadata: {},
  cells: [
    { cell_type: "code", source: "show(times)", metadata: { tags }, execution_count: 1, outputs: [table(ms), { output_type: "stream", name: "stdout", text: ms }] },
    { cell_type: "code", source: "1 + 1", metadata: {}, execution_count: 2, outputs: [{ output_type: "execute_result", data: { "text/plain": "2" } }] },
  ],
});

describe("normalisedOutputs", () => {
  it("ignores the content, not the kinds, of outputs of a volatile-output cell", () => {
    const a = normalisedOutputs(notebook("376 ms", ["volatile-output"]));
    expect(a).toEqual(normalisedOutputs(notebook("412 ms", ["volatile-output"])));
    expect(a[0]).toEqual([{ output_type: "display_data", mimeTypes: ["text/markdown", "text/plain"] }, { output_type: "stream", name: "stdout" }]);
    expect(a[1]).toEqual([{ output_type: "execute_result", data: { "text/plain": "2" } }]);
  });

  it("still compares the content of untagged cells", () => {
    expect(normalisedOutputs(notebook("376 ms", []))).not.toEqual(normalisedOutputs(notebook("412 ms", [])));
  });
});
