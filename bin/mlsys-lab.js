#!/usr/bin/env node
// Launcher of the mlsys-lab command line; the code lives in lib/cli (compiled from src/cli).
"use strict";
const { runCli } = require("../lib/cli");
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
