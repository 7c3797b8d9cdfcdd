#!/usr/bin/env bash
# Installs what the tests need on a fresh machine, skipping what is already there:
# the wasm32 target, wasm-bindgen-cli at the version Cargo.toml pins, cargo-fuzz, the wasm package's npm
# dev dependencies, Chromium for the browser test, and a Python virtualenv (.venv) with
# maturin, pytest and the rest of the Python test tools.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

step() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

wasm_bindgen_version="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wasm_bindgen_version" ]; then
  step "cargo install wasm-bindgen-cli --version $wasm_bindgen_version (several minutes, once)"
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version"
fi

# The fuzz targets (fuzz/) build with cargo fuzz; a stable toolchain will do.
if ! command -v cargo-fuzz >/dev/null; then
  step "cargo install cargo-fuzz (a minute or two, once)"
  cargo install cargo-fuzz --version 0.13.2
fi

if [ ! -d bindings-wasm/node_modules/playwright-core ] || [ ! -x bindings-wasm/node_modules/.bin/tsc ]; then
  step "npm ci (bindings-wasm: binaryen, typescript, json-schema-to-typescript, playwright-core; ajv for the benchmarks)"
  (cd bindings-wasm && npm ci --no-audit --no-fund --loglevel=error)
fi

# The browser test drives Debian's Chromium (a test tool's own browser download does not
# work here).
if ! command -v chromium >/dev/null; then
  step "apt-get install chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  step "python3 -m venv .venv"
  python3 -m venv .venv
fi
# The Python tests: the build backend, pytest, a JSON Schema validator, the optional
# dependencies the package's tables and charts use, mypy for the stubs and strict typing,
# and what executes the example notebook.
python_packages=('maturin>=1.9.4,<2' 'pytest>=7' 'jsonschema>=4.18' 'pandas>=2' 'matplotlib>=3.7' 'mypy>=1.10' 'nbclient>=0.10' 'nbformat>=5.9' 'ipykernel>=6.29')
if ! .venv/bin/python -c 'import maturin, pytest, jsonschema, pandas, matplotlib, mypy, nbclient, nbformat, ipykernel' 2>/dev/null; then
  step "pip install ${python_packages[*]}"
  .venv/bin/pip install --quiet --upgrade pip
  .venv/bin/pip install --quiet "${python_packages[@]}"
fi
