#!/usr/bin/env bash
# Every test of the project, in Rust, node and Python, from a fresh machine: installs what
# is missing (tests/setup.sh), checks formatting and lints, then runs the Rust tests, the
# property tests and a short run of each fuzz target, builds
# the wasm package and runs the node tests and the browser test against it, builds and
# installs the Python package into .venv and runs pytest. Stops at the first failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

step() { printf '\n== %s\n' "$*"; }

bash tests/setup.sh

step "cargo fmt --check"
cargo fmt --all -- --check
cargo fmt --manifest-path fuzz/Cargo.toml -- --check
step "cargo clippy (workspace, and the wasm binding for wasm32)"
cargo clippy --quiet --workspace --all-targets -- -D warnings
cargo clippy --quiet -p regionrad-wasm --target wasm32-unknown-unknown --all-targets -- -D warnings
step "cargo doc (the library's documentation builds without broken links)"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps -p regionrad

step "Rust tests"
cargo test --workspace
step "property tests (10 000 cases each, release build)"
cargo test --release -p regionrad --test properties --test no_panic --test cost_properties
step "fuzz targets, 30 seconds each (fuzz/run.sh; a longer run: fuzz/run.sh 600)"
bash fuzz/run.sh 30

step "wasm smoke tests inside WebAssembly (wasm-bindgen-test in node)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown -p regionrad-wasm --test smoke

step "wasm package (bindings-wasm/build.sh)"
bash bindings-wasm/build.sh
step "node tests"
node --test tests/js/
step "browser test (headless Chromium, the demo page)"
node --test tests/browser/

step "Python package (wheel) and tests"
rm -rf target/wheels
.venv/bin/pip wheel --quiet --no-deps -w target/wheels ./bindings-python
wheel="$(ls target/wheels/regionrad-*.whl)"
.venv/bin/pip install --quiet --force-reinstall --no-deps "$wheel"
REGIONRAD_WHEEL="$root/$wheel" .venv/bin/python -m pytest tests/python
