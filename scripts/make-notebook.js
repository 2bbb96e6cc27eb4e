#!/usr/bin/env node
// Turns a "percent" source file into a committed, executed notebook:
//   notebooks/src/<name>.ts  →  notebooks/<name>.ipynb (with outputs)
//
//   node scripts/make-notebook.js 00-getting-started        (or a path to the .ts file)
//   node scripts/make-notebook.js --all
//   node scripts/make-notebook.js NAME --no-execute          (write cells only)
//
// Source format (the same "percent" cells Jupytext, VS Code and Spyder understand):
//
//   // %% [markdown]
//   // # Title
//   // Markdown text, every line commented with "// ".
//
//   // %%
//   import { q } from "mlsys-lab";
//   q(1, "GB").to("MB")
//
//   // %% tags=["raises-exception"]      optional cell tags (JSON list)
//
// Tags the notebook tests understand (test/notebooks/harness.ts):
//   "raises-exception"  the cell may fail; only the error's name and message are compared.
//   "volatile-output"   the cell must run without errors, but its outputs are not compared
//                       with the committed ones (only their kinds): for measured times.
//
// Lines before the first "// %%" marker are a file header and are dropped.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { NOTEBOOKS_DIR, describeFailure, executeNotebook, requireBuiltLibrary, requireJupyter, requireKernel } = require("./lib/notebooks");

const SRC_DIR = path.join(NOTEBOOKS_DIR, "src");
const MARKER = /^\/\/\s?%%(.*)$/;

/** Cells of a percent-format source: [{ type: "markdown" | "code", source, tags }]. */
function parsePercent(text, file = "<source>") {
  const cells = [];
  let current = null;
  text.replace(/\r\n/g, "\n").split("\n").forEach((line, i) => {
    const m = MARKER.exec(line);
    if (m) {
      const rest = m[1].trim();
      const markdown = /^\[markdown\]/.test(rest);
      let tags = [];
      const tagMatch = /tags\s*=\s*(\[.*\])/.exec(rest);
      if (tagMatch) {
        try {
          tags = JSON.parse(tagMatch[1]);
        } catch {
          throw new Error(`${file}:${i + 1}: tags must be a JSON list, e.g. tags=["raises-exception"]`);
        }
      }
      current = { type: markdown ? "markdown" : "code", lines: [], tags };
      cells.push(current);
      return;
    }
    if (!current) return; // header before the first cell
    if (current.type === "markdown") {
      if (line.trim() === "") current.lines.push("");
      else if (/^\s*\/\/ ?/.test(line)) current.lines.push(line.replace(/^\s*\/\/ ?/, ""));
      else throw new Error(`${file}:${i + 1}: markdown cells need every line commented with "// "`);
    } else {
      current.lines.push(line);
    }
  });
  return cells
    .map((c) => {
      while (c.lines.length && c.lines[0].trim() === "") c.lines.shift();
      while (c.lines.length && c.lines[c.lines.length - 1].trim() === "") c.lines.pop();
      return { type: c.type, source: c.lines.join("\n"), tags: c.tags };
    })
    .filter((c) => c.source !== "");
}

/** Splits a string into nbformat's list-of-lines form. */
function sourceLines(s) {
  return s.split("\n").map((line, i, all) => (i < all.length - 1 ? line + "\n" : line));
}

/** An unexecuted nbformat 4.5 notebook for the mlsys-lab kernel. */
function toNotebook(name, cells) {
  return {
    cells: cells.map((c, index) => {
      const base = { cell_type: c.type, id: `${name.replace(/[^A-Za-z0-9_-]/g, "-").slice(0, 56)}-${index}`, metadata: c.tags.length ? { tags: c.tags } : {}, source: sourceLines(c.source) };
      return c.type === "code" ? { ...base, execution_count: null, outputs: [] } : base;
    }),
    metadata: {
      kernelspec: { display_name: "TypeScript (mlsys-lab)", language: "typescript", name: "mlsys-lab" },
      language_info: { name: "typescript", file_extension: ".ts", mimetype: "text/typescript" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

async function make(name, { execute, jupyter }) {
  const src = path.join(SRC_DIR, `${name}.ts`);
  if (!fs.existsSync(src)) throw new Error(`no source file ${src}`);
  const cells = parsePercent(fs.readFileSync(src, "utf8"), path.relative(process.cwd(), src));
  const target = path.join(NOTEBOOKS_DIR, `${name}.ipynb`);
  fs.writeFileSync(target, JSON.stringify(toNotebook(name, cells), null, 1) + "\n");
  if (!execute) {
    console.log(`  wrote  ${path.relative(process.cwd(), target)} (${cells.length} cells, not executed)`);
    return true;
  }
  const result = await executeNotebook(jupyter, { input: target, name, outputIpynb: target, writeOnError: true });
  const seconds = (result.totalSeconds ?? 0).toFixed(1).padStart(6);
  if (result.ok) {
    console.log(`  ok    ${seconds} s  ${path.relative(process.cwd(), target)} (${cells.length} cells)`);
    return true;
  }
  console.error(`  FAIL  ${seconds} s  ${name}  ${describeFailure(result)}`);
  if (result.error?.traceback) console.error(result.error.traceback);
  return false;
}

async function main() {
  const args = process.argv.slice(2);
  const execute = !args.includes("--no-execute");
  let names = args.filter((a) => !a.startsWith("--")).map((a) => path.basename(a).replace(/\.(ts|ipynb)$/, ""));
  if (args.includes("--all")) names = fs.readdirSync(SRC_DIR).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).sort();
  if (names.length === 0) {
    console.error("usage: node scripts/make-notebook.js NAME... | --all [--no-execute]");
    process.exit(1);
  }
  let jupyter = null;
  if (execute) {
    requireBuiltLibrary();
    jupyter = requireJupyter();
    requireKernel(jupyter);
  }
  let ok = true;
  for (const name of names) ok = (await make(name, { execute, jupyter })) && ok;
  process.exit(ok ? 0 : 1);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`make-notebook: ${err.message}`);
    process.exit(1);
  });
}

module.exports = { parsePercent, toNotebook };
