#!/bin/sh
# Peak memory of `figcheck check -j 2 --format F -o FILE` for every report format (issue #16:
# memory flat in the size of the run, <= 64 MB on a 100,000-file archive in each format).
#
#   tools/bench/memory.sh FIGCHECK_BINARY [SIZES...]     default sizes: 1000 10000 100000
#
# Archives come from the peer's generator as the issue names it (tools/bench/peer/bench/
# gen_archive.py ARCHIVE N 11), made once under ${FIGCHECK_BENCH_DIR:-/tmp/figcheck-memory}.
# Reports go to files in that folder (written with -o, the case that used to hold the whole
# report). Prints: files, format, wall seconds, peak RSS (KiB), report size (bytes).
set -eu
bin=${1:?usage: memory.sh FIGCHECK_BINARY [SIZES...]}
shift
sizes=${*:-1000 10000 100000}
here=$(cd "$(dirname "$0")" && pwd)
root=${FIGCHECK_BENCH_DIR:-/tmp/figcheck-memory}
mkdir -p "$root"
printf '%-8s %-9s %8s %10s %12s\n' files format wall_s peak_kib report_bytes
for n in $sizes; do
  dir="$root/archive-$n"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    python3 "$here/peer/bench/gen_archive.py" "$dir" "$n" 11 >/dev/null
    touch "$dir/.complete"
  fi
  for format in text json junit sarif github markdown html; do
    out="$root/report-$n.$format"
    log="$root/time-$n-$format.txt"
    /usr/bin/time -f '%e %M' -o "$log" "$bin" check -j 2 --format "$format" -o "$out" "$dir" 2>/dev/null || true
    read -r wall rss <<EOT
$(tail -n 1 "$log")
EOT
    printf '%-8s %-9s %8s %10s %12s\n' "$n" "$format" "$wall" "$rss" "$(wc -c < "$out")"
    rm -f "$out"
  done
done
