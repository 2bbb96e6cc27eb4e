#!/usr/bin/env bash
# `npm start`: everything a new user needs, in one command.
#   1. checks Node >= 20
#   2. makes sure Jupyter (nbconvert + nbclient) is there; on Debian/Ubuntu installs it
#   3. installs npm dependencies if needed and builds the library (and its huge-page addon)
#   4. registers the "mlsys-lab" Jupyter kernel for this user
#   5. executes every notebook and builds the HTML site, then says where it is
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$(pwd)"

say() { printf '\n==> %s\n' "$*"; }

say "Checking Node.js"
if ! command -v node >/dev/null 2>&1; then
  echo "Node.js is not installed. Install Node.js 20 or newer (https://nodejs.org/ or your package manager), then run: npm start" >&2
  exit 1
fi
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$NODE_MAJOR" -lt 20 ]; then
  echo "Node.js $(node --version) is too old: mlsys-lab needs Node.js 20 or newer." >&2
  exit 1
fi
echo "node $(node --version)"

jupyter_ok() {
  node -e 'const j = require("./kernel-config/jupyter-env").findJupyter({ needExecution: true });
           if (!j.python) process.exit(1);
           console.log(`${j.executable} (nbclient ${j.modules.nbclient}, nbconvert ${j.modules.nbconvert})`);'
}

say "Checking Jupyter (nbconvert + nbclient)"
if ! jupyter_ok; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "Jupyter is missing and installing it needs root. Run as root:" >&2
        echo "  apt-get install jupyter-nbconvert python3-nbclient jupyter-notebook" >&2
        exit 1
      fi
    fi
    echo "Installing Jupyter from the Debian/Ubuntu packages (jupyter-nbconvert python3-nbclient jupyter-notebook)"
    $SUDO apt-get update
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y jupyter-nbconvert python3-nbclient jupyter-notebook
    if ! jupyter_ok; then
      echo "Jupyter was installed but its Python still cannot import nbclient/nbconvert; see the messages above." >&2
      exit 1
    fi
  else
    echo "Jupyter (with nbconvert and nbclient) is not installed. Install it, then run npm start again:" >&2
    echo "  pip install jupyter nbconvert nbclient notebook" >&2
    echo "(If it lives in a particular Python, point MLSYS_LAB_PYTHON at that python.)" >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ ! -e node_modules/tslab/bin/tslab ]; then
  say "Installing npm dependencies (npm ci)"
  npm ci
fi

say "Building the library"
node scripts/link-self.js
[ -e build/huge-pages.node ] || node scripts/build-native.js
npm run --silent build

say "Registering the Jupyter kernel \"mlsys-lab\" for $(id -un)"
node kernel-config/install.js

say "Executing the notebooks and building the site"
node scripts/build-site.js

cat <<MSG

Done. Open the site above in a browser, or work in the notebooks interactively:
  npm run lab
MSG
