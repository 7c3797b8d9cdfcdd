#!/usr/bin/env bash
# Runs the fuzz targets (all four, or those named after the first argument), each from the
# fixtures (and ../shared/seeds where it is there) and the failing inputs kept in
# fixtures/fuzz/<target>/, and prints each target's executions and coverage. Exits non-zero
# at the first target that finds a failing input; libFuzzer saves it in
# fuzz/artifacts/<target>/. Keep it as a regression test by copying it into
# fixtures/fuzz/<target>/ (core/tests/fuzz_regressions.rs runs those), and fix it.
#
#   fuzz/run.sh check                # the tests' run: builds the targets and runs each
#                                    # over its starting inputs once, nothing random
#   fuzz/run.sh 600                  # exploring: ten minutes each from a new random seed,
#                                    # growing fuzz/corpus/ from run to run
#   fuzz/run.sh 30 read_minutes      # one target, half a minute
#   REGIONRAD_FUZZ_ROUND_TRIP=1 fuzz/run.sh 600 read_minutes
#                                    # also: minutes read, written and read again are the same
#
# The tests' run is fixed so that a change fails only by what it changes: an input a random
# run happens upon is a finding for whoever explores (then a kept regression, and a fix),
# not a failure of whatever change was being tested when it was found. A fixed libFuzzer
# seed would not do: the targets' coverage varies a little from process to process (with
# where the heap puts a string, for the vectorised searches), and the run with it.
#
# Built with `--sanitizer none`, so that a stable toolchain will do: the core has no unsafe
# code for a sanitizer to watch, and what is fuzzed is panics and broken properties.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fixtures="$here/../fixtures"
seeds="$here/../../shared/seeds"
cd "$here"

mode="${1:?usage: fuzz/run.sh check|SECONDS [TARGET...]}"
shift
case "$mode" in
  check) ;;
  *[!0-9]*) echo "usage: fuzz/run.sh check|SECONDS [TARGET...]" >&2; exit 2 ;;
esac
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(case_number read_minutes meeting_json apportion)

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2
cargo fuzz build --sanitizer none --release

# The fixture files each target starts from (besides its regression inputs).
starting_points() {
  case "$1" in
    case_number) ls "$fixtures"/case_numbers/*.json ;;
    read_minutes)
      ls "$fixtures"/minutes/*.txt
      [ -d "$seeds" ] && ls "$seeds"/*.txt || true ;;
    meeting_json) ls "$fixtures"/meetings/*.json "$fixtures"/vectors/meeting/*.json ;;
    apportion) ls "$fixtures"/cost/*.json ;;
    *) echo "no such target: $1" >&2; return 1 ;;
  esac
}

for target in "${targets[@]}"; do
  if [ "$mode" = check ]; then
    # A fresh corpus: what earlier runs added would change which inputs are tried.
    corpus="corpus-check/$target"
    rm -rf "$corpus"
    how=(-runs=0)
    printf '\n== fuzz %s: its starting inputs, each once\n' "$target"
  else
    corpus="corpus/$target"
    how=(-max_total_time="$mode")
    printf '\n== fuzz %s for %ss\n' "$target" "$mode"
  fi
  mkdir -p "$corpus" "artifacts/$target"
  starting_points "$target" | while read -r file; do cp "$file" "$corpus/"; done
  [ -d "$fixtures/fuzz/$target" ] && cp "$fixtures/fuzz/$target"/* "$corpus/" 2>/dev/null || true
  log="artifacts/$target.log"
  if ! cargo fuzz run --sanitizer none --release "$target" "$corpus" -- \
    "${how[@]}" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    >"$log" 2>&1; then
    grep -a -v '^ *[0-9]*: \|^ *at ' "$log" | tail -30
    echo "fuzz $target: a failing input, saved in fuzz/artifacts/$target/" >&2
    exit 1
  fi
  grep -a -E '^#[0-9]+' "$log" | tail -1
  grep -a -E '^stat::number_of_executed_units|^Done' "$log"
done
