#!/usr/bin/env bash
# Every benchmark in one run: the criterion benchmarks of the core (short measurement), the
# wasm package against ajv, and the Python package against pydantic and plain Python. Each
# prints its figures; the comparisons print their ratios; then the peak memory of reading
# (tests/bench/memory.sh) and, where valgrind is there, the profiles of
# tests/bench/profile.sh. Needs what ./tests/run.sh installs
# (it builds the wasm package and the .venv); pydantic is added to .venv here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
[ -x .venv/bin/python ] || { echo "tests/bench/run.sh: run ./tests/run.sh first (it makes .venv and the packages)" >&2; exit 2; }
[ -f bindings-wasm/pkg/node/regionrad.js ] || bash bindings-wasm/build.sh
(cd bindings-wasm && [ -d node_modules/ajv ] || npm ci --no-audit --no-fund --loglevel=error)
.venv/bin/python -c "import pydantic" 2>/dev/null || .venv/bin/pip install --quiet "pydantic>=2,<3"
echo "== core (criterion)"
cargo bench -q -p regionrad --bench validate -- --warm-up-time 1 --measurement-time 3 2>&1 | grep -E "^[a-z_]+/|time:|thrpt:"
echo "== wasm against ajv"
node tests/bench/js_vs_ajv.mjs
echo "== Python against pydantic and plain Python"
.venv/bin/python tests/bench/py_vs_pydantic.py
echo "== Python over threads (the GIL released during the native work)"
.venv/bin/python tests/bench/py_threads.py
echo "== memory of reading minutes (peak resident set per MiB of input)"
bash tests/bench/memory.sh
if command -v valgrind >/dev/null; then
  echo "== where the instructions go (callgrind)"
  bash tests/bench/profile.sh
fi
