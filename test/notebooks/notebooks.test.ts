/**
 * Every committed notebook runs in real Jupyter on the mlsys-lab kernel and still
 * produces the outputs it was committed with. The kernel is registered under a
 * temporary prefix (see harness.ts); notebooks run with nbclient through
 * scripts/build-site.js, once per test run, shared with test/browser.
 *
 * When a notebook's outputs drift (library change, new cell), re-execute it:
 *   node scripts/make-notebook.js NAME      (from notebooks/src/NAME.ts), or
 *   npm run site -- --inplace --only NAME   (for notebooks written in Jupyter)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSite, jupyterPython, normalisedOutputs, notebookNames, NOTEBOOKS_DIR, readNotebook, type BuiltSite, type Notebook } from "./harness";

const VEGALITE = "application/vnd.vegalite.v5+json";
const LONG = 300_000;
const names = notebookNames();
const hasJupyter = jupyterPython() !== null;
if (!hasJupyter && process.env.CI) throw new Error("Jupyter (nbclient + nbconvert) is required in CI");

function chartOutputs(nb: Notebook) {
  return nb.cells.flatMap((c, cell) => (c.outputs ?? []).map((o) => ({ cell, o }))).filter(({ o }) => o.data && VEGALITE in o.data);
}

describe("notebooks/", () => {
  it("has at least one notebook", () => {
    expect(names.length).toBeGreaterThan(0);
  });

  describe.each(names)("%s.ipynb", (name) => {
    const file = path.join(NOTEBOOKS_DIR, `${name}.ipynb`);
    const committed = readNotebook(file);

    it("names the mlsys-lab kernel in its metadata", () => {
      expect(committed.metadata.kernelspec).toMatchObject({ name: "mlsys-lab", language: "typescript", display_name: "TypeScript (mlsys-lab)" });
    });

    it("is committed executed, without error outputs", () => {
      const code = committed.cells.filter((c) => c.cell_type === "code");
      expect(code.every((c) => typeof c.execution_count === "number"), "some code cells were never executed").toBe(true);
      // tslab prints failures (exceptions, TypeScript diagnostics) on stderr rather than as
      // "error" outputs; only cells tagged raises-exception may fail.
      const failures = code
        .filter((c) => !((c.metadata?.tags as string[] | undefined) ?? []).includes("raises-exception"))
        .flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === "error" || (o.output_type === "stream" && o.name === "stderr")));
      expect(failures.map((o) => o.evalue ?? o.text)).toEqual([]);
    });

    it("matches its percent source in notebooks/src, when it has one", async () => {
      const src = path.join(NOTEBOOKS_DIR, "src", `${name}.ts`);
      if (!fs.existsSync(src)) return;
      const { parsePercent } = await import("../../scripts/make-notebook.js");
      const fromSource = parsePercent(fs.readFileSync(src, "utf8"), src).map((c: { type: string; source: string }) => [c.type, c.source]);
      const inNotebook = committed.cells.map((c) => [c.cell_type, Array.isArray(c.source) ? c.source.join("") : c.source]);
      expect(inNotebook, `rebuild with: node scripts/make-notebook.js ${name}`).toEqual(fromSource);
    });

    it("every committed Vega-Lite output also carries image/svg+xml and text/plain", () => {
      for (const { cell, o } of chartOutputs(committed)) {
        expect(Object.keys(o.data ?? {}), `cell ${cell}`).toEqual(expect.arrayContaining(["image/svg+xml", "text/plain"]));
        expect(typeof o.data?.[VEGALITE], `cell ${cell}: the spec must be stored as a JSON object`).toBe("object");
      }
    });

    describe.skipIf(!hasJupyter)("executed fresh in Jupyter", () => {
      let site: BuiltSite;
      let fresh: Notebook;
      beforeAll(async () => {
        site = await builtSite();
      }, 1_200_000);

      it("runs without errors", () => {
        const result = site.report.notebooks.find((n) => n.name === name);
        expect(result, `no result for ${name}; build output:\n${site.stdout}\n${site.stderr}`).toBeDefined();
        const e = result!.error;
        expect(result!.ok, e ? `cell ${e.cellIndex}: ${e.ename}: ${e.evalue}\n${e.traceback}` : "").toBe(true);
        fresh = readNotebook(path.join(site.executedDir, `${name}.ipynb`));
        const errors = fresh.cells
          .filter((c) => !((c.metadata?.tags as string[] | undefined) ?? []).includes("raises-exception"))
          .flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === "error" || (o.output_type === "stream" && o.name === "stderr")));
        expect(errors.map((o) => o.evalue ?? o.text)).toEqual([]);
      }, LONG);

      it("every fresh Vega-Lite output also carries image/svg+xml and text/plain", () => {
        expect(fresh, "notebook did not execute").toBeDefined();
        for (const { cell, o } of chartOutputs(fresh)) {
          expect(Object.keys(o.data ?? {}), `cell ${cell}`).toEqual(expect.arrayContaining(["image/svg+xml", "text/plain"]));
        }
      }, LONG);

      it("reproduces the committed outputs", () => {
        expect(fresh, "notebook did not execute").toBeDefined();
        expect(normalisedOutputs(fresh), `outputs changed; re-execute ${name} (see the header of this test file)`).toEqual(
          normalisedOutputs(committed),
        );
      }, LONG);

      it("renders to an HTML page", () => {
        const html = fs.readFileSync(path.join(site.siteDir, `${name}.html`), "utf8");
        expect(html).toContain("<title>");
        expect(html).not.toMatch(/<script[^>]+src=["']https?:/); // offline: nothing from a CDN
      }, LONG);
    });
  });
});
