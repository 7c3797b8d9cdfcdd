#!/usr/bin/env bash
# Peak memory of reading minutes, per MB of input: `regionrad read` (release) on generated
# texts of 8 MiB — only line ends, one letter a line, items —
# each measured by GNU time as the process's peak resident set. Prints one line each.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
[ -x /usr/bin/time ] || { echo "tests/bench/memory.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }
cargo build --quiet --release -p regionrad-cli
bin="$root/target/release/regionrad"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
size = 8 * 1024 * 1024
open(f"{work}/line-ends.txt", "w").write("\n" * size)
open(f"{work}/one-letter-lines.txt", "w").write("a\n" * (size // 2))
items, n = [], 0
while sum(map(len, items)) < size - 100 and n < 10**6:
    n += 1
    items.append(f"RR {n % 999 + 1}/22 Sak nummer {n}\n\nVedtak: Vedtatt.\n\n")
open(f"{work}/items.txt", "w").write("".join(items))
PY
# A process that reads nothing: what the measure holds before any input.
/usr/bin/time -f '%M' -o "$work/base" "$bin" read /dev/null >/dev/null 2>&1 || true
base_kb=$(tail -1 "$work/base")
echo "empty input: peak ${base_kb} KB (the process alone)"
for file in "$work"/line-ends.txt "$work"/one-letter-lines.txt "$work"/items.txt; do
  bytes=$(wc -c < "$file")
  /usr/bin/time -f '%M' -o "$work/peak" "$bin" read "$file" >/dev/null 2>&1 || true
  peak_kb=$(tail -1 "$work/peak")
  awk -v name="$(basename "$file")" -v bytes="$bytes" -v peak="$peak_kb" -v base="$base_kb" 'BEGIN {
    mb = bytes / 1048576; over = (peak - base) / 1024
    printf "%s (%.2f MiB): peak %.0f MiB, %.0f MiB over the empty run, %.0f per MiB of input\n", name, mb, peak / 1024, over, over / mb
  }'
done
