#!/usr/bin/env bash
# Builds the npm package without wasm-pack: for each module (forms, minutes, cost, register, opendata)
# cargo (wasm-release profile, the module's feature alone), wasm-bindgen for the web and
# node targets, wasm-opt -Oz; then the bundled data as a JavaScript module and the
# TypeScript declarations. Prints each .wasm's raw and gzip size and fails when one is over
# its gzip budget.
#
# wasm-opt comes from the npm package binaryen (npm ci here): Debian's binaryen 108 breaks
# the externref table that wasm-bindgen 0.2.130 emits.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

# The budget of each module's .wasm, gzip -9 (REGIONRAD_WASM_GZIP_BUDGET overrides all):
# 200 KiB each, but forms and minutes, which cannot fit it with serde's derived code, the
# path of a bad value tracked by serde_path_to_error and chrono's date parser: their measured
# size and 2 KiB (BENCHMARKS.md, "WebAssembly size", says what each costs).
declare -A budget=(
  [forms]=249142
  [minutes]=261302
  [cost]=204800
  [register]=204800
  [opendata]=204800
)
# The module's name in the package: forms is the main entry, `regionrad`, a module of its
# own (below) around wasm-bindgen's, `forms_native`.
declare -A out_name=([forms]=forms_native [minutes]=minutes [cost]=cost [register]=register [opendata]=opendata)

want="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' "$root/Cargo.toml")"
have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')"
if [ "$have" != "$want" ]; then
  echo "build.sh: wasm-bindgen $want is needed (found '${have:-none}'): cargo install wasm-bindgen-cli --version $want" >&2
  exit 1
fi

wasm_opt="$here/node_modules/.bin/wasm-opt"
if [ ! -x "$wasm_opt" ] || [ ! -d "$here/node_modules/json-schema-to-typescript" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

cd "$root"
pkg="$here/pkg"
rm -rf "$pkg"
status=0
for module in forms minutes cost register opendata; do
  cargo build --quiet --target wasm32-unknown-unknown --profile wasm-release \
    -p regionrad-wasm --no-default-features --features "$module"
  wasm="$root/target/wasm32-unknown-unknown/wasm-release/regionrad_wasm.wasm"
  name="${out_name[$module]}"
  wasm-bindgen --target web --out-dir "$pkg/web" --out-name "$name" "$wasm"
  wasm-bindgen --target nodejs --out-dir "$pkg/node" --out-name "$name" "$wasm"
  before=$(wc -c < "$pkg/web/${name}_bg.wasm")
  for target in web node; do
    file="$pkg/$target/${name}_bg.wasm"
    "$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$file" -o "$file.opt"
    mv "$file.opt" "$file"
  done
  # The two targets' .wasm are the same module; one line says its size.
  file="$pkg/web/${name}_bg.wasm"
  raw=$(wc -c < "$file")
  gz=$(gzip -9c "$file" | wc -c)
  limit="${REGIONRAD_WASM_GZIP_BUDGET:-${budget[$module]}}"
  printf 'wasm size (%s): %d bytes before wasm-opt, %d bytes raw, %d bytes gzip (budget %d)\n' \
    "$module" "$before" "$raw" "$gz" "$limit"
  if [ "$gz" -gt "$limit" ]; then
    echo "build.sh: the $module module's .wasm is over its gzip budget" >&2
    status=1
  fi
done
# The node target is CommonJS; the package itself is ESM.
echo '{"type": "commonjs"}' > "$pkg/node/package.json"

# The main entry: the forms module with its PreparedCouncil guarded (js/prepared-council.js
# says why), as ESM for the web and CommonJS for node, from the one source.
guard="$here/js/prepared-council.js"
cp "$guard" "$pkg/web/prepared-council.js"
cat > "$pkg/web/regionrad.js" <<'ESM'
export * from './forms_native.js';
export { default } from './forms_native.js';
import { PreparedCouncil as NativePreparedCouncil } from './forms_native.js';
import { guarded } from './prepared-council.js';
export const PreparedCouncil = guarded(NativePreparedCouncil);
ESM
{ echo "'use strict';"; sed 's/^export function guarded/function guarded/' "$guard"; echo 'module.exports = { guarded };'; } \
  > "$pkg/node/prepared-council.js"
# `module.exports = require(…)` as the last line, so that node's import of this CommonJS
# module finds every named export of the native one (and takes the guarded class).
cat > "$pkg/node/regionrad.js" <<'CJS'
'use strict';
const { guarded } = require('./prepared-council.js');
const native = require('./forms_native.js');
native.PreparedCouncil = guarded(native.PreparedCouncil);
module.exports = require('./forms_native.js');
CJS

# The bundled council and population table: data, in a module of their own.
node "$here/bundled/generate.mjs" "$pkg/bundled"

# The licences beside the package's README, where npm publishes them from (copies of the
# repository's, not kept in git twice).
cp "$here"/../LICENSE-MIT "$here"/../LICENSE-APACHE "$here/"

# The published types: the documents from the JSON Schema, the API by hand (no `any`).
mkdir -p "$pkg/types"
node "$here/types/generate.mjs" "$pkg/types/documents.d.ts"
cp "$here"/types/*.d.ts "$pkg/types/"
exit $status
