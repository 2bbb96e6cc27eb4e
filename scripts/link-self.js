#!/usr/bin/env node
// Makes this checkout behave like an installed copy of itself:
//  - node_modules/mlsys-lab → the repo root, so notebooks `import … from "mlsys-lab"`
//    exactly as a user who installed the package would;
//  - node_modules/.bin/mlsys-lab → bin/mlsys-lab.js, so `npx mlsys-lab …` runs this
//    checkout's command line instead of looking for the package on the registry.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");

function ensureSymlink(link, target, type) {
  fs.mkdirSync(path.dirname(link), { recursive: true });
  let current = null;
  try {
    current = fs.readlinkSync(link);
  } catch {
    current = null;
  }
  if (current === target) return;
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(target, link, type);
}

ensureSymlink(path.join(root, "node_modules", "mlsys-lab"), "..", "dir");
ensureSymlink(path.join(root, "node_modules", ".bin", "mlsys-lab"), path.join("..", "..", "bin", "mlsys-lab.js"), "file");
