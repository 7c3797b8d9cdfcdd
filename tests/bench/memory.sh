#!/usr/bin/env bash
# Peak memory of reading minutes, per MB of input: `regionrad read` (release) on generated
# texts of 8 MiB — only line ends, one letter a line, items, and prose of 70-character
# lines under 200 items (how minutes are written) —
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
sentence = "Saken ble drøftet, og det kom innspill om samarbeid på tvers av kommunene.\n"
per_item = (size - 20000) // 200 // len(sentence.encode())
prose = "Møte i regionrådet\nDato: 10.06.2022\n\n" + "".join(
    f"RR {i}/22 Sak nummer {i}\n\nVedtak:\n" + sentence * per_item + "\n" for i in range(1, 201)
)
open(f"{work}/prose.txt", "w").write(prose)
PY
# A process that reads nothing: what the measure holds before any input.
/usr/bin/time -f '%M' -o "$work/base" "$bin" read /dev/null >/dev/null 2>&1 || true
base_kb=$(tail -1 "$work/base")
echo "empty input: peak ${base_kb} KB (the process alone)"
for file in "$work"/line-ends.txt "$work"/one-letter-lines.txt "$work"/items.txt "$work"/prose.txt; do
  bytes=$(wc -c < "$file")
  # Findings make the exit code 1; a text refused whole (too large) gives no document.
  /usr/bin/time -f '%M' -o "$work/peak" "$bin" read "$file" >"$work/out" 2>/dev/null || true
  [ -s "$work/out" ] || { echo "tests/bench/memory.sh: $(basename "$file") was not read" >&2; exit 1; }
  peak_kb=$(tail -1 "$work/peak")
  awk -v name="$(basename "$file")" -v bytes="$bytes" -v peak="$peak_kb" -v base="$base_kb" 'BEGIN {
    mb = bytes / 1048576; over = (peak - base) / 1024
    printf "%s (%.2f MiB): peak %.0f MiB, %.0f MiB over the empty run, %.0f per MiB of input\n", name, mb, peak / 1024, over, over / mb
  }'
done
