#!/usr/bin/env node
// Regenerates the sample datasets listed in recipes.json with the mlsys-lab CLI
// (bin/mlsys-lab.js, which needs a built lib/: run `npm run build` first, or `npm run
// datasets`, which does both) and rewrites the table in README.md from the manifests.
//
// Usage: node datasets/make.js [--out DIR]   (default: this folder; README is only
// rewritten when writing here)
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const here = __dirname;
const bin = path.resolve(here, "..", "bin", "mlsys-lab.js");
const outFlag = process.argv.indexOf("--out");
const out = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : here;
const recipes = JSON.parse(fs.readFileSync(path.join(here, "recipes.json"), "utf8"));

for (const r of recipes) {
  const run = spawnSync(process.execPath, [bin, ...r.args, "--out", out, "--quiet"], { encoding: "utf8" });
  if (run.status !== 0) {
    process.stderr.write(run.stderr || `mlsys-lab exited with ${run.status}\n`);
    process.exit(1);
  }
  process.stdout.write(`${path.join(out, r.file)}\n`);
}

function size(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(0)} kB`;
}

if (out === here) {
  const rows = recipes.map((r) => {
    const m = JSON.parse(fs.readFileSync(path.join(here, `${r.file}.manifest.json`), "utf8"));
    const cols = m.schema.map((f) => `\`${f.name}\`${f.unit ? ` (${f.unit})` : ""}`).join(", ");
    return `| \`${r.file}\` | ${m.scenario} | ${m.rows.toLocaleString("en-US")} | ${m.seed} | ${m.format} | ${size(m.bytes)} | ${cols} | ${r.purpose} |`;
  });
  const table = [
    "| file | scenario | rows | seed | format | size | columns (unit) | for |",
    "| --- | --- | ---: | ---: | --- | ---: | --- | --- |",
    ...rows,
  ].join("\n");
  const readme = path.join(here, "README.md");
  const text = fs.readFileSync(readme, "utf8");
  const start = "<!-- datasets-table:start -->";
  const end = "<!-- datasets-table:end -->";
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md needs the markers ${start} and ${end}`);
  fs.writeFileSync(readme, `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`);
}
