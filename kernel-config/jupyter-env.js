// Finds a Python that has Jupyter's client libraries and asks it where Jupyter keeps
// kernelspecs. Shared by kernel-config/install.js and the scripts in scripts/.
"use strict";
const { spawnSync } = require("node:child_process");

/** Kernelspec name used by every notebook of the project. */
const KERNEL_NAME = "mlsys-lab";

/**
 * Python interpreters to try, in order. MLSYS_LAB_PYTHON overrides the search (and
 * is the only candidate when set). /usr/bin/python3 comes first because on Debian
 * the Jupyter packages live there while `python3` on PATH may be a pyenv/venv
 * Python without Jupyter.
 */
function pythonCandidates() {
  if (process.env.MLSYS_LAB_PYTHON) return [process.env.MLSYS_LAB_PYTHON];
  const list = process.platform === "win32" ? ["python", "py"] : ["/usr/bin/python3", "python3", "python"];
  return list;
}

function runPython(python, code, options = {}) {
  return spawnSync(python, ["-c", code], { encoding: "utf8", env: options.env ?? process.env, timeout: 60_000 });
}

const PROBE = [
  "import json, sys, importlib.util",
  "from importlib import metadata",
  "dists = {'jupyter_core': 'jupyter_core', 'jupyter_client': 'jupyter_client', 'nbformat': 'nbformat',",
  "         'nbclient': 'nbclient', 'nbconvert': 'nbconvert', 'ipykernel': 'ipykernel'}",
  "mods = {}",
  "for m, dist in dists.items():",
  "    if importlib.util.find_spec(m) is None:",
  "        mods[m] = None",
  "        continue",
  "    try:",
  "        mods[m] = metadata.version(dist)",
  "    except Exception:",
  "        mods[m] = 'unknown'",
  "out = {'executable': sys.executable, 'version': sys.version.split()[0], 'modules': mods}",
  "if mods['jupyter_core']:",
  "    from jupyter_core.paths import jupyter_data_dir, jupyter_path",
  "    out['dataDir'] = jupyter_data_dir()",
  "    out['path'] = jupyter_path()",
  "print(json.dumps(out))",
].join("\n");

/**
 * Describes the first Python that can import jupyter_client (and, when
 * `needExecution`, nbclient + nbconvert). Returns null when none is found; the
 * `tried` array says what was looked at, for the error message.
 */
function findJupyter({ needExecution = false, env } = {}) {
  const tried = [];
  for (const python of pythonCandidates()) {
    const result = runPython(python, PROBE, { env });
    if (result.error || result.status !== 0) {
      tried.push(`${python}: ${result.error ? result.error.code ?? result.error.message : "exit " + result.status}`);
      continue;
    }
    let info;
    try {
      info = JSON.parse(result.stdout.trim().split("\n").pop());
    } catch {
      tried.push(`${python}: unreadable probe output`);
      continue;
    }
    const missing = ["jupyter_core", "jupyter_client"].concat(needExecution ? ["nbformat", "nbclient", "nbconvert"] : [])
      .filter((m) => !info.modules[m]);
    if (missing.length > 0) {
      tried.push(`${python} (${info.executable}): missing ${missing.join(", ")}`);
      continue;
    }
    return { python, ...info, tried };
  }
  return { python: null, tried };
}

/** The message printed when Jupyter cannot be found. */
function jupyterMissingMessage(tried, needExecution) {
  const what = needExecution ? "Jupyter (jupyter_client, nbclient, nbconvert)" : "Jupyter (jupyter_client)";
  return [
    `mlsys-lab: ${what} was not found.`,
    "Looked at:",
    ...tried.map((t) => `  - ${t}`),
    "Install it with one of:",
    "  Debian/Ubuntu: sudo apt-get install jupyter-nbconvert python3-nbclient jupyter-notebook",
    "  elsewhere:     python3 -m pip install jupyter nbconvert nbclient notebook",
    "or point MLSYS_LAB_PYTHON at a Python that has them.",
  ].join("\n");
}

module.exports = { KERNEL_NAME, findJupyter, jupyterMissingMessage, pythonCandidates, runPython };
