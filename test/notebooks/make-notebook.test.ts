import { describe, expect, it } from "vitest";
import { parsePercent, toNotebook } from "../../scripts/make-notebook.js";

describe("parsePercent", () => {
  const source = [
    "// header, dropped",
    "// %% [markdown]",
    "// # Title",
    "//",
    "// Some *text*.",
    "",
    "// %%",
    'import { q } from "mlsys-lab";',
    "",
    "q(1, \"GB\").to(\"MB\")",
    "",
    '// %% tags=["raises-exception"]',
    "throw new Error(\"on purpose\");",
  ].join("\n");

  it("splits markdown and code cells, uncomments markdown and trims blank edges", () => {
    expect(parsePercent(source)).toEqual([
      { type: "markdown", source: "# Title\n\nSome *text*.", tags: [] },
      { type: "code", source: 'import { q } from "mlsys-lab";\n\nq(1, "GB").to("MB")', tags: [] },
      { type: "code", source: 'throw new Error("on purpose");', tags: ["raises-exception"] },
    ]);
  });

  it("rejects uncommented lines in a markdown cell, naming file and line", () => {
    expect(() => parsePercent("// %% [markdown]\n// ok\nnot commented", "x.ts")).toThrow(/x\.ts:3: markdown cells need every line commented/);
  });

  it("rejects tags that are not a JSON list", () => {
    expect(() => parsePercent("// %% tags=[oops]\n1", "y.ts")).toThrow(/y\.ts:1: tags must be a JSON list/);
  });
});

describe("toNotebook", () => {
  it("writes nbformat 4.5 for the mlsys-lab kernel with ids from name and index", () => {
    const nb = toNotebook("00-x", parsePercent("// %% [markdown]\n// # T\n// %%\n1 + 1"));
    expect(nb.metadata.kernelspec).toEqual({ display_name: "TypeScript (mlsys-lab)", language: "typescript", name: "mlsys-lab" });
    expect(nb.metadata.language_info.name).toBe("typescript");
    expect([nb.nbformat, nb.nbformat_minor]).toEqual([4, 5]);
    expect(nb.cells.map((c: { id: string }) => c.id)).toEqual(["00-x-0", "00-x-1"]);
    expect(nb.cells[1]).toMatchObject({ cell_type: "code", execution_count: null, outputs: [], source: ["1 + 1"] });
  });
});
