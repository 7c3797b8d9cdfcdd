#!/usr/bin/env bash
# Every test of the project, in Rust, node and Python, from a fresh machine: installs what
# is missing (tests/setup.sh), checks formatting and lints, then runs the Rust tests, the
# property tests and the fuzz targets over their starting inputs, builds
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
step "cargo package (the crate builds from its published files alone, bundled data inside)"
# Dirty only by what the tests write (wheels, the wasm package), which are not packaged.
cargo package --quiet -p regionrad --allow-dirty

step "Rust tests"
cargo test --workspace
# Random inputs from fixed seeds, so that this run tries the same inputs every time and a
# change fails only by what it changes. Exploring with new random inputs is a run of its
# own: `cargo test --release -p regionrad --test no_panic` (a new seed each time) and
# `fuzz/run.sh 600`; keep what they find in fixtures/fuzz/ and fix it.
step "property tests (10 000 cases each from a fixed seed, release build)"
PROPTEST_RNG_SEED=20261202 \
  cargo test --release -p regionrad --test properties --test no_panic --test cost_properties
step "fuzz targets: built, and run over their starting inputs (fuzz/run.sh check)"
bash fuzz/run.sh check

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
