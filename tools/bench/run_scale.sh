#!/bin/sh
# Whole-process benchmark of `figcheck check` over synthetic archives (docs/PERFORMANCE.md).
#
#   tools/bench/run_scale.sh BUILD_DIR [SIZES...]     default sizes: 1000 10000 100000
#
# For each size: generates the archive once (tools/bench/generate_archive.py, seed 8, 10% wrong)
# under ${FIGCHECK_BENCH_DIR:-/tmp/figcheck-bench}, then runs `figcheck check --format json`
# and --format text, with -j 1 and -j $(nproc), output to /dev/null, under /usr/bin/time -v. Prints one line per
# run: size, threads, wall seconds, facts, facts/s, peak RSS (KiB). Also the YAML-parsing-only
# cost (`FIGCHECK_LOAD_ONLY=1`: load every file, check nothing) for the time split.
set -eu
build=${1:?usage: run_scale.sh BUILD_DIR [SIZES...]}
shift
sizes=${*:-1000 10000 100000}
here=$(cd "$(dirname "$0")" && pwd)
root=${FIGCHECK_BENCH_DIR:-/tmp/figcheck-bench}
bin="$build/figcheck"
cores=$(nproc)
mkdir -p "$root"

printf '%-8s %-8s %-7s %9s %8s %10s %10s\n' files format threads wall_s facts facts/s peak_kib
for n in $sizes; do
  dir="$root/archive-$n"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    python3 "$here/generate_archive.py" --count "$n" --out "$dir" --seed 8 --wrong-percent 10
    touch "$dir/.complete"
  fi
  facts=$("$bin" check "$dir" --format json -j "$cores" | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["facts"])' || true)
  for format in json text; do
    for j in 1 "$cores"; do
      log="$root/time-$n-$format-$j.txt"
      /usr/bin/time -v "$bin" check "$dir" --format "$format" -j "$j" >/dev/null 2>"$log" || true
      wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" |
             awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
      rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
      rate=$(awk -v f="$facts" -v w="$wall" 'BEGIN { if (w > 0) printf "%d", f / w; else print "-" }')
      printf '%-8s %-8s %-7s %9s %8s %10s %10s\n' "$n" "$format" "$j" "$wall" "$facts" "$rate" "$rss"
    done
  done
done
