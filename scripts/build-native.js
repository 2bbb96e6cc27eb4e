#!/usr/bin/env node
// Builds src/native/huge-pages.c into build/huge-pages.node with the system C compiler
// (cc, or $CC) against the Node-API headers that ship with Node. Runs at install time
// (npm's "install" script). The addon only matters on Linux, where it lets large typed
// arrays use transparent huge pages; anywhere else, or when no compiler or headers are
// found, it prints one line saying so and exits 0: mlsys-lab then allocates as plain
// Node does, which is correct, only slower for arrays of hundreds of MiB.
//
//   node scripts/build-native.js [--quiet]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
const source = path.join(root, "src", "native", "huge-pages.c");
const target = path.join(root, "build", "huge-pages.node");
const quiet = process.argv.includes("--quiet");

function skip(reason) {
  console.log(`mlsys-lab: huge-page allocator not built (${reason}); large arrays use default pages.`);
  process.exit(0);
}

/** Directories that may hold node_api.h: beside this Node binary, npm's nodedir, then /usr. */
function headerDirectory() {
  const candidates = [
    path.join(path.dirname(process.execPath), "..", "include", "node"),
    process.env.npm_config_nodedir && path.join(process.env.npm_config_nodedir, "include", "node"),
    "/usr/include/node",
    "/usr/local/include/node",
  ].filter(Boolean);
  return candidates.find((dir) => fs.existsSync(path.join(dir, "node_api.h")));
}

if (process.platform !== "linux") skip(`${process.platform} has no transparent huge pages`);
if (!fs.existsSync(source)) skip(`${path.relative(root, source)} is missing`);
const include = headerDirectory();
if (!include) skip("node_api.h not found beside Node or under /usr/include/node");

const compiler = process.env.CC || "cc";
fs.mkdirSync(path.dirname(target), { recursive: true });
const partial = `${target}.${process.pid}.tmp`;
const run = spawnSync(compiler, ["-O2", "-std=c11", "-Wall", "-shared", "-fPIC", `-I${include}`, source, "-o", partial], { encoding: "utf8" });
if (run.error) skip(`${compiler}: ${run.error.code === "ENOENT" ? "not installed" : run.error.message}`);
if (run.status !== 0) {
  fs.rmSync(partial, { force: true });
  skip(`${compiler} failed: ${(run.stderr || "").trim().split("\n").slice(0, 4).join(" | ")}`);
}
fs.renameSync(partial, target);
if (!quiet) console.log(`mlsys-lab: built ${path.relative(root, target)} (${compiler}, headers ${include}).`);
