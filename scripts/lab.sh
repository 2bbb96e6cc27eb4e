#!/usr/bin/env bash
# `npm run lab`: opens notebooks/ in JupyterLab if it is installed, else in the classic
# Jupyter Notebook. Extra arguments go to Jupyter (e.g. npm run lab -- --no-browser).
set -euo pipefail
cd "$(dirname "$0")/.."

PY="$(node -e 'const j = require("./kernel-config/jupyter-env").findJupyter(); if (j.python) console.log(j.python);')"
if [ -z "$PY" ]; then
  echo "Jupyter is not installed. Run \`npm start\` (it installs it on Debian/Ubuntu), or:" >&2
  echo "  pip install jupyter nbconvert nbclient notebook" >&2
  exit 1
fi
if [ ! -f lib/index.js ]; then
  echo "The library is not built yet; run \`npm start\` (or \`npm run build\`) first." >&2
  exit 1
fi

# Make sure the kernel points at this checkout (idempotent, quiet).
node kernel-config/install.js --quiet

EXTRA=()
if [ "$(id -u)" -eq 0 ]; then EXTRA+=(--allow-root); fi

cd notebooks
if "$PY" -c 'import jupyterlab' >/dev/null 2>&1; then
  exec "$PY" -m jupyterlab "${EXTRA[@]}" "$@"
elif "$PY" -c 'import notebook' >/dev/null 2>&1; then
  exec "$PY" -m notebook "${EXTRA[@]}" "$@"
else
  echo "Neither JupyterLab nor Jupyter Notebook is installed for $PY." >&2
  echo "  Debian/Ubuntu: sudo apt-get install jupyter-notebook     elsewhere: pip install jupyterlab" >&2
  exit 1
fi
