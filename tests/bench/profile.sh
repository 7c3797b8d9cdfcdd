#!/usr/bin/env bash
# Where the instructions go: runs core/examples/profile.rs (validate, apportion, split, read) under
# valgrind's callgrind, which counts instructions rather than time, so that the profile is
# the same on a busy machine, and prints the core's functions by inclusive share.
#
#   tests/bench/profile.sh            # all four
#   tests/bench/profile.sh apportion  # one
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
command -v valgrind >/dev/null || { echo "profile.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
works=("$@")
[ ${#works[@]} -gt 0 ] || works=(validate apportion split read)
CARGO_PROFILE_RELEASE_DEBUG=line-tables-only cargo build -q --release -p regionrad --example profile
out="$(mktemp -d)"
for work in "${works[@]}"; do
  valgrind --tool=callgrind --callgrind-out-file="$out/$work" target/release/examples/profile "$work" 20 \
    2>"$out/$work.log" >/dev/null
  total="$(grep -o 'refs: *[0-9,]*' "$out/$work.log" | tr -dc 0-9)"
  printf '\n== %s: %s instructions per run (20 runs)\n' "$work" "$((total / 20))"
  callgrind_annotate --inclusive=yes "$out/$work" 2>/dev/null \
    | grep -E '^ *[0-9,]+ \( *[0-9.]+%\) +[^ ]*:regionrad::' \
    | grep -v '^ *[0-9,]* *( *100' \
    | sed -E "s|/rustc/[0-9a-f]+/library/|std/|; s|[^ ]*/registry/src/[^/]+/||; s|$root/||; s| \\[[^]]*\\]\$||" \
    | awk '!seen[$NF]++' | head -15
done
rm -rf "$out"
