#!/usr/bin/env node
// Registers the "mlsys-lab" Jupyter kernel: this checkout's tslab, started by the
// Node that runs this script, both written as absolute paths.
//
//   node kernel-config/install.js                  per-user install (Jupyter's user data dir)
//   node kernel-config/install.js --prefix DIR     DIR/share/jupyter/kernels/mlsys-lab (use with JUPYTER_PATH=DIR/share/jupyter)
//   node kernel-config/install.js --uninstall [--prefix DIR]
//   node kernel-config/install.js --print [--prefix DIR]
//
// Running it twice is harmless: the kernelspec is rewritten in place.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { KERNEL_NAME, findJupyter, jupyterMissingMessage, runPython } = require("./jupyter-env");

const REPO = path.resolve(__dirname, "..");
const TEMPLATE = path.join(__dirname, "kernel.template.json");

const USAGE = `usage: node kernel-config/install.js [--prefix DIR] [--uninstall | --print] [--quiet]

Registers the Jupyter kernel "${KERNEL_NAME}" (TypeScript via this checkout's tslab).
  (default)      install for the current user
  --prefix DIR   install into DIR/share/jupyter/kernels/${KERNEL_NAME}; Jupyter finds it
                 when JUPYTER_PATH=DIR/share/jupyter
  --uninstall    remove the kernelspec (user or --prefix)
  --print        show where the kernelspec is and what it runs
  --quiet        print only errors
Environment: MLSYS_LAB_PYTHON=/path/to/python selects the Python that has Jupyter.`;

function parseArgs(argv) {
  const options = { prefix: null, action: "install", quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--prefix") {
      const value = argv[++i];
      if (!value) fail("--prefix needs a directory");
      options.prefix = path.resolve(value);
    } else if (arg.startsWith("--prefix=")) {
      options.prefix = path.resolve(arg.slice("--prefix=".length));
    } else if (arg === "--user") {
      options.prefix = null;
    } else if (arg === "--uninstall") {
      options.action = "uninstall";
    } else if (arg === "--print") {
      options.action = "print";
    } else if (arg === "--quiet" || arg === "-q") {
      options.quiet = true;
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else {
      fail(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
    }
  }
  return options;
}

function fail(message) {
  console.error(message.startsWith("mlsys-lab") ? message : `mlsys-lab kernel: ${message}`);
  process.exit(1);
}

/** Jupyter's per-user data dir when no Python can tell us (used by --uninstall/--print only). */
function fallbackUserDataDir() {
  if (process.env.JUPYTER_DATA_DIR) return path.resolve(process.env.JUPYTER_DATA_DIR);
  const home = os.homedir();
  if (process.platform === "darwin") return path.join(home, "Library", "Jupyter");
  if (process.platform === "win32") return path.join(process.env.APPDATA ?? home, "jupyter");
  return path.join(process.env.XDG_DATA_HOME || path.join(home, ".local", "share"), "jupyter");
}

function kernelDir(options, jupyter) {
  if (options.prefix) return path.join(options.prefix, "share", "jupyter", "kernels", KERNEL_NAME);
  const dataDir = jupyter && jupyter.dataDir ? jupyter.dataDir : fallbackUserDataDir();
  return path.join(dataDir, "kernels", KERNEL_NAME);
}

/** Absolute path of this checkout's tslab launcher, or a clear failure. */
function tslabLauncher() {
  let pkg;
  try {
    pkg = require.resolve("tslab/package.json", { paths: [REPO] });
  } catch {
    fail(`tslab is not installed in ${REPO}/node_modules. Run \`npm ci\` in ${REPO} first.`);
  }
  const launcher = path.join(path.dirname(pkg), "bin", "tslab");
  if (!fs.existsSync(launcher)) fail(`tslab launcher not found at ${launcher}; reinstall with \`npm ci\`.`);
  return launcher;
}

/** The kernelspec JSON for this checkout, from kernel.template.json. */
function renderKernelSpec() {
  const values = { node: process.execPath, tslab: tslabLauncher(), repo: REPO };
  const template = JSON.parse(fs.readFileSync(TEMPLATE, "utf8"));
  const fill = (v) =>
    typeof v === "string"
      ? v.replace(/\$\{(\w+)\}/g, (m, key) => (key in values ? values[key] : m))
      : Array.isArray(v)
        ? v.map(fill)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]))
          : v;
  return fill(template);
}

