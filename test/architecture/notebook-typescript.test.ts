/**
 * tslab compiles notebook cells with its own TypeScript 5.0, resolving "mlsys-lab"
 * through node_modules with Node10 resolution. These tests compile a notebook-like
 * snippet exactly that way against the built lib/, so a .d.ts that only a newer
 * compiler understands fails here instead of in a student's notebook.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const ts50: typeof import("typescript") = require(path.join(root, "node_modules/@tslab/typescript-for-tslab"));

function libDeclarations(dir = path.join(root, "lib")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return libDeclarations(full);
    return entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

describe("the built library as tslab sees it", () => {
  it("is compiled by tslab's TypeScript 5.0", () => {
    expect(ts50.version).toMatch(/^5\.0\./);
  });

  it("every lib/**/*.d.ts parses under TypeScript 5.0", () => {
    const files = libDeclarations();
    expect(files.length).toBeGreaterThan(5);
    const program = ts50.createProgram(files, { noEmit: true, skipLibCheck: false, types: ["node"], strict: true });
    const problems = program.getSyntacticDiagnostics().map((d) => ts50.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
  });

  it("a notebook cell importing by package name type-checks with tslab's options, without DuckDB's or danfo's declarations", () => {
    const dir = fs.mkdtempSync(path.join(root, "notebooks", ".typecheck-"));
    try {
      const cell = path.join(dir, "cell.ts");
      fs.writeFileSync(
        cell,
        [
          'import { q, parseQuantity } from "mlsys-lab";',
          'const days: number = q(3.14e23, "FLOP").div(q(1024 * 312 * 0.45, "TFLOP/s")).to("day");',
          'const text: string = parseQuantity("32 TB/s").format();',
          "export { days, text };",
        ].join("\n"),
      );
      const options: import("typescript").CompilerOptions = {
        module: ts50.ModuleKind.ESNext,
        moduleResolution: ts50.ModuleResolutionKind.NodeJs,
        target: ts50.ScriptTarget.ES2022,
        lib: ["lib.es2022.d.ts"],
        esModuleInterop: true,
        skipLibCheck: true,
        declaration: true,
        noEmit: true,
        rootDir: dir,
      };
      const program = ts50.createProgram([cell], options);
      const problems = ts50
        .getPreEmitDiagnostics(program)
        .map((d) => ts50.flattenDiagnosticMessageText(d.messageText, "\n"));
      expect(problems).toEqual([]);
      // tslab parses every declaration the cell reaches; DuckDB's alone were 224 files
      // (about 150 ms of the first import cell). Neither package is in the public API.
      const optionalDeclarations = program.getSourceFiles().map((f) => f.fileName).filter((f) => /node_modules\/(@duckdb|danfojs)/.test(f));
      expect(optionalDeclarations).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("importing the library stays light", () => {
  it("loads none of vega, vega-lite, apache-arrow, duckdb or danfojs", () => {
    const script = [
      'require("mlsys-lab");',
      "const heavy = Object.keys(require.cache).filter((f) => /node_modules\\/(vega|vega-lite|apache-arrow|@duckdb|danfojs)/.test(f));",
      "process.stdout.write(JSON.stringify(heavy));",
    ].join("\n");
    const loaded = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: path.join(root, "notebooks") }).toString());
    expect(loaded).toEqual([]);
  });
});
