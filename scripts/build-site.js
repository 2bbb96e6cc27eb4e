#!/usr/bin/env node
// Executes every notebooks/*.ipynb headless with the mlsys-lab kernel and writes an
// HTML site: site/<name>.html (nbconvert, charts through their SVG fallback) and
// site/index.html. Prints the absolute path of site/index.html last.
//
//   node scripts/build-site.js                  all notebooks → site/
//   node scripts/build-site.js --only 00-getting-started [--only …]
//   node scripts/build-site.js --inplace        also rewrite notebooks/*.ipynb with the fresh outputs
//   node scripts/build-site.js --out DIR --executed-dir DIR --report FILE   (used by the tests)
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const {
  NOTEBOOKS_DIR,
  REPO,
  describeFailure,
  executeNotebook,
  listNotebooks,
  requireBuiltLibrary,
  requireJupyter,
  requireKernel,
} = require("./lib/notebooks");

const USAGE = `usage: node scripts/build-site.js [--only NAME]... [--inplace] [--out DIR] [--executed-dir DIR] [--report FILE] [--timeout S]`;

function parseArgs(argv) {
  const o = { only: [], inplace: false, out: path.join(REPO, "site"), executedDir: null, report: null, timeout: 900 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) die(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--only") o.only.push(path.basename(value()).replace(/\.(ipynb|ts)$/, ""));
    else if (a === "--inplace") o.inplace = true;
    else if (a === "--out") o.out = path.resolve(value());
    else if (a === "--executed-dir") o.executedDir = path.resolve(value());
    else if (a === "--report") o.report = path.resolve(value());
    else if (a === "--timeout") o.timeout = Number(value());
    else if (a === "-h" || a === "--help") {
      console.log(USAGE);
      process.exit(0);
    } else die(`unknown argument ${JSON.stringify(a)}\n${USAGE}`);
  }
  return o;
}

function die(message) {
  console.error(`build-site: ${message}`);
  process.exit(1);
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** Title (first heading) and first paragraph of a notebook's markdown, for the index. */
function describeNotebook(file) {
  const nb = JSON.parse(fs.readFileSync(file, "utf8"));
  const lines = nb.cells
    .filter((c) => c.cell_type === "markdown")
    .flatMap((c) => (Array.isArray(c.source) ? c.source.join("") : c.source).split("\n"));
  const headingAt = lines.findIndex((l) => /^#{1,6}\s+\S/.test(l));
  const title = headingAt >= 0 ? lines[headingAt].replace(/^#+\s+/, "").replace(/[*_`]/g, "").trim() : null;
  const rest = lines.slice(headingAt + 1);
  const start = rest.findIndex((l) => l.trim() !== "" && !/^(#|>|\||```|[-*] )/.test(l.trim()));
  let summary = "";
  if (start >= 0) {
    const end = rest.findIndex((l, i) => i > start && l.trim() === "");
    summary = rest.slice(start, end < 0 ? undefined : end).join(" ").replace(/[*_`]/g, "").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").trim();
  }
  return { title, summary };
}

function writeIndex(outDir, names) {
  const items = names
    .filter((n) => fs.existsSync(path.join(outDir, `${n}.html`)))
    .map((n) => {
      const { title, summary } = describeNotebook(path.join(NOTEBOOKS_DIR, `${n}.ipynb`));
      return `    <li><a href="${escapeHtml(n)}.html">${escapeHtml(title ?? n)}</a> <code>${escapeHtml(n)}.ipynb</code>` +
        (summary ? `<p>${escapeHtml(summary)}</p>` : "") + `</li>`;
    });
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>mlsys-lab notebooks</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
  h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
  ul { list-style: none; padding: 0; }
  li { margin: 1.1rem 0; }
  li a { font-size: 1.15rem; font-weight: 600; color: #1565c0; text-decoration: none; }
  li code { color: #777; font-size: 0.8rem; margin-left: 0.5rem; }
  li p { margin: 0.25rem 0 0; color: #444; }
  footer { margin-top: 2rem; color: #777; font-size: 0.85rem; }
</style>
</head>
<body>
  <h1>mlsys-lab notebooks</h1>
  <p>TypeScript notebooks for <em>Machine Learning Systems</em>, executed on the <code>mlsys-lab</code> Jupyter kernel.
  Open them interactively with <code>npm run lab</code>.</p>
  <ul>
${items.join("\n")}
  </ul>
  <footer>Built by <code>npm run site</code>. Charts show their static SVG here; JupyterLab and VS Code show them interactive.</footer>
</body>
</html>
`;
  fs.writeFileSync(path.join(outDir, "index.html"), html);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const all = listNotebooks();
  if (all.length === 0) die(`no notebooks in ${NOTEBOOKS_DIR}`);
  const unknown = o.only.filter((n) => !all.includes(n));
  if (unknown.length) die(`no such notebook: ${unknown.join(", ")} (have: ${all.join(", ")})`);
  const names = o.only.length ? all.filter((n) => o.only.includes(n)) : all;

  requireBuiltLibrary();
  const jupyter = requireJupyter();
  requireKernel(jupyter);
  fs.mkdirSync(o.out, { recursive: true });
  if (o.executedDir) fs.mkdirSync(o.executedDir, { recursive: true });

  console.log(`Executing ${names.length} notebook(s) with the mlsys-lab kernel (${jupyter.executable}, nbclient ${jupyter.modules.nbclient})`);
  const results = [];
  const t0 = Date.now();
  for (const name of names) {
    const input = path.join(NOTEBOOKS_DIR, `${name}.ipynb`);
    const outputIpynb = o.inplace ? input : o.executedDir ? path.join(o.executedDir, `${name}.ipynb`) : undefined;
    const result = await executeNotebook(jupyter, {
      input,
      name,
      outputIpynb,
      outputHtml: path.join(o.out, `${name}.html`),
      timeout: o.timeout,
    });
    results.push(result);
    const seconds = (result.totalSeconds ?? result.executeSeconds ?? 0).toFixed(1).padStart(6);
    if (result.ok) console.log(`  ok    ${seconds} s  ${name}${o.inplace ? "  (notebook rewritten)" : ""}`);
    else console.log(`  FAIL  ${seconds} s  ${name}  ${describeFailure(result)}`);
  }
  writeIndex(o.out, all);
  const report = {
    ok: results.every((r) => r.ok),
    seconds: (Date.now() - t0) / 1000,
    site: path.join(o.out, "index.html"),
    notebooks: results.map(({ stderr, ...r }) => ({ ...r, kernelStderr: r.ok ? undefined : stderr.slice(-4000) })),
  };
  if (o.report) fs.writeFileSync(o.report, JSON.stringify(report, null, 2) + "\n");

  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    console.error(`\n${failed.length} notebook(s) failed:`);
    for (const r of failed) {
      console.error(`\n--- ${r.name}.ipynb, ${describeFailure(r)}`);
      if (r.error?.cellSource) console.error(`cell source:\n${r.error.cellSource}`);
      if (r.error?.traceback) console.error(`traceback:\n${r.error.traceback}`);
    }
    console.error(`\nThe site for the others is in ${path.join(o.out, "index.html")}`);
    process.exit(1);
  }
  console.log(`Built ${names.length} page(s) in ${report.seconds.toFixed(1)} s. Open:`);
  console.log(path.join(o.out, "index.html"));
}

main().catch((err) => {
  console.error(err.stack ?? String(err));
  process.exit(1);
});