/** Asks Jupyter itself which directory it resolves the kernel name to. */
function resolvedByJupyter(jupyter, options) {
  const env = { ...process.env };
  if (options.prefix) {
    const share = path.join(options.prefix, "share", "jupyter");
    env.JUPYTER_PATH = env.JUPYTER_PATH ? `${share}${path.delimiter}${env.JUPYTER_PATH}` : share;
  }
  const code = [
    "from jupyter_client.kernelspec import KernelSpecManager",
    `print(KernelSpecManager().get_kernel_spec(${JSON.stringify(KERNEL_NAME)}).resource_dir)`,
  ].join("\n");
  const result = runPython(jupyter.python, code, { env });
  return result.status === 0 ? result.stdout.trim() : null;
}

function install(options) {
  const jupyter = findJupyter();
  if (!jupyter.python) fail(jupyterMissingMessage(jupyter.tried, false));
  const spec = renderKernelSpec();
  const dir = kernelDir(options, jupyter);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "kernel.json");
  const text = JSON.stringify(spec, null, 2) + "\n";
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
  // Write to a temporary file and rename, so a reader never sees half a kernelspec.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
  const resolved = resolvedByJupyter(jupyter, options);
  if (!options.quiet) {
    const verb = previous === null ? "installed" : previous === text ? "already up to date" : "updated";
    console.log(`mlsys-lab kernel ${verb}: ${dir}`);
    console.log(`  runs: ${spec.argv.join(" ")}`);
    console.log(`  jupyter: ${jupyter.executable} (jupyter_client ${jupyter.modules.jupyter_client})`);
    if (options.prefix) console.log(`  use it with: JUPYTER_PATH=${path.join(options.prefix, "share", "jupyter")}`);
  }
  if (resolved && path.resolve(resolved) !== path.resolve(dir)) {
    console.warn(`warning: Jupyter resolves "${KERNEL_NAME}" to ${resolved}, which takes precedence over ${dir}.`);
  } else if (!resolved) {
    console.warn(`warning: Jupyter (${jupyter.executable}) could not find the kernel "${KERNEL_NAME}" after installing it.`);
  }
}

function uninstall(options) {
  const jupyter = options.prefix ? null : findJupyter();
  const dir = kernelDir(options, jupyter);
  if (!fs.existsSync(dir)) {
    if (!options.quiet) console.log(`mlsys-lab kernel not installed at ${dir}; nothing to remove.`);
    return;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  if (!options.quiet) console.log(`mlsys-lab kernel removed: ${dir}`);
}

function print(options) {
  const jupyter = options.prefix ? null : findJupyter();
  const dir = kernelDir(options, jupyter);
  const file = path.join(dir, "kernel.json");
  if (!fs.existsSync(file)) {
    console.log(`mlsys-lab kernel: not installed (would go to ${dir})`);
    process.exitCode = 1;
    return;
  }
  const spec = JSON.parse(fs.readFileSync(file, "utf8"));
  console.log(`mlsys-lab kernel: ${dir}`);
  console.log(`  runs: ${spec.argv.join(" ")}`);
  const missing = spec.argv.slice(0, 2).filter((p) => !fs.existsSync(p));
  if (missing.length) console.log(`  warning: missing ${missing.join(", ")}; run \`npm run kernel:install\` again`);
}

if (require.main === module) {
  const options = parseArgs(process.argv.slice(2));
  if (options.action === "install") install(options);
  else if (options.action === "uninstall") uninstall(options);
  else print(options);
}

module.exports = { renderKernelSpec, kernelDir };
