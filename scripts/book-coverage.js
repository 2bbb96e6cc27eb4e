#!/usr/bin/env node
// npm run book:coverage: prints implemented / total worked examples for every chapter
// of the book (from the book index in lib/), the table the README shows.
// With --write-readme, replaces the table between the README's book-coverage markers.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { bookCoverageTable } = require(path.join(__dirname, "..", "lib"));

const table = bookCoverageTable();
if (process.argv.includes("--write-readme")) {
  const readmePath = path.join(__dirname, "..", "README.md");
  const readme = fs.readFileSync(readmePath, "utf8");
  const pattern = /<!-- book-coverage:start -->\n[\s\S]*?<!-- book-coverage:end -->/;
  if (!pattern.test(readme)) {
    console.error("README.md has no <!-- book-coverage:start --> … <!-- book-coverage:end --> block");
    process.exit(1);
  }
  fs.writeFileSync(readmePath, readme.replace(pattern, `<!-- book-coverage:start -->\n${table}\n<!-- book-coverage:end -->`));
  console.log("README.md: coverage table updated");
}
console.log(table);
