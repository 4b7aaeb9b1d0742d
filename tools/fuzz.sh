#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) into build-asan/ and runs one for SECONDS
# on its seed corpus (tests/fuzz/corpus/TARGET), one process at a time.
#
#   tools/fuzz.sh TARGET SECONDS     # TARGET: parse_figure, load_fact_file, rate_csv, rate_yaml, ...
#   tools/fuzz.sh all SECONDS        # every target in turn, SECONDS each
#
# New inputs go to fuzz-TARGET/corpus (ignored by git), never into the seed corpus; a crash,
# leak or hang (-timeout=5) leaves its reproducer in fuzz-TARGET/ and fails the script. To keep
# one, copy it to tests/fuzz/regressions/TARGET/ (fuzz_regression_test.cc replays it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?usage: tools/fuzz.sh TARGET|all SECONDS}
seconds=${2:-60}
build=${FIGCHECK_FUZZ_BUILD_DIR:-$root/build-asan}

if [ "$target" = all ]; then
  targets=()
  for src in "$root"/tests/fuzz/*_fuzz.cc; do n=$(basename "$src" .cc); targets+=("${n%_fuzz}"); done
else
  targets=("$target")
fi

# The sanitizer build of tools/test.sh (FIGCHECK_SANITIZE=1): clang, ASan + UBSan, coverage.
fuzzers=("${targets[@]/%/_fuzz}")
FIGCHECK_SANITIZE=1 FIGCHECK_BUILD_DIR="$build" FIGCHECK_BUILD_TARGETS="${fuzzers[*]}" \
  bash "$root/tools/build.sh" >/dev/null

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
for t in "${targets[@]}"; do
  work=$root/fuzz-$t
  mkdir -p "$work/corpus"
  seeds=$root/tests/fuzz/corpus/$t
  [ -d "$seeds" ] || seeds=
  echo "== fuzz $t for ${seconds}s" >&2
  (cd "$work" && "$build/${t}_fuzz" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" ${seeds:+"$seeds"} 2>"$work/log" ) || {
    tail -n 60 "$work/log" >&2
    echo "fuzz $t: failed; reproducer in $work/" >&2
    exit 1
  }
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+.*DONE' "$work/log" >&2 || true
done
