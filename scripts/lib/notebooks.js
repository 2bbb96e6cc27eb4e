// Shared helpers for the notebook scripts: find Jupyter, check the kernel, list and
// execute notebooks through scripts/notebook_tool.py.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawn } = require("node:child_process");
const { KERNEL_NAME, findJupyter, jupyterMissingMessage, runPython } = require("../../kernel-config/jupyter-env");

const REPO = path.resolve(__dirname, "..", "..");
const NOTEBOOKS_DIR = path.join(REPO, "notebooks");
const TOOL = path.join(REPO, "scripts", "notebook_tool.py");

/** Notebook names (file names without .ipynb) in notebooks/, sorted. */
function listNotebooks(dir = NOTEBOOKS_DIR) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ipynb"))
    .map((f) => f.slice(0, -".ipynb".length))
    .sort();
}

/** The Python with nbclient + nbconvert, or exit with instructions. */
function requireJupyter() {
  const jupyter = findJupyter({ needExecution: true });
  if (!jupyter.python) {
    console.error(jupyterMissingMessage(jupyter.tried, true));
    process.exit(1);
  }
  return jupyter;
}

/**
 * Where Jupyter finds the mlsys-lab kernel (honours JUPYTER_PATH), and what it runs.
 * Returns null when it is not registered.
 */
function findKernel(jupyter, env = process.env) {
  const code = [
    "import json",
    "from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel",
    "try:",
    `    spec = KernelSpecManager().get_kernel_spec(${JSON.stringify(KERNEL_NAME)})`,
    "    print(json.dumps({'dir': spec.resource_dir, 'argv': spec.argv}))",
    "except NoSuchKernel:",
    "    print('null')",
  ].join("\n");
  const result = runPython(jupyter.python, code, { env });
  if (result.status !== 0) throw new Error(`could not query Jupyter kernelspecs: ${result.stderr}`);
  return JSON.parse(result.stdout.trim());
}

/** Exits with instructions when the kernel is missing; warns when it runs another checkout. */
function requireKernel(jupyter, env = process.env) {
  const kernel = findKernel(jupyter, env);
  if (!kernel) {
    console.error(
      `mlsys-lab: the Jupyter kernel "${KERNEL_NAME}" is not registered.\n` +
        "Register it with `npm run kernel:install` (or run `npm start`, which does everything).",
    );
    process.exit(1);
  }
  const tslab = kernel.argv[1] ? path.resolve(kernel.argv[1]) : "";
  if (!tslab.startsWith(path.join(REPO, "node_modules") + path.sep)) {
    console.warn(
      `warning: the "${KERNEL_NAME}" kernel at ${kernel.dir} runs ${tslab || kernel.argv.join(" ")},\n` +
        `not this checkout (${REPO}). Run \`npm run kernel:install\` here to point it at this one.`,
    );
  }
  for (const p of kernel.argv.slice(0, 2)) {
    if (path.isAbsolute(p) && !fs.existsSync(p)) {
      console.error(`mlsys-lab: the kernel runs ${p}, which does not exist. Run \`npm run kernel:install\` again.`);
      process.exit(1);
    }
  }
  return kernel;
}

/** Exits with instructions when the compiled library or the package self-link is missing. */
function requireBuiltLibrary() {
  if (!fs.existsSync(path.join(REPO, "lib", "index.js"))) {
    console.error("mlsys-lab: lib/index.js is missing; run `npm run build` first.");
    process.exit(1);
  }
  if (!fs.existsSync(path.join(REPO, "node_modules", "mlsys-lab", "package.json"))) {
    console.error("mlsys-lab: node_modules/mlsys-lab is missing; run `node scripts/link-self.js` (npm ci does it).");
    process.exit(1);
  }
}

/**
 * Executes one notebook with notebook_tool.py. Resolves with the tool's JSON result
 * ({ name, title, ok, error, executeSeconds, ... }); stderr of the kernel is kept for
 * the error report.
 */
function executeNotebook(jupyter, { input, name, outputIpynb, outputHtml, title, timeout = 900, writeOnError = false, env = process.env, kernel = KERNEL_NAME }) {
  const args = [TOOL, "execute", input, "--name", name, "--kernel", kernel, "--timeout", String(timeout)];
  if (outputIpynb) args.push("--output-ipynb", outputIpynb);
  if (outputHtml) args.push("--output-html", outputHtml);
  if (title) args.push("--title", title);
  if (writeOnError) args.push("--write-on-error");
  return new Promise((resolve, reject) => {
    const child = spawn(jupyter.python, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").pop();
      try {
        const result = JSON.parse(last);
        result.stderr = stderr;
        resolve(result);
      } catch {
        resolve({
          name,
          ok: false,
          error: { cellIndex: null, ename: "NotebookToolError", evalue: `notebook_tool.py exited with ${code}`, traceback: stderr.slice(-4000) },
          stderr,
        });
      }
    });
  });
}

/** One-line description of a failed notebook result. */
function describeFailure(result) {
  const e = result.error ?? {};
  const where = e.cellIndex === null || e.cellIndex === undefined ? "" : `cell ${e.cellIndex}: `;
  return `${where}${e.ename ?? "Error"}: ${e.evalue ?? ""}`.trim();
}

module.exports = {
  REPO,
  NOTEBOOKS_DIR,
  TOOL,
  KERNEL_NAME,
  listNotebooks,
  requireJupyter,
  findKernel,
  requireKernel,
  requireBuiltLibrary,
  executeNotebook,
  describeFailure,
};
